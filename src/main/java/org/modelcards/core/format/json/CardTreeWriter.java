package org.modelcards.core.format.json;

import org.modelcards.core.format.JsonText;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.catalog.Section;
import org.modelcards.core.model.ExtraField;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.model.Numbers;

/**
 * Builds the native JSON tree of a card in catalogue order, leaving out what is empty, then puts
 * back the unknown keys read from the original file at their pointers.
 */
final class CardTreeWriter {
    private final FieldCatalog catalog;
    private final JsonNodeFactory nodes = JsonText.nodes();

    CardTreeWriter(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    ObjectNode write(ModelCard card) {
        ObjectNode root = nodes.objectNode();
        root.put(NativeJsonFormat.VERSION_KEY, NativeJsonFormat.SCHEMA_VERSION);
        for (Section section : catalog.sections()) {
            ObjectNode object = nodes.objectNode();
            for (CardField field : section.fields()) {
                Object value = field.read(card);
                if (!absent(value)) {
                    object.set(field.name(), value(field.kind(), value, field));
                }
            }
            if (!object.isEmpty()) {
                root.set(section.id(), object);
            }
        }
        for (ExtraField extra : card.extras().unmapped()) {
            putBack(root, extra);
        }
        return root;
    }

    private JsonNode value(FieldKind kind, Object value, CardField tableField) {
        return switch (kind) {
            case BOOLEAN -> nodes.booleanNode((Boolean) value);
            case LIST -> {
                ArrayNode array = nodes.arrayNode();
                ((List<?>) value).forEach(item -> array.add((String) item));
                yield array;
            }
            case TABLE -> table(tableField, (List<?>) value);
            case NUMBER -> number((String) value);
            case JSON -> json((String) value);
            default -> nodes.textNode((String) value);
        };
    }

    private ArrayNode table(CardField field, List<?> rows) {
        List<Column> columns = field.table().orElseThrow().columns();
        ArrayNode array = nodes.arrayNode();
        for (Object row : rows) {
            ObjectNode object = array.addObject();
            for (Column column : columns) {
                Object cell = column.read(row);
                if (!absent(cell)) {
                    object.set(column.id(), value(column.kind(), cell, null));
                }
            }
        }
        return array;
    }

    /** Only nothing at all is left out; a blank string is content and round-trips. */
    private static boolean absent(Object value) {
        return value instanceof String s ? s.isEmpty()
                : value instanceof List<?> l ? l.isEmpty() : Boolean.FALSE.equals(value);
    }

    /** A plain decimal becomes a JSON number that reads back to the same text; anything else stays a string. */
    private JsonNode number(String text) {
        return Numbers.isPlainDecimal(text) ? nodes.numberNode(new BigDecimal(text)) : nodes.textNode(text);
    }

    /** Text that is not valid JSON is written as a string rather than lost. */
    private JsonNode json(String text) {
        try {
            return JsonText.mapper().readTree(text);
        } catch (IOException | RuntimeException e) {
            return nodes.textNode(text);
        }
    }

    /**
     * Puts an unknown key back where it was read. If its place is gone (the row it sat in was
     * deleted) it goes to the top level under its old pointer, so it is moved but never lost.
     */
    private void putBack(ObjectNode root, ExtraField extra) {
        JsonNode value = json(extra.value());
        JsonPointer pointer;
        try {
            pointer = JsonPointer.compile(extra.key());
        } catch (IllegalArgumentException e) {
            pointer = JsonPointer.empty();
        }
        if (pointer.matches()) {
            root.set(extra.key(), value);
            return;
        }
        JsonNode parent = root;
        JsonPointer rest = pointer;
        while (!rest.tail().matches()) {
            parent = step(parent, rest);
            if (parent == null) {
                root.set(extra.key(), value);
                return;
            }
            rest = rest.tail();
        }
        if (parent instanceof ObjectNode object && rest.getMatchingProperty() != null && !rest.getMatchingProperty().isEmpty()) {
            object.set(rest.getMatchingProperty(), value);
        } else {
            root.set(extra.key(), value);
        }
    }

    private JsonNode step(JsonNode parent, JsonPointer pointer) {
        if (parent instanceof ObjectNode object) {
            String name = pointer.getMatchingProperty();
            JsonNode child = object.get(name);
            if (child != null) {
                return child;
            }
            // a missing object can be recreated; a missing array row cannot
            return pointer.tail().mayMatchElement() ? null : object.putObject(name);
        }
        if (parent instanceof ArrayNode array && pointer.mayMatchElement()) {
            return array.get(pointer.getMatchingIndex());
        }
        return null;
    }
}
