package org.modelcards.core.format.json;

import org.modelcards.core.format.JsonText;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.catalog.Section;

/**
 * The JSON Schema (draft 2020-12) of the native format, generated from the field catalogue so the
 * two cannot drift apart. The published copy is the resource {@link #RESOURCE}; a test checks it
 * equals this output.
 *
 * <p>Values are typed but not judged: a malformed URL or date is still a card the author is
 * writing, so {@code format} is an annotation here and the validator reports such problems.
 */
public final class NativeJsonSchema {
    /** Where the published schema lives on the class path (and in {@code src/main/resources}). */
    public static final String RESOURCE = "/org/modelcards/core/format/json/model-card.schema.json";
    static final String ID = "urn:modelcard-studio:schema:model-card:1";

    private final JsonNodeFactory nodes = JsonText.nodes();
    private final FieldCatalog catalog;
    private final CatalogTexts texts;

    public NativeJsonSchema(FieldCatalog catalog, CatalogTexts texts) {
        this.catalog = catalog;
        this.texts = texts;
    }

    /** The schema as pretty JSON text. */
    public String generate() {
        ObjectNode schema = nodes.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", ID);
        schema.put("title", "Model card (Model Card Studio native format)");
        schema.put("description", "A machine-learning model card. Keys not listed here are allowed and kept.");
        schema.put("type", "object");
        schema.putArray("required").add(NativeJsonFormat.VERSION_KEY);
        ObjectNode properties = schema.putObject("properties");
        ObjectNode version = properties.putObject(NativeJsonFormat.VERSION_KEY);
        version.put("type", "string");
        version.put("pattern", "^1\\.[0-9]+$");
        version.put("description", "The version of this format; readers accept any 1.x.");
        for (Section section : catalog.sections()) {
            ObjectNode object = properties.putObject(section.id());
            object.put("title", texts.sectionLabel(section.id()));
            describe(object, texts.sectionIntro(section.id()));
            object.put("type", "object");
            ObjectNode fields = object.putObject("properties");
            for (CardField field : section.fields()) {
                ObjectNode property = fields.putObject(field.name());
                property.put("title", texts.label(field.id()));
                describe(property, texts.why(field.id()));
                type(property, field.kind(), field);
            }
        }
        return JsonText.pretty(schema);
    }

    private void type(ObjectNode property, FieldKind kind, CardField field) {
        switch (kind) {
            case BOOLEAN -> property.put("type", "boolean");
            case NUMBER -> {
                ArrayNode types = property.putArray("type");
                types.add("number").add("string");
            }
            case LIST -> {
                property.put("type", "array");
                property.putObject("items").put("type", "string");
            }
            case TABLE -> table(property, field);
            case JSON -> property.put("description", "Any JSON value, kept as it was.");
            case URL -> {
                property.put("type", "string");
                property.put("format", "uri");
            }
            case DATE -> {
                property.put("type", "string");
                property.put("format", "date");
            }
            case ENUM -> {
                property.put("type", "string");
                ArrayNode examples = property.putArray("examples");
                field.choices().forEach(examples::add);
            }
            default -> property.put("type", "string");
        }
    }

    private void table(ObjectNode property, CardField field) {
        property.put("type", "array");
        ObjectNode items = property.putObject("items");
        items.put("type", "object");
        ObjectNode columns = items.putObject("properties");
        for (Column column : field.table().orElseThrow().columns()) {
            ObjectNode cell = columns.putObject(column.id());
            cell.put("title", texts.label(column.textKey()));
            describe(cell, texts.why(column.textKey()));
            type(cell, column.kind(), null);
        }
    }

    private static void describe(ObjectNode node, String text) {
        if (!text.isBlank()) {
            node.put("description", text);
        }
    }
}
