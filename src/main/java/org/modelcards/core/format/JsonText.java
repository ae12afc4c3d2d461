package org.modelcards.core.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;

/**
 * The JSON handling every JSON format shares: a strict reader (duplicate keys and trailing text
 * refused, decimals kept exactly as written, so {@code 0.910} stays {@code 0.910}), one output style
 * ({@code "key": value}, two-space indentation, LF, final newline), and problems located at
 * line:column, found by JSON Pointer only when something is wrong.
 */
public final class JsonText {
    /** Jackson's nesting limit, which keeps a hostile file from exhausting the stack. */
    public static final int MAX_DEPTH = StreamReadConstraints.DEFAULT_MAX_DEPTH;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonText() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static JsonNodeFactory nodes() {
        return MAPPER.getNodeFactory();
    }

    /** The tree of {@code text}; malformed JSON is one {@link ReadProblem#JSON_SYNTAX} problem at its line:column. */
    public static JsonNode read(String text, String source) throws CardReadException {
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new CardReadException(new ReadProblem(ReadProblem.NOT_A_CARD, source, 0, 0, "empty file: not a model card"));
            }
            return root;
        } catch (StreamConstraintsException e) {
            TextPosition at = beyondNestingLimit(text, MAX_DEPTH);
            throw new CardReadException(new ReadProblem(ReadProblem.JSON_SYNTAX, source, at.line(), at.column(),
                    "nested more than " + MAX_DEPTH + " levels deep: not a model card"));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new CardReadException(new ReadProblem(ReadProblem.JSON_SYNTAX, source,
                    at == null ? 0 : Math.max(at.getLineNr(), 0), at == null ? 0 : Math.max(at.getColumnNr(), 0),
                    "invalid JSON: " + e.getOriginalMessage()));
        }
    }

    /** Pretty text with a final newline, as files should end. */
    public static String pretty(JsonNode node) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** One-line text, for values kept as JSON text in the model. */
    public static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * Where the value at {@code target} starts in {@code text}, or, when it is not there (a pointer
     * into a migrated tree), where its nearest ancestor that is starts.
     */
    public static TextPosition locate(String text, JsonPointer target) {
        for (JsonPointer at = target; at != null; at = at.head()) {
            TextPosition found = find(text, at);
            if (found.isKnown() || at.matches()) {
                return found;
            }
        }
        return TextPosition.UNKNOWN;
    }

    private static TextPosition find(String text, JsonPointer target) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    continue;
                }
                JsonStreamContext context = token.isStructStart() ? parser.getParsingContext().getParent()
                        : parser.getParsingContext();
                if (context.pathAsPointer().equals(target)) {
                    JsonLocation at = parser.currentTokenLocation();
                    return new TextPosition(at.getLineNr(), at.getColumnNr());
                }
            }
        } catch (IOException | RuntimeException e) {
            // only called for text that parsed before; "unknown" is the safe answer
        }
        return TextPosition.UNKNOWN;
    }

    /** Where brackets first nest deeper than {@code limit}, found by a plain scan (the parser gave up there). */
    public static TextPosition beyondNestingLimit(String text, int limit) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > limit) {
                    return TextPosition.of(text, i);
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return TextPosition.UNKNOWN;
    }

    /** "an object", "a string", ... for messages. */
    public static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
