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
        StringBuilder out = new StringBuilder();
        write(out, scalar(key), value, 0, eol);
        return out.toString();
    }

    private static void write(StringBuilder out, String key, Object value, int indent, String eol) {
        String pad = " ".repeat(indent);
        if (value instanceof List<?> list) {
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

    private static String scalarValue(Object value) {
        return value instanceof Raw raw ? raw.text() : scalar(String.valueOf(value));
    }

    /** A string as a YAML scalar: plain when unambiguous, else double-quoted with escapes. */
    static String scalar(String text) {
        // ": " starts a mapping, " #" a comment and ", " separates flow items: those need quotes
        if (PLAIN.matcher(text).matches() && !RESERVED.matcher(text).matches() && !text.endsWith(" ")
                && !text.endsWith(":") && !text.contains(": ") && !text.contains(" #") && !text.contains(",")) {
            return text;
        }
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
