package org.modelcards.core.format.mct;

import static org.modelcards.core.format.mct.MctFields.BIASES;
import static org.modelcards.core.format.mct.MctFields.DOWNSTREAM;
import static org.modelcards.core.format.mct.MctFields.MISUSE;
import static org.modelcards.core.format.mct.MctFields.OUT_OF_SCOPE;
import static org.modelcards.core.format.mct.MctFields.PARAGRAPH;
import static org.modelcards.core.format.mct.MctShapes.items;
import static org.modelcards.core.format.mct.MctShapes.text;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.modelcards.core.format.ShapeException;
import org.modelcards.core.format.mct.MctShapes.Item;
import org.modelcards.core.model.Considerations;
import org.modelcards.core.model.EthicalConsideration;
import org.modelcards.core.model.IntendedUse;
import org.modelcards.core.model.Misuse;
import org.modelcards.core.model.MisuseRisk;
import org.modelcards.core.model.ModelCard;

/** Reads MCT's {@code considerations} into the card's intended use, biases and limitations, and misuse risks. */
final class ConsiderationsReader {
    private static final JsonPointer AT = JsonPointer.empty().appendProperty(MctFields.CONSIDERATIONS);

    private final UnmappedKeys unmapped;

    ConsiderationsReader(UnmappedKeys unmapped) {
        this.unmapped = unmapped;
    }

    ModelCard read(ModelCard card, ObjectNode node) throws ShapeException {
        if (node == null) {
            return card;
        }
        List<String> users = descriptions(node, "users");
        List<String> direct = new ArrayList<>();
        List<String> downstream = new ArrayList<>();
        List<String> outOfScope = new ArrayList<>();
        for (String useCase : descriptions(node, "use_cases")) {
            if (useCase.startsWith(OUT_OF_SCOPE)) {
                outOfScope.add(useCase.substring(OUT_OF_SCOPE.length()));
            } else if (useCase.startsWith(DOWNSTREAM)) {
                downstream.add(useCase.substring(DOWNSTREAM.length()));
            } else {
                direct.add(useCase);
            }
        }
        IntendedUse use = card.intendedUse()
                .withPrimaryUsers(users)
                .withDirectUse(String.join(PARAGRAPH, direct))
                .withDownstreamUse(String.join(PARAGRAPH, downstream))
                .withOutOfScope(outOfScope);
        List<String> limitations = new ArrayList<>();
        List<String> biases = new ArrayList<>();
        for (String limitation : descriptions(node, "limitations")) {
            if (limitation.startsWith(BIASES)) {
                biases.add(limitation.substring(BIASES.length()));
            } else {
                limitations.add(limitation);
            }
        }
        Considerations bias = card.bias()
                .withBiases(String.join(PARAGRAPH, biases))
                .withLimitations(String.join(PARAGRAPH, limitations))
                .withTradeoffs(String.join(PARAGRAPH, descriptions(node, "tradeoffs")));
        List<EthicalConsideration> ethical = new ArrayList<>();
        List<MisuseRisk> misuse = new ArrayList<>();
        for (Item item : items(node, "ethical_considerations", AT)) {
            ObjectNode risk = item.object();
            String name = text(risk, "name", item.at());
            String mitigation = text(risk, "mitigation_strategy", item.at());
            if (name.startsWith(MISUSE)) {
                misuse.add(new MisuseRisk(name.substring(MISUSE.length()), null, mitigation));
            } else {
                ethical.add(new EthicalConsideration(name, mitigation));
            }
            unmapped.keepUnknown(risk, item.at(), List.of("name", "mitigation_strategy"));
        }
        unmapped.keepUnknown(node, AT, List.of("users", "use_cases", "limitations", "tradeoffs",
                "ethical_considerations"));
        return card.withIntendedUse(use).withBias(bias.withEthical(ethical)).withMisuse(new Misuse(misuse));
    }

    /** The descriptions of a list of {@code {"description": …}} entries; an entry without one says nothing. */
    private List<String> descriptions(ObjectNode node, String key) throws ShapeException {
        List<String> texts = new ArrayList<>();
        for (Item item : items(node, key, AT)) {
            ObjectNode entry = item.object();
            if (entry.hasNonNull("description")) {
                texts.add(text(entry, "description", item.at()));
            }
            unmapped.keepUnknown(entry, item.at(), List.of("description"));
        }
        return texts;
    }
}
