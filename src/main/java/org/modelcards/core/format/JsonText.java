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
import com.fasterxml.jackson.databind.node.ValueNode;
import java.io.IOException;
import java.math.BigDecimal;
import org.modelcards.core.model.Numbers;

/**
 * The JSON handling every JSON format shares: a strict reader (duplicate keys and trailing text
 * refused, decimals kept exactly as written, so {@code 0.910} stays {@code 0.910}), one output style
 * ({@code "key": value}, two-space indentation, LF, final newline), and problems located at
 * line:column, found by JSON Pointer only when something is wrong.
 */
public final class JsonText {
    /** Jackson's nesting limit, which keeps a hostile file from exhausting the stack. */
    public static final int MAX_DEPTH = StreamReadConstraints.DEFAULT_MAX_DEPTH;
    /** Jackson's limit on a number literal's length: longer ones are refused, never parsed (which is quadratic). */
    public static final int MAX_NUMBER_LENGTH = StreamReadConstraints.DEFAULT_MAX_NUM_LEN;
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .nodeFactory(new BoundedNodeFactory())
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
        JsonNode root = parse(text, source);
        if (root == null) {
            throw new CardReadException(new ReadProblem(ReadProblem.NOT_A_CARD, source, 0, 0, "empty file: not a model card"));
        }
        return root;
    }

    /**
     * The tree of {@code text}, or null when it holds no JSON value at all (empty or blank). Malformed
     * JSON, and JSON beyond a safety limit (nesting, a number's length or exponent, a string's or
     * key's length), is one {@link ReadProblem#JSON_SYNTAX} problem at its line:column.
     */
    public static JsonNode parse(String text, String source) throws CardReadException {
        JsonParser parser;
        try {
            parser = MAPPER.createParser(text);
        } catch (IOException e) {
            throw new IllegalStateException("a parser over a string always opens", e);
        }
        try (parser) {
            JsonNode root = MAPPER.readTree(parser);
            return root == null || root.isMissingNode() ? null : root;
        } catch (StreamConstraintsException e) {
            throw beyondLimit(text, source, parser, e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new CardReadException(new ReadProblem(ReadProblem.JSON_SYNTAX, source,
                    at == null ? 0 : Math.max(at.getLineNr(), 0), at == null ? 0 : Math.max(at.getColumnNr(), 0),
                    "invalid JSON: " + e.getOriginalMessage()));
        } catch (NumberOutOfRange | NumberFormatException e) {
            // NumberFormatException: an exponent past the int range ("1e99999999999"), which BigDecimal cannot hold
            int start = numberStart(text, offset(parser.currentLocation(), text));
            int end = numberEnd(text, start);
            throw problem(source, text, start, "number " + excerpt(text.substring(start, end)) + " is out of range: "
                    + "written out it would have more than " + MAX_NUMBER_LENGTH + " digits");
        } catch (IOException e) {
            throw new CardReadException(new ReadProblem(ReadProblem.JSON_SYNTAX, source, 0, 0, "invalid JSON: " + e.getMessage()));
        }
    }

    /** A Jackson safety limit, in words and at the place it was hit (Jackson's exception has no location). */
    private static CardReadException beyondLimit(String text, String source, JsonParser parser, StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int end = offset(parser.currentLocation(), text);
        if (message.startsWith("Number value length")) {
            int start = numberStart(text, end);
            return problem(source, text, start, "number too long: " + (numberEnd(text, start) - start) + " characters (at most "
                    + MAX_NUMBER_LENGTH + " are read)");
        }
        if (message.startsWith("String value length")) {
            JsonLocation at = parser.currentTokenLocation();
            return new CardReadException(new ReadProblem(ReadProblem.JSON_SYNTAX, source, Math.max(at.getLineNr(), 0),
                    Math.max(at.getColumnNr(), 0), "text value too long: more than "
                    + StreamReadConstraints.DEFAULT_MAX_STRING_LEN + " characters"));
        }
        if (message.startsWith("Name length")) {
            return problem(source, text, longKeyStart(text, StreamReadConstraints.DEFAULT_MAX_NAME_LEN), "key too long: more than "
                    + StreamReadConstraints.DEFAULT_MAX_NAME_LEN + " characters");
        }
        if (message.startsWith("Document nesting depth")) {
            TextPosition at = beyondNestingLimit(text, MAX_DEPTH);
            return new CardReadException(new ReadProblem(ReadProblem.JSON_SYNTAX, source, at.line(), at.column(),
                    "nested more than " + MAX_DEPTH + " levels deep: not a model card"));
        }
        return problem(source, text, end, "invalid JSON: " + message);
    }

    private static CardReadException problem(String source, String text, int offset, String message) {
        TextPosition at = TextPosition.of(text, offset);
        return new CardReadException(new ReadProblem(ReadProblem.JSON_SYNTAX, source, at.line(), at.column(), message));
    }

    private static int offset(JsonLocation at, String text) {
        long offset = at == null ? -1 : at.getCharOffset();
        return offset < 0 ? 0 : (int) Math.min(offset, text.length());
    }

    /**
     * Where the number the parser has just read starts: {@code offset} is within it or a little past
     * it (the parser reads the characters that end it), so step back over those, then over the number.
     */
    private static int numberStart(String text, int offset) {
        int start = Math.min(offset, text.length());
        while (start > 0 && " \t\r\n,]}".indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        while (start > 0 && isNumberChar(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** Where the number that starts at {@code start} ends. */
    private static int numberEnd(String text, int start) {
        int end = start;
        while (end < text.length() && isNumberChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isNumberChar(char c) {
        return c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.' || c == 'e' || c == 'E';
    }

    /** Where the first key longer than {@code limit} starts, found by a plain scan (the parser reports no place for it). */
    private static int longKeyStart(String text, int limit) {
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (start < 0) {
                if (c == '"') {
                    start = i;
                }
            } else if (c == '\\') {
                i++;
            } else if (c == '"') {
                int next = i + 1;
                while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (i - start - 1 > limit && next < text.length() && text.charAt(next) == ':') {
                    return start;
                }
                start = -1;
            }
        }
        return 0;
    }

    /** A number's text for a message: short ones whole, long ones by their start and length. */
    private static String excerpt(String number) {
        return number.length() <= 40 ? number : number.substring(0, 20) + "... (" + number.length() + " characters)";
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

    /**
     * Whether {@code value} written plainly (as the output style writes decimals) stays within
     * {@link #MAX_NUMBER_LENGTH}, so that what was read can be written and read back. {@code 1e999999999}
     * is eleven characters, but a gigabyte written out.
     */
    public static boolean fitsPlain(BigDecimal value) {
        return Numbers.fitsPlain(value);
    }

    /** A decimal's text: plain ({@code 0.910}, {@code 1000}) when that {@link #fitsPlain fits}, else scientific ({@code 1E+5000}). */
    public static String plainText(BigDecimal value) {
        return fitsPlain(value) ? value.toPlainString() : value.toString();
    }

    /** Exact decimals, refusing those that do not {@link #fitsPlain fit} while the parser still knows where they are. */
    private static final class BoundedNodeFactory extends JsonNodeFactory {
        private static final long serialVersionUID = 1L;

        BoundedNodeFactory() {
            super(true);
        }

        @Override
        public ValueNode numberNode(BigDecimal value) {
            if (value != null && !fitsPlain(value)) {
                throw new NumberOutOfRange();
            }
            return super.numberNode(value);
        }
    }

    /** Thrown out of the tree builder for a decimal that does not fit; {@link #parse} turns it into a problem. */
    private static final class NumberOutOfRange extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NumberOutOfRange() {
            super(null, null, false, false);
        }
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
