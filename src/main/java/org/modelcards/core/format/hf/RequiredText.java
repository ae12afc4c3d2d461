package org.modelcards.core.format.hf;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A literal that every match of a pattern contains, found from the pattern's text, so that a text
 * without it is passed over without running the pattern: the import's sentence patterns each scan a
 * card's whole body, and most bodies hold none of their words. Sound by construction: only runs of
 * plain characters at the top level of the pattern count (nothing inside a group or class, nothing a
 * quantifier follows), a pattern with a top-level {@code |} or flags other than {@code i}, {@code m},
 * {@code s} has none, and with {@code (?i)} (ASCII case folding) only an ASCII literal is kept and
 * looked for in the lower-cased text. A pattern without a literal of three characters is always run.
 *
 * <pre>{@code
 * RequiredText.of(Pattern.compile("(?i)\\bdeveloped by (\\w+)")).mayBeIn(new RequiredText.Haystack(body))
 * }</pre>
 */
final class RequiredText {
    private static final int SHORTEST = 3;
    private static final RequiredText NONE = new RequiredText("", false);

    private final String literal;
    private final boolean ignoreCase;

    private RequiredText(String literal, boolean ignoreCase) {
        this.literal = literal;
        this.ignoreCase = ignoreCase;
    }

    /** A text searched for several literals; its lower-cased form is made once, when first needed. */
    static final class Haystack {
        private final String text;
        private String lower;

        Haystack(String text) {
            this.text = text;
        }

        boolean contains(String literal, boolean ignoreCase) {
            if (!ignoreCase) {
                return text.contains(literal);
            }
            if (lower == null) {
                lower = text.toLowerCase(Locale.ROOT);
            }
            return lower.contains(literal);
        }
    }

    /** Whether the pattern can match in {@code text}: false only when the text lacks the literal. */
    boolean mayBeIn(Haystack text) {
        return literal.isEmpty() || text.contains(literal, ignoreCase);
    }

    /** The literal looked for, empty when there is none (for tests). */
    String literal() {
        return literal;
    }

    static RequiredText of(Pattern pattern) {
        String regex = pattern.pattern();
        if (regex.contains("\\Q")) {
            return NONE; // quoted text would be read as pattern syntax here
        }
        boolean ignoreCase = false;
        int at = 0;
        if (regex.startsWith("(?") && regex.indexOf(')') > 2) {
            String flags = regex.substring(2, regex.indexOf(')'));
            if (!flags.chars().allMatch(c -> c == 'i' || c == 'm' || c == 's')) {
                return NONE; // a group such as (?:...) or (?<name>...), or flags this does not follow
            }
            ignoreCase = flags.indexOf('i') >= 0;
            at = regex.indexOf(')') + 1;
        }
        int leading = (ignoreCase ? Pattern.CASE_INSENSITIVE : 0)
                | (at > 0 && regex.substring(0, at).indexOf('m') >= 0 ? Pattern.MULTILINE : 0)
                | (at > 0 && regex.substring(0, at).indexOf('s') >= 0 ? Pattern.DOTALL : 0);
        if (pattern.flags() != leading) {
            return NONE; // flags given to compile, or set later in the pattern (which include the leading ones)
        }
        for (int open = regex.indexOf("(?", at); open >= 0; open = regex.indexOf("(?", open + 1)) {
            if (isFlagGroup(regex, open + 2)) {
                return NONE; // flags set inside the pattern, even in a group, change how what follows is matched
            }
        }
        String best = "";
        StringBuilder run = new StringBuilder();
        while (at < regex.length()) {
            char c = regex.charAt(at);
            int next;
            char literal = 0;
            boolean zeroWidth = false;
            if (c == '\\' && at + 1 < regex.length()) {
                char e = regex.charAt(at + 1);
                next = at + 2;
                if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G') {
                    zeroWidth = true;
                } else if (e == 'p' || e == 'P') {
                    next = regex.startsWith("{", next) ? regex.indexOf('}', next) + 1 : next + 1;
                    if (next <= 0) {
                        return NONE;
                    }
                } else if ("xu0123456789cNkE".indexOf(e) >= 0) {
                    return NONE; // escapes whose length this does not follow
                } else if (".[](){}*+?^$|\\/-".indexOf(e) >= 0) {
                    literal = e;
                }
                // any other escape (\s, \w, \d, \p{..}, \Q, \n, back-references ...) ends the run
            } else if (c == '(') {
                next = closing(regex, at);
                if (next < 0) {
                    return NONE;
                }
            } else if (c == '[') {
                next = classEnd(regex, at);
                if (next < 0) {
                    return NONE;
                }
            } else if (c == '|') {
                return NONE; // the whole pattern is a choice
            } else if (c == '{') {
                next = regex.indexOf('}', at) + 1;
                if (next <= 0) {
                    return NONE;
                }
            } else if (".^$*+?}])".indexOf(c) >= 0) {
                next = at + 1;
            } else {
                literal = c;
                next = at + 1;
            }
            if (zeroWidth) {
                at = next;
                continue; // \b between two letters of a word still needs both
            }
            boolean quantified = next < regex.length() && "?*+{".indexOf(regex.charAt(next)) >= 0;
            if (literal != 0 && !quantified && (!ignoreCase || literal < 128)) {
                run.append(literal);
            } else {
                best = longer(best, run);
                run.setLength(0);
            }
            at = next;
        }
        best = longer(best, run);
        if (best.length() < SHORTEST) {
            return NONE;
        }
        return new RequiredText(ignoreCase ? best.toLowerCase(Locale.ROOT) : best, ignoreCase);
    }

    private static String longer(String best, CharSequence run) {
        return run.length() > best.length() ? run.toString() : best;
    }

    /** Whether the text from {@code from} is flags and a closing parenthesis, as in {@code (?i)} or {@code (?-i)}. */
    private static boolean isFlagGroup(String regex, int from) {
        int i = from;
        while (i < regex.length() && (Character.isLetter(regex.charAt(i)) || regex.charAt(i) == '-')) {
            i++;
        }
        return i > from && i < regex.length() && regex.charAt(i) == ')';
    }

    /** The index after the group opening at {@code open}, or -1. */
    private static int closing(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i) - 1;
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The index after the character class opening at {@code open}, or -1 (nested classes are refused). */
    private static int classEnd(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++; // a ']' first is a member
        }
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                return -1;
            } else if (c == ']') {
                return i + 1;
            }
        }
        return -1;
    }
}
