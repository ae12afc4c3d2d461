package org.modelcards.core.format.hf;

/**
 * {@link HeadingMap#normalize(String)} for text that is all ASCII, as nearly every heading, label and
 * table cell is, in one pass instead of four regular-expression replacements (the import normalises
 * each of them several times, and this was a tenth of its time). The steps are the patterns', in
 * their order, with ASCII's letters and digits for {@code \p{L}} and {@code \p{N}}; a property test
 * holds the two to the same results.
 */
final class AsciiHeadings {
    private AsciiHeadings() {
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** {@code lowered}: lower case, "&" already read "and", all ASCII. */
    static String normalize(String lowered) {
        String text = lowered;
        if (text.contains("optional")) {
            text = text.replace("[optional]", " ").replace("(optional)", " ");
        }
        int at = 0;
        while (at < text.length() && !isWordChar(text.charAt(at))) {
            at++;
        }
        at = afterNumbering(text, at);
        StringBuilder out = new StringBuilder(text.length() - at);
        boolean gap = false;
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** Where the text goes on after a leading "1.2.", "3)", "iv." and the spaces after it, else {@code at}. */
    private static int afterNumbering(String text, int at) {
        int i = at;
        if (i < text.length() && isDigit(text.charAt(i))) {
            i = digits(text, i);
            while (i + 1 < text.length() && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
                i = digits(text, i + 1);
            }
            if (i < text.length() && text.charAt(i) == '.') {
                i++;
            }
            if (i < text.length() && text.charAt(i) == ')') {
                i++;
            }
        } else {
            while (i < text.length() && "ivx".indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            if (i == at || i >= text.length() || (text.charAt(i) != '.' && text.charAt(i) != ')')) {
                return at;
            }
            i++;
        }
        int spaces = i;
        while (spaces < text.length() && isSpace(text.charAt(spaces))) {
            spaces++;
        }
        return spaces > i ? spaces : at;
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
