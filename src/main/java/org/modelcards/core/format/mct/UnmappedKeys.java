package org.modelcards.core.format.mct;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.model.ExtraField;

/** The keys and entries of an MCT tree that the card has no place for, each under its JSON Pointer. */
final class UnmappedKeys {
    private final List<ExtraField> fields = new ArrayList<>();

    void addAll(List<ExtraField> kept) {
        fields.addAll(kept);
    }

    /** Keeps every key of {@code node} not in {@code known}. */
    void keepUnknown(ObjectNode node, JsonPointer at, List<String> known) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!known.contains(entry.getKey())) {
                keep(at.appendProperty(entry.getKey()), entry.getValue());
            }
        }
    }

    void keep(JsonPointer at, JsonNode value) {
        fields.add(new ExtraField(at.toString(), JsonText.compact(value)));
    }

    /** The kept fields, in the order they were met. */
    List<ExtraField> fields() {
        return fields;
    }
}
