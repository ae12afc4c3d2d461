package org.modelcards.core.format.mct;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.model.ExtraField;

/**
 * Updates an MCT 0.0.1 tree to 0.0.2 the way the toolkit's own {@code json_util.update} does:
 * {@code license} becomes {@code licenses: [{custom_text}]}, each reference string becomes
 * {@code {reference}}, {@code citation} becomes {@code citations: [{citation}]}, the
 * {@code data: {train, eval}} pair becomes a list (unnamed sets named "Training Set" and "Validation
 * Set"), and the strings of {@code users}, {@code use_cases}, {@code limitations} and
 * {@code tradeoffs} become {@code {description}} objects.
 *
 * <p>Two additions: each migrated dataset's description starts with its role marker, so the card
 * knows which was the training set, and keys of {@code data} other than {@code train} and
 * {@code eval}, which have no place in a list, are returned to be kept with the card. Anything not in
 * a 0.0.1 shape is left as it is, so a 0.0.2 tree passes through unchanged.
 */
final class MctMigration {
    /** The migrated tree and what could not be placed in it. */
    record Migrated(ObjectNode tree, List<ExtraField> unplaced) {
    }

    private static final String TRAINING_SET = "Training Set";
    private static final String VALIDATION_SET = "Validation Set";

    private MctMigration() {
    }

    /** A migrated copy of {@code v001}; the argument is not changed. */
    static Migrated toV002(ObjectNode v001) {
        ObjectNode root = v001.deepCopy();
        JsonNodeFactory nodes = JsonText.nodes();
        List<ExtraField> unplaced = new ArrayList<>();
        if (root.get(MctFields.MODEL_DETAILS) instanceof ObjectNode details) {
            JsonNode license = details.get("license");
            if (license != null && license.isValueNode()) {
                details.remove("license");
                if (!license.asText().isEmpty()) {
                    listOf(details, "licenses").addObject().put("custom_text", license.asText());
                }
            }
            if (details.get("references") instanceof ArrayNode references) {
                for (int i = 0; i < references.size(); i++) {
                    if (references.get(i).isValueNode() && !references.get(i).isNull()) {
                        references.set(i, nodes.objectNode().put("reference", references.get(i).asText()));
                    }
                }
            }
            JsonNode citation = details.get("citation");
            if (citation != null && citation.isValueNode()) {
                details.remove("citation");
                if (!citation.asText().isEmpty()) {
                    listOf(details, "citations").addObject().put("citation", citation.asText());
                }
            }
        }
        if (root.get(MctFields.MODEL_PARAMETERS) instanceof ObjectNode parameters
                && parameters.get("data") instanceof ObjectNode data) {
            ArrayNode list = nodes.arrayNode();
            dataset(data.get("train"), TRAINING_SET, MctFields.TRAINING, list);
            dataset(data.get("eval"), VALIDATION_SET, MctFields.EVALUATION, list);
            JsonPointer dataAt = JsonPointer.compile("/" + MctFields.MODEL_PARAMETERS + "/data");
            for (Map.Entry<String, JsonNode> entry : data.properties()) {
                if (!entry.getKey().equals("train") && !entry.getKey().equals("eval")) {
                    unplaced.add(new ExtraField(dataAt.appendProperty(entry.getKey()).toString(),
                            JsonText.compact(entry.getValue())));
                }
            }
            parameters.set("data", list);
        }
        if (root.get(MctFields.CONSIDERATIONS) instanceof ObjectNode considerations) {
            for (String key : List.of("users", "use_cases", "limitations", "tradeoffs")) {
                if (considerations.get(key) instanceof ArrayNode entries) {
                    for (int i = 0; i < entries.size(); i++) {
                        if (entries.get(i).isValueNode() && !entries.get(i).isNull()) {
                            entries.set(i, nodes.objectNode().put("description", entries.get(i).asText()));
                        }
                    }
                }
            }
        }
        if (root.has(MctFields.VERSION_KEY)) {
            root.put(MctFields.VERSION_KEY, MctFields.SCHEMA_VERSION);
        }
        return new Migrated(root, unplaced);
    }

    /** A 0.0.1 dataset as a list entry: named if it was not, and marked with its role. */
    private static void dataset(JsonNode node, String defaultName, String role, ArrayNode list) {
        if (node == null || node.isNull()) {
            return;
        }
        if (!(node instanceof ObjectNode dataset)) {
            list.add(node);
            return;
        }
        if (!dataset.hasNonNull("name")) {
            dataset.put("name", defaultName);
        }
        JsonNode description = dataset.get("description");
        String text = description == null || description.isNull() ? "" : description.asText();
        dataset.put("description", text.isEmpty() ? role : role + MctFields.PARAGRAPH + text);
        list.add(dataset);
    }

    private static ArrayNode listOf(ObjectNode parent, String key) {
        return parent.get(key) instanceof ArrayNode existing ? existing : parent.putArray(key);
    }
}
