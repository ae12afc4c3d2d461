package org.modelcards.core.format.cyclonedx;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.format.TextPosition;

/**
 * CycloneDX JSON text in and out: the library generates and parses the BOM; this class makes the
 * output reproducible (no timestamp, a serial number derived from the content, plain decimals,
 * the project's pretty-printing) and turns the library's and Jackson's errors into read problems.
 */
final class BomJson {
    /** What {@code bomFormat} must say. */
    static final String BOM_FORMAT = "CycloneDX";

    private static final ObjectMapper MAPPER = JsonText.mapper();

    private BomJson() {
    }

    /**
     * The BOM as CycloneDX JSON of {@code specVersion}, pretty-printed with a final newline. Its
     * serial number is a name-based UUID of the rest of the document, so the same card always gives
     * the same bytes. The library generates 1.6; 1.7 added fields and kept every 1.6 one a model
     * card uses, so a 1.7 BOM is the same document declaring the later version.
     */
    static String write(Bom bom, String specVersion) {
        bom.setSerialNumber(null);
        ObjectNode generated = (ObjectNode) new VerbatimJsonGenerator(bom).toJsonNode();
        generated.put("specVersion", specVersion);
        plainNumbers(generated);
        UUID serial = UUID.nameUUIDFromBytes(JsonText.compact(generated).getBytes(StandardCharsets.UTF_8));
        ObjectNode root = MAPPER.createObjectNode();
        for (Map.Entry<String, JsonNode> field : generated.properties()) {
            root.set(field.getKey(), field.getValue());
            if (field.getKey().equals("specVersion")) {
                root.set("serialNumber", TextNode.valueOf("urn:uuid:" + serial));
            }
        }
        return JsonText.pretty(root);
    }

    /** Replaces binary floating-point numbers (energy, CO2) by their shortest decimal, written plainly: 0.000374, not 3.74E-4. */
    private static void plainNumbers(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : List.copyOf(object.properties())) {
                if (field.getValue().isFloatingPointNumber() && !field.getValue().isBigDecimal()) {
                    object.replace(field.getKey(), decimal(field.getValue().doubleValue()));
                } else {
                    plainNumbers(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item.isFloatingPointNumber() && !item.isBigDecimal()) {
                    array.set(i, decimal(item.doubleValue()));
                } else {
                    plainNumbers(item);
                }
            }
        }
    }

    private static JsonNode decimal(double value) {
        return DecimalNode.valueOf(BigDecimal.valueOf(value).stripTrailingZeros());
    }

    /**
     * Parses a CycloneDX BOM: well-formed JSON first (with the position of a syntax error), then an
     * object whose {@code bomFormat} is {@code CycloneDX}, then the library's own reading.
     */
    static Bom read(org.cyclonedx.parsers.JsonParser parser, String text, String source) throws CardReadException {
        // the shared reader first: syntax errors and safety limits (nesting, huge numbers) at their line:column
        JsonNode root = JsonText.parse(text, source);
        if (root == null || root.isMissingNode()) {
            throw problem(ReadProblem.NOT_A_CARD, source, null, "empty file: not a CycloneDX BOM");
        }
        if (!root.isObject() || !BOM_FORMAT.equals(root.path("bomFormat").textValue())) {
            throw new CardReadException(new ReadProblem(ReadProblem.NOT_A_CARD, source, 1, 1,
                    "not a CycloneDX BOM: expected a JSON object with \"bomFormat\": \"CycloneDX\""));
        }
        try {
            return parser.parse(text.getBytes(StandardCharsets.UTF_8));
        } catch (ParseException e) {
            throw shapeProblem(text, root, source, e);
        }
    }

    private static CardReadException shapeProblem(String text, JsonNode root, String source, ParseException e) {
        if (e.getCause() instanceof JsonMappingException mapping) {
            JsonPointer pointer = JsonPointer.empty();
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    pointer = pointer.appendProperty(ref.getFieldName());
                    path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    pointer = pointer.appendIndex(ref.getIndex());
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            // the library reads some parts from sub-trees, whose paths are partial: name a path only if it is in the text
            boolean found = !root.at(pointer).isMissingNode();
            JsonLocation at = mapping.getLocation();
            TextPosition position = at != null && at.getLineNr() > 0 ? new TextPosition(at.getLineNr(), at.getColumnNr())
                    : found ? JsonText.locate(text, pointer) : TextPosition.UNKNOWN;
            String where = path.length() == 0 || !found ? "" : " at " + path;
            return new CardReadException(new ReadProblem(ReadProblem.NOT_A_CARD, source, position.line(), position.column(),
                    "not a readable CycloneDX BOM" + where + ": " + expectation(mapping, found ? root.at(pointer) : null)));
        }
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return problem(ReadProblem.NOT_A_CARD, source, null, "not a readable CycloneDX BOM: " + firstLine(cause.getMessage()));
    }

    /**
     * What the BOM schema wanted there and what the file has, in words ("expected a list, found
     * text"), instead of the mapping library's message, which names Java classes.
     */
    private static String expectation(JsonMappingException mapping, JsonNode actual) {
        Class<?> wanted = mapping instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
                ? mismatch.getTargetType() : null;
        String expected = wanted == null ? "another kind of value"
                : java.util.Collection.class.isAssignableFrom(wanted) || wanted.isArray() ? "a list"
                : CharSequence.class.isAssignableFrom(wanted) ? "text"
                : Number.class.isAssignableFrom(wanted) || wanted == int.class || wanted == long.class || wanted == double.class
                        ? "a number"
                : wanted == Boolean.class || wanted == boolean.class ? "true or false"
                : wanted.isEnum() ? "one of the values the schema lists"
                : "an object (a {...} mapping)";
        if ((actual == null || actual.isMissingNode())
                && mapping instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid) {
            return "expected " + expected + ", found \"" + clip(String.valueOf(invalid.getValue())) + "\"";
        }
        String found = actual == null || actual.isMissingNode() ? "something else"
                : actual.isArray() ? "a list" : actual.isObject() ? "an object" : actual.isTextual() ? "text \"" + clip(actual.asText()) + "\""
                : actual.isNumber() ? "a number" : actual.isBoolean() ? "true or false" : actual.isNull() ? "null" : "something else";
        return "expected " + expected + ", found " + found;
    }

    private static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static CardReadException problem(String code, String source, JsonLocation at, String message) {
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null || line == 0 ? 0 : Math.max(at.getColumnNr(), 0);
        return new CardReadException(new ReadProblem(code, source, line, column, message));
    }
}
