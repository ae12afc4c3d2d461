package org.modelcards.core.format.hf;

import org.modelcards.core.format.MetaNode;

/**
 * Line arithmetic on a README's text for {@link YamlPatch}: where a line starts, where the next one
 * does, a position's column, whether only spaces precede it, and the dash of a block list item.
 * Offsets are into the whole file; the front matter ends at {@code yamlEnd}.
 *
 * <pre>{@code
 * new YamlLines("a: 1\nb: 2\n", 10).lineEndAfter(2);   // 5, the start of "b: 2"
 * }</pre>
 */
record YamlLines(String text, int yamlEnd) {
    /** Where a node starts; a node without a span (aliased, merged) cannot be placed. */
    static int startOf(MetaNode node) throws Unplaceable {
        if (!node.span().isKnown()) {
            throw new Unplaceable();
        }
        return node.span().start();
    }

    /** Where a node ends; a node without a span cannot be placed. */
    static int endOf(MetaNode node) throws Unplaceable {
        if (!node.span().isKnown()) {
            throw new Unplaceable();
        }
        return node.span().end();
    }

    /** The {@code -} that introduces a block list item: the first non-blank character before the item. */
    int dash(MetaNode item) throws Unplaceable {
        int i = startOf(item) - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i--;
        }
        if (i < 0 || text.charAt(i) != '-') {
            throw new Unplaceable();
        }
        return i;
    }

    int lineStart(int at) {
        int i = at;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /** The start of the line after the one {@code at} is on (comments on that line go with it). */
    int lineEndAfter(int at) {
        int i = Math.max(at, 0);
        if (i > 0 && i <= text.length() && (text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r')
                && !(text.charAt(i - 1) == '\r' && i < text.length() && text.charAt(i) == '\n')) {
            return i;
        }
        while (i < yamlEnd && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        if (i < yamlEnd && text.charAt(i) == '\r') {
            i++;
        }
        if (i < yamlEnd && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }

    int column(int at) {
        return at - lineStart(at);
    }

    boolean firstOnLine(int at) {
        for (int i = lineStart(at); i < at; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }
}
