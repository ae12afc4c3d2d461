package org.modelcards.core.format;

import java.util.Arrays;

/** Line starts of a text, built once, so that many offsets turn into line:column cheaply. */
public final class LineIndex {
    private final int[] starts;

    public LineIndex(String text) {
        int[] found = new int[64];
        int count = 1;
        boolean hasCr = text.indexOf('\r') >= 0;
        for (int i = nextEnd(text, 0, hasCr); i >= 0; i = nextEnd(text, i, hasCr)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = i;
        }
        starts = Arrays.copyOf(found, count);
    }

    /** The start of the line after the line end found at or after {@code from}, or -1; indexOf is an intrinsic, hence fast. */
    private static int nextEnd(String text, int from, boolean hasCr) {
        int lf = text.indexOf('\n', from);
        if (!hasCr) {
            return lf < 0 ? -1 : lf + 1;
        }
        int cr = text.indexOf('\r', from);
        if (cr < 0 || (lf >= 0 && lf < cr)) {
            return lf < 0 ? -1 : lf + 1;
        }
        return cr + 1 < text.length() && text.charAt(cr + 1) == '\n' ? cr + 2 : cr + 1;
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
