package org.modelcards.core.format.mct;

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
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import org.modelcards.core.format.TextPosition;

/**
 * The Jackson set-up of the MCT format: duplicate keys refused, decimals kept exactly as written,
 * output pretty-printed as {@code "key": value} with two-space indentation and LF; plus finding the
 * line and column of a JSON Pointer for problem messages.
 */
final class MctJson {
    /** Jackson's default nesting limit, which keeps a hostile file from exhausting the stack. */
    static final int MAX_DEPTH = StreamReadConstraints.DEFAULT_MAX_DEPTH;
    /** Longest number text written or expanded; Jackson refuses longer number literals when reading. */
    static final int MAX_NUMBER_LENGTH = StreamReadConstraints.DEFAULT_MAX_NUM_LEN;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private MctJson() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    static JsonNodeFactory nodes() {
        return MAPPER.getNodeFactory();
    }

    /** Pretty text with a final newline. */
    static String pretty(JsonNode node) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** One-line text, for values kept as JSON text in the card's extras. */
    static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Whether {@code value} written without exponent stays within the length the reader accepts. */
    static boolean plainFits(BigDecimal value) {
        long digits = (long) value.precision() + Math.abs((long) value.scale());
        return digits + 2 <= MAX_NUMBER_LENGTH;
    }

    /** A number's text: plain ({@code 0.910}, {@code 1000}) unless that would be absurdly long. */
    static String numberText(JsonNode number) {
        if (number.isBigDecimal()) {
            BigDecimal value = number.decimalValue();
            return plainFits(value) ? value.toPlainString() : value.toString();
        }
        return number.asText();
    }

    /**
     * Where the value at {@code target} starts in {@code text}. A pointer that is not in the text (it
     * names a place in the migrated 0.0.2 tree) falls back to its nearest ancestor that is.
     */
    static TextPosition locate(String text, JsonPointer target) {
        for (JsonPointer at = target; at != null; at = at.head()) {
            TextPosition found = find(text, at);
            if (found.isKnown()) {
                return found;
            }
            if (at.matches()) {
                break;
            }
        }
        return TextPosition.UNKNOWN;
    }

    private static TextPosition find(String text, JsonPointer target) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    continue;
                }
                JsonStreamContext context = parser.getParsingContext();
                if (token.isStructStart()) {
                    context = context.getParent();
                }
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

    /** Where brackets first nest deeper than {@code limit} (the parser gave up there). */
    static TextPosition beyondNestingLimit(String text, int limit) {
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

    static String describe(JsonNode node) {
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
