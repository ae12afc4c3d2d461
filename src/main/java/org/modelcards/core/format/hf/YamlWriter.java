package org.modelcards.core.format.hf;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes front matter YAML in the Hub's tidy block style: {@code key: value}, lists as {@code - item}
 * lines, two-space indentation, strings quoted only when YAML would read them as something else.
 * Values are Strings, {@link Raw} (a number or boolean written as is), Lists and Maps (in order).
 */
final class YamlWriter {
    /** A scalar written without quotes: a number or a boolean as the card holds it. */
    record Raw(String text) {
    }

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/][A-Za-z0-9 _./+()@:#%?=&~,-]*");
    private static final Pattern RESERVED = Pattern.compile(
            "(?i)(true|false|yes|no|on|off|y|n|null|~|[-+]?(\\.inf|\\.nan))|[-+]?[0-9][0-9_.,:eE+-]*");

    private YamlWriter() {
    }

    /** {@code key: value} with its lines, each ending in {@code eol}. */
    static String entry(String key, Object value, String eol) {
        return entry(key, value, 0, eol);
    }

    /** {@code key: value} indented by {@code indent} spaces, nested lines further in, each ending in {@code eol}. */
    static String entry(String key, Object value, int indent, String eol) {
        StringBuilder out = new StringBuilder();
        write(out, scalar(key), value, indent, eol);
        return out.toString();
    }

    /** One block list item, {@code - value}, with its dash {@code indent} spaces in. */
    static String item(Object value, int indent, String eol) {
        StringBuilder out = new StringBuilder();
        items(out, List.of(value), indent, eol);
        return out.toString();
    }

    /** A value in flow style, for a place inside {@code [...]} or {@code {...}}: {@code [a, b]}, {@code {k: v}}. */
    static String flow(Object value) {
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (Object item : list) {
                out.append(out.length() > 1 ? ", " : "").append(flow(item));
            }
            return out.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(out.length() > 1 ? ", " : "").append(scalar(String.valueOf(k))).append(": ")
                    .append(flow(v)));
            return out.append('}').toString();
        }
        String text = scalarValue(value);
        // inside brackets a plain scalar must not hold flow indicators
        return value instanceof Raw || !(text.contains("[") || text.contains("]") || text.contains("{") || text.contains("}"))
                ? text : doubleQuoted(String.valueOf(value));
    }

    /** A scalar in the style an original scalar was written in, so that a changed value keeps its quoting. */
    static String scalarLike(org.modelcards.core.format.MetaNode.Style style, Object value) {
        String text = value instanceof Raw raw ? raw.text() : String.valueOf(value);
        return switch (style) {
            case DOUBLE_QUOTED, LITERAL, FOLDED -> doubleQuoted(text);
            case SINGLE_QUOTED -> text.chars().anyMatch(c -> c < 0x20 || c == 0x7f) ? doubleQuoted(text)
                    : "'" + text.replace("'", "''") + "'";
            default -> scalarValue(value);
        };
    }

    private static void write(StringBuilder out, String key, Object value, int indent, String eol) {
        String pad = " ".repeat(indent);
        if (value instanceof List<?> list && list.isEmpty() || value instanceof Map<?, ?> map && map.isEmpty()) {
            out.append(pad).append(key).append(": ").append(value instanceof List ? "[]" : "{}").append(eol);
        } else if (value instanceof List<?> list) {
            out.append(pad).append(key).append(':').append(eol);
            items(out, list, indent, eol);
        } else if (value instanceof Map<?, ?> map) {
            out.append(pad).append(key).append(':').append(eol);
            map.forEach((k, v) -> write(out, scalar(String.valueOf(k)), v, indent + 2, eol));
        } else {
            out.append(pad).append(key).append(": ").append(scalarValue(value)).append(eol);
        }
    }

    /** List items at the key's own indentation, as the Hub writes them. */
    private static void items(StringBuilder out, List<?> list, int indent, String eol) {
        String pad = " ".repeat(indent);
        for (Object item : list) {
            if (item instanceof Map<?, ?> map && !map.isEmpty()) {
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    StringBuilder field = new StringBuilder();
                    write(field, scalar(String.valueOf(e.getKey())), e.getValue(), indent + 2, eol);
                    String text = field.toString();
                    out.append(first ? pad + "- " + text.substring(indent + 2) : text);
                    first = false;
                }
            } else if (item instanceof List<?> nested) {
                out.append(pad).append("-").append(eol);
                items(out, nested, indent + 2, eol);
            } else {
                out.append(pad).append("- ").append(scalarValue(item)).append(eol);
            }
        }
    }

    /** A scalar value written as YAML: a {@link Raw} as is, a string quoted when needed. */
    static String scalarValue(Object value) {
        return value instanceof Raw raw ? raw.text() : scalar(String.valueOf(value));
    }

    /** A string as a YAML scalar: plain when unambiguous, else double-quoted with escapes. */
    static String scalar(String text) {
        // ": " starts a mapping, " #" a comment and ", " separates flow items: those need quotes
        if (PLAIN.matcher(text).matches() && !RESERVED.matcher(text).matches() && !text.endsWith(" ")
                && !text.endsWith(":") && !text.contains(": ") && !text.contains(" #") && !text.contains(",")) {
            return text;
        }
        return doubleQuoted(text);
    }

    /** A string double-quoted, with YAML escapes for quotes, backslashes and control characters. */
    static String doubleQuoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\ufeff') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
