package org.modelcards.cli.report;

/**
 * Makes text from a card or a file name safe to print on one line of a report: control characters
 * are written as escapes ({@code \n}, {@code \t}, {@code \u001b}), so a value cannot start a new,
 * fake {@code path:line:col} line or a GitHub workflow command, move the cursor, or colour the
 * terminal. Line and paragraph separators and the bidirectional controls (which can make a line
 * read differently from what it says) are escaped too. Everything else, including RTL and CJK
 * text and backslashes in Windows paths, is printed as it is.
 */
public final class ConsoleText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ConsoleText() {
    }

    /** {@code text} with every control character escaped; null prints as {@code null}. */
    public static String escape(String text) {
        return escape(text, false);
    }

    /** {@code value}'s text, escaped. */
    public static String escape(Object value) {
        return escape(String.valueOf(value), false);
    }

    /**
     * As {@link #escape(String)}, but CR and LF are kept for the caller to encode its own way
     * (GitHub's workflow commands take them as {@code %0D} and {@code %0A}).
     */
    static String escape(String text, boolean keepLineBreaks) {
        if (text == null) {
            return "null";
        }
        int first = 0;
        while (first < text.length() && !needsEscape(text.charAt(first), keepLineBreaks)) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c, keepLineBreaks)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                        .append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(char c, boolean keepLineBreaks) {
        if (c == '\n' || c == '\r') {
            return !keepLineBreaks;
        }
        return c < 0x20 || c >= 0x7F && c <= 0x9F // C0, DEL, C1 (NEL, CSI, ...)
                || c == '\u2028' || c == '\u2029' // line and paragraph separators
                || c == '\u061C' || c == '\u200E' || c == '\u200F' // bidi marks
                || c >= '\u202A' && c <= '\u202E' // bidi embeddings and overrides
                || c >= '\u2066' && c <= '\u2069'; // bidi isolates
    }
}
