package org.modelcards.core.format.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.catalog.Section;
import org.modelcards.core.catalog.TableSpec;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.format.ShapeException;
import org.modelcards.core.model.ExtraField;
import org.modelcards.core.model.ModelCard;

/**
 * Turns a parsed native JSON tree into a card by walking the catalogue; keys it does not know are
 * collected with their JSON Pointer so that writing the card puts them back.
 */
final class CardTreeReader {
    private final FieldCatalog catalog;
    private final List<ExtraField> unmapped = new ArrayList<>();

    CardTreeReader(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    ModelCard read(JsonNode root) throws ShapeException {
        if (!root.isObject()) {
            throw new ShapeException(JsonPointer.empty(), "a model card must be a JSON object, not " + describe(root));
        }
        checkVersion(root.get(NativeJsonFormat.VERSION_KEY));
        ModelCard card = ModelCard.EMPTY;
        Set<String> sectionIds = catalog.sections().stream().map(Section::id).collect(Collectors.toSet());
        for (Section section : catalog.sections()) {
            JsonNode node = root.get(section.id());
            if (node == null || node.isNull()) {
                continue;
            }
            JsonPointer at = JsonPointer.compile("/" + section.id());
            if (!node.isObject()) {
                throw new ShapeException(at, section.id() + " must be an object, not " + describe(node));
            }
            card = readSection(card, section, (ObjectNode) node, at);
        }
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            if (!entry.getKey().equals(NativeJsonFormat.VERSION_KEY) && !sectionIds.contains(entry.getKey())) {
                keep(JsonPointer.empty().appendProperty(entry.getKey()), entry.getValue());
            }
        }
        return card.withExtras(card.extras().withUnmapped(unmapped));
    }

    private static void checkVersion(JsonNode version) throws ShapeException {
        JsonPointer at = JsonPointer.compile("/" + NativeJsonFormat.VERSION_KEY);
        if (version == null) {
            throw new ShapeException(JsonPointer.empty(), "not a model card: \"" + NativeJsonFormat.VERSION_KEY
                    + "\" is missing (a native card starts with \"" + NativeJsonFormat.VERSION_KEY + "\": \""
                    + NativeJsonFormat.SCHEMA_VERSION + "\")");
        }
        if (!version.isTextual()) {
            throw new ShapeException(at, NativeJsonFormat.VERSION_KEY + " must be a string such as \""
                    + NativeJsonFormat.SCHEMA_VERSION + "\", not " + describe(version));
        }
        String major = NativeJsonFormat.SCHEMA_VERSION.substring(0, NativeJsonFormat.SCHEMA_VERSION.indexOf('.') + 1);
        if (!version.textValue().startsWith(major)) {
            throw new ShapeException(at, "schemaVersion \"" + version.textValue() + "\" is not supported (this version reads "
                    + major + "x)");
        }
    }

    private ModelCard readSection(ModelCard card, Section section, ObjectNode node, JsonPointer at) throws ShapeException {
        ModelCard result = card;
        for (CardField field : section.fields()) {
            JsonNode value = node.get(field.name());
            if (value != null && !value.isNull()) {
                result = field.write(result, readValue(field.id(), field.kind(), field.table().orElse(null), value,
                        at.appendProperty(field.name())));
            }
        }
        Set<String> known = section.fields().stream().map(CardField::name).collect(Collectors.toSet());
        keepUnknown(node, known, at);
        return result;
    }

    private Object readValue(String id, FieldKind kind, TableSpec table, JsonNode value, JsonPointer at)
            throws ShapeException {
        return switch (kind) {
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    throw new ShapeException(at, id + " must be true or false, not " + describe(value));
                }
                yield value.booleanValue();
            }
            case LIST -> readList(id, value, at);
            case TABLE -> readTable(id, table, value, at);
            case JSON -> JsonText.compact(value);
            default -> scalarText(id, value, at);
        };
    }

    private static String scalarText(String id, JsonNode value, JsonPointer at) throws ShapeException {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isBigDecimal()) {
            return JsonText.plainText(value.decimalValue());
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.asText();
        }
        throw new ShapeException(at, id + " must be a string, not " + describe(value));
    }

    private static List<String> readList(String id, JsonNode value, JsonPointer at) throws ShapeException {
        if (!value.isArray()) {
            throw new ShapeException(at, id + " must be an array of strings, not " + describe(value));
        }
        List<String> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            items.add(scalarText(id + "[" + i + "]", value.get(i), at.appendIndex(i)));
        }
        return items;
    }

    private List<Object> readTable(String id, TableSpec table, JsonNode value, JsonPointer at) throws ShapeException {
        if (!value.isArray()) {
            throw new ShapeException(at, id + " must be an array of objects, not " + describe(value));
        }
        Set<String> known = table.columns().stream().map(Column::id).collect(Collectors.toSet());
        List<Object> rows = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            JsonPointer rowAt = at.appendIndex(i);
            if (!element.isObject()) {
                throw new ShapeException(rowAt, id + "[" + i + "] must be an object, not " + describe(element));
            }
            Object row = table.blankRow();
            for (Column column : table.columns()) {
                JsonNode cell = element.get(column.id());
                if (cell != null && (!cell.isNull() || column.kind() == FieldKind.JSON)) {
                    row = column.write(row, readValue(id + "[" + i + "]." + column.id(), column.kind(), null, cell,
                            rowAt.appendProperty(column.id())));
                }
            }
            keepUnknown((ObjectNode) element, known, rowAt);
            rows.add(row);
        }
        return rows;
    }

    private void keepUnknown(ObjectNode node, Set<String> known, JsonPointer at) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!known.contains(entry.getKey())) {
                keep(at.appendProperty(entry.getKey()), entry.getValue());
            }
        }
    }

    private void keep(JsonPointer at, JsonNode value) {
        unmapped.add(new ExtraField(at.toString(), JsonText.compact(value)));
    }

    static String describe(JsonNode node) {
        return JsonText.describe(node);
    }
}
