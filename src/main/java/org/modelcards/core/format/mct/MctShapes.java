package org.modelcards.core.format.mct;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.format.ShapeException;

/** The values of an MCT tree in the shape the card expects, or a {@link ShapeException} naming where they are not. */
final class MctShapes {
    /** An array element with its pointer; its shape is checked only when it is read, so errors come in document order. */
    record Item(JsonNode node, JsonPointer at) {
        ObjectNode object() throws ShapeException {
            return element(node, at);
        }

        String scalar() throws ShapeException {
            return MctShapes.scalar(node, at);
        }
    }

    private MctShapes() {
    }

    static ObjectNode object(ObjectNode parent, String key, JsonPointer parentAt) throws ShapeException {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new ShapeException(parentAt.appendProperty(key),
                    name(parentAt.appendProperty(key)) + " must be an object, not " + JsonText.describe(node));
        }
        return (ObjectNode) node;
    }

    /** The elements of the array at {@code key}, none when it is absent or null. */
    static List<Item> items(ObjectNode parent, String key, JsonPointer parentAt) throws ShapeException {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        JsonPointer at = parentAt.appendProperty(key);
        if (!node.isArray()) {
            throw new ShapeException(at, name(at) + " must be an array, not " + JsonText.describe(node));
        }
        List<Item> items = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            items.add(new Item(node.get(i), at.appendIndex(i)));
        }
        return items;
    }

    static ObjectNode element(JsonNode node, JsonPointer at) throws ShapeException {
        if (!node.isObject()) {
            throw new ShapeException(at, name(at) + " must be an object, not " + JsonText.describe(node));
        }
        return (ObjectNode) node;
    }

    /** The text of {@code key}, empty when it is absent or null. */
    static String text(ObjectNode parent, String key, JsonPointer parentAt) throws ShapeException {
        JsonNode node = parent.get(key);
        return node == null || node.isNull() ? "" : scalar(node, parentAt.appendProperty(key));
    }

    /** A string as is; a number or boolean as its text ({@code 0.910} stays {@code 0.910}). */
    static String scalar(JsonNode node, JsonPointer at) throws ShapeException {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.isBigDecimal() ? JsonText.plainText(node.decimalValue()) : node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isNull()) {
            return "";
        }
        throw new ShapeException(at, name(at) + " must be a string, not " + JsonText.describe(node));
    }

    /** A pointer as a reader would write the path: {@code /model_details/owners/0/name} → {@code model_details.owners[0].name}. */
    static String name(JsonPointer at) {
        StringBuilder name = new StringBuilder();
        for (JsonPointer p = at; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement() && p.getMatchingProperty().matches("[0-9]+")) {
                name.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                name.append(name.length() == 0 ? "" : ".").append(p.getMatchingProperty());
            }
        }
        return name.toString();
    }
}
