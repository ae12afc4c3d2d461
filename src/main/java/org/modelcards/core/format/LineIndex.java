package org.modelcards.core.format;

import java.util.Arrays;

/** Line starts of a text, built once, so that many offsets turn into line:column cheaply. */
public final class LineIndex {
    private final int[] starts;

    public LineIndex(CharSequence text) {
        int[] found = new int[64];
        int count = 0;
        found[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (end) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        starts = Arrays.copyOf(found, count);
    }

    /** The 1-based line and column of {@code offset}. */
    public TextPosition position(int offset) {
        int index = Arrays.binarySearch(starts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new TextPosition(line + 1, offset - starts[line] + 1);
    }

    /** The offset where 1-based {@code line} starts. */
    public int lineStart(int line) {
        return starts[Math.max(0, Math.min(line - 1, starts.length - 1))];
    }

    public int lineCount() {
        return starts.length;
    }
}
