package org.modelcards.core.format.mct;

import static org.modelcards.core.format.mct.MctFields.EVALUATION;
import static org.modelcards.core.format.mct.MctFields.PARAGRAPH;
import static org.modelcards.core.format.mct.MctFields.TRAINING;
import static org.modelcards.core.format.mct.MctShapes.items;
import static org.modelcards.core.format.mct.MctShapes.text;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modelcards.core.format.ShapeException;
import org.modelcards.core.format.mct.MctShapes.Item;
import org.modelcards.core.model.DataSources;
import org.modelcards.core.model.Dataset;
import org.modelcards.core.model.Details;
import org.modelcards.core.model.ModelCard;

/** Reads MCT's {@code model_parameters} into the card's architecture and formats and its training and evaluation data. */
final class ModelParametersReader {
    private static final JsonPointer AT = JsonPointer.empty().appendProperty(MctFields.MODEL_PARAMETERS);

    private final UnmappedKeys unmapped;

    ModelParametersReader(UnmappedKeys unmapped) {
        this.unmapped = unmapped;
    }

    ModelCard read(ModelCard card, ObjectNode node) throws ShapeException {
        if (node == null) {
            return card;
        }
        Details d = card.details()
                .withArchitecture(text(node, "model_architecture", AT))
                .withInputFormats(text(node, "input_format", AT))
                .withOutputFormats(text(node, "output_format", AT));
        List<Dataset> training = new ArrayList<>();
        List<Dataset> evaluation = new ArrayList<>();
        for (Item item : items(node, "data", AT)) {
            JsonPointer rowAt = item.at();
            ObjectNode row = item.object();
            String description = text(row, "description", rowAt);
            boolean isEvaluation;
            // the writer marks the role in the description, since MCT's data rows have no field for it
            if (description.startsWith(TRAINING) || description.startsWith(EVALUATION)) {
                isEvaluation = description.startsWith(EVALUATION);
                description = description.substring((isEvaluation ? EVALUATION : TRAINING).length());
                if (description.startsWith(PARAGRAPH)) {
                    description = description.substring(PARAGRAPH.length());
                }
            } else {
                isEvaluation = looksLikeEvaluation(text(row, "name", rowAt));
            }
            Dataset dataset = new Dataset(null, text(row, "name", rowAt), text(row, "link", rowAt), description,
                    null, null, null, sensitive(row, rowAt), null);
            (isEvaluation ? evaluation : training).add(dataset);
            unmapped.keepUnknown(row, rowAt, List.of("name", "link", "description", "sensitive"));
        }
        unmapped.keepUnknown(node, AT, List.of("model_architecture", "input_format", "output_format", "data"));
        return card.withDetails(d).withData(new DataSources(training, evaluation));
    }

    /** A dataset from another tool says nothing of its role; its name may ("Validation Set", "test split"). */
    private static boolean looksLikeEvaluation(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return !n.contains("train") && (n.contains("eval") || n.contains("valid") || n.contains("test"));
    }

    /** MCT lists sensitive data as items; the card keeps one text. A 0.0.1 yes/no flag is kept as it was. */
    private String sensitive(ObjectNode row, JsonPointer rowAt) throws ShapeException {
        JsonNode node = row.get("sensitive");
        if (node == null || node.isNull()) {
            return "";
        }
        JsonPointer at = rowAt.appendProperty("sensitive");
        if (!node.isObject()) {
            unmapped.keep(at, node);
            return "";
        }
        List<String> items = new ArrayList<>();
        for (Item item : items((ObjectNode) node, "sensitive_data", at)) {
            items.add(item.scalar());
        }
        unmapped.keepUnknown((ObjectNode) node, at, List.of("sensitive_data"));
        return String.join(", ", items);
    }
}
