package org.modelcards.core.format;

/** Line and column (both from 1) of a character offset in a text, counting {@code \r\n}, {@code \n} and {@code \r} as line ends. */
public record TextPosition(int line, int column) {
    /** Where a problem has no place in the text (or the card came from no text). */
    public static final TextPosition UNKNOWN = new TextPosition(0, 0);

    public boolean isKnown() {
        return line > 0;
    }

    /** The position of {@code offset} in {@code text}. */
    public static TextPosition of(CharSequence text, int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, end - lineStart + 1);
    }
}
