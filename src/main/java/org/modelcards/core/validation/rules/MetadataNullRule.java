package org.modelcards.core.validation.rules;

import java.util.List;
import org.modelcards.core.format.MetaNode;
import org.modelcards.core.format.hf.HubMetadataKeys;
import org.modelcards.core.format.MetaNode.Scalar;
import org.modelcards.core.format.MetaNode.Sequence;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Findings;
import org.modelcards.core.validation.Rule;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.RuleSource;
import org.modelcards.core.validation.Severity;

/** Hub metadata lists hold no nulls or empty strings ({@code tags: [nlp, null]}, {@code base_model: ""}). */
final class MetadataNullRule implements Rule {
    static final RuleInfo INFO = RuleInfo.of("HF-NULL-VALUE", Severity.WARNING, Rules.HUB, RuleSource.HUB_DOCS,
            "Metadata values and list items are not null or empty.");

    @Override
    public List<RuleInfo> infos() {
        return List.of(INFO);
    }

    @Override
    public void check(CardSubject subject, Findings findings) {
        subject.metadata().ifPresent(metadata -> {
            for (MetaNode.Entry entry : metadata.entries()) {
                // the keys that hold ids or id lists, and the field each fills, come from the one key table
                if (!HubMetadataKeys.holdsIds(entry.key())) {
                    continue;
                }
                String field = HubMetadataKeys.fieldOf(entry.key()).orElseThrow();
                if (entry.value() instanceof Sequence list) {
                    for (int i = 0; i < list.items().size(); i++) {
                        if (isEmpty(list.items().get(i))) {
                            findings.at(INFO, field, list.items().get(i).at(), entry.key() + "[" + i + "] is empty or null.",
                                    "Remove the empty item.");
                        }
                    }
                } else if (isEmpty(entry.value())) {
                    findings.at(INFO, field, entry.keyAt(), entry.key() + " is empty or null.",
                            "Give it a value or remove the key.");
                }
            }
        });
    }

    private static boolean isEmpty(MetaNode node) {
        return node instanceof Scalar s && (s.isNull() || s.text().isBlank());
    }
}
