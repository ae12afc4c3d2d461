package org.modelcards.core.format;

import java.util.List;
import java.util.Optional;

/**
 * A metadata value as the file wrote it (a YAML front matter, say), with its position, so that rules
 * can check shapes and types that the card model smooths over ({@code config: 3} is a number, not a
 * string).
 */
public sealed interface MetaNode {
    TextPosition at();

    /** The scalar's kind after YAML's core schema: {@code 3} is an integer, {@code "3"} a string. */
    enum ScalarType { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    /** Where the node's text is in the file: offsets of its first character and just after its last. */
    Span span();

    /** How a node is written: the scalar styles, and block or flow for collections. */
    enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED, BLOCK, FLOW, UNKNOWN }

    /**
     * The characters a node occupies in the file, {@code [start, end)}, and its style; for a block
     * collection {@code end} is just after its last value (trailing comments and blank lines excluded).
     *
     * <pre>{@code
     * new Span(10, 13, Style.PLAIN)   // "mit" in "license: mit"
     * }</pre>
     */
    record Span(int start, int end, Style style) {
        /** A node that did not come from a text (or whose text is not known). */
        public static final Span NONE = new Span(-1, -1, Style.UNKNOWN);

        public boolean isKnown() {
            return start >= 0;
        }
    }

    /** A single value: its text as written and its type. */
    record Scalar(String text, ScalarType type, TextPosition at, Span span) implements MetaNode {
        public Scalar(String text, ScalarType type, TextPosition at) {
            this(text, type, at, Span.NONE);
        }

        public boolean isNull() {
            return type == ScalarType.NULL;
        }
    }

    /** A list. */
    record Sequence(List<MetaNode> items, TextPosition at, Span span) implements MetaNode {
        public Sequence {
            items = List.copyOf(items);
        }

        public Sequence(List<MetaNode> items, TextPosition at) {
            this(items, at, Span.NONE);
        }
    }

    /** One key of a mapping with the key's own position and span, and the position just after its value. */
    record Entry(String key, TextPosition keyAt, MetaNode value, TextPosition endAt, Span keySpan) {
        public Entry(String key, TextPosition keyAt, MetaNode value, TextPosition endAt) {
            this(key, keyAt, value, endAt, Span.NONE);
        }

        public Entry(String key, TextPosition keyAt, MetaNode value) {
            this(key, keyAt, value, TextPosition.UNKNOWN);
        }
    }

    /** A mapping, keys in the order written. */
    record Mapping(List<Entry> entries, TextPosition at, Span span) implements MetaNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Mapping(List<Entry> entries, TextPosition at) {
            this(entries, at, Span.NONE);
        }

        public Optional<MetaNode> get(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).map(Entry::value).findFirst();
        }

        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }
    }

    /** Whether {@code node} is a string as the Hub reads it (YAML 1.2: {@code no} is a string, not false). */
    static boolean isString(MetaNode node) {
        return node instanceof Scalar s && s.type() == ScalarType.STRING;
    }

    /** A short description for messages: "a string", "a list", "a mapping", "null". */
    static String describe(MetaNode node) {
        if (node instanceof Sequence) {
            return "a list";
        }
        if (node instanceof Mapping) {
            return "a mapping";
        }
        return switch (((Scalar) node).type()) {
            case STRING -> "a string";
            case INTEGER -> "an integer";
            case FLOAT -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
        };
    }
}
