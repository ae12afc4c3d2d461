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

    /** A single value: its text as written and its type. */
    record Scalar(String text, ScalarType type, TextPosition at) implements MetaNode {
        public boolean isNull() {
            return type == ScalarType.NULL;
        }
    }

    /** A list. */
    record Sequence(List<MetaNode> items, TextPosition at) implements MetaNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** One key of a mapping with the key's own position and the position just after its value. */
    record Entry(String key, TextPosition keyAt, MetaNode value, TextPosition endAt) {
        public Entry(String key, TextPosition keyAt, MetaNode value) {
            this(key, keyAt, value, TextPosition.UNKNOWN);
        }
    }

    /** A mapping, keys in the order written. */
    record Mapping(List<Entry> entries, TextPosition at) implements MetaNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Optional<MetaNode> get(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).map(Entry::value).findFirst();
        }

        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }
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
