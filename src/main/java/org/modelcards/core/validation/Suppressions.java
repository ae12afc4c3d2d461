package org.modelcards.core.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The findings a card's author silenced in the card itself, with HTML comments (invisible on the Hub):
 *
 * <pre>{@code
 * <!-- modelcard-disable LINT-TOO-SHORT -->     ... lines ...     <!-- modelcard-enable -->
 * <!-- modelcard-disable-next-line HF-LANGUAGE -->
 * }</pre>
 *
 * No rule ids means every rule; {@code modelcard-enable RULE} ends only that rule's silence. A
 * {@code modelcard-disable} never re-enabled also silences the file-level findings of its rules
 * (those with no position), since it covers the card to its end.
 */
public final class Suppressions {
    public static final Suppressions NONE = new Suppressions(List.of());
    private static final Pattern COMMENT = Pattern.compile(
            "<!--\\s*modelcard-(disable-next-line|disable|enable)\\b([^>]*?)-->");

    /** Rules silenced from line {@code from} to line {@code to} (inclusive); an empty set is every rule. */
    private record Range(int from, int to, Set<String> rules) {
        boolean covers(Issue issue) {
            boolean rule = rules.isEmpty() || rules.contains(issue.ruleId());
            if (!rule) {
                return false;
            }
            if (!issue.at().isKnown()) {
                return to == Integer.MAX_VALUE;
            }
            return issue.at().line() >= from && issue.at().line() <= to;
        }
    }

    private final List<Range> ranges;

    private Suppressions(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** The suppression comments in {@code text}. */
    public static Suppressions in(String text) {
        if (!text.contains("modelcard-")) {
            return NONE;
        }
        List<Range> ranges = new ArrayList<>();
        List<int[]> openLines = new ArrayList<>();
        List<Set<String>> openRules = new ArrayList<>();
        Matcher m = COMMENT.matcher(text);
        while (m.find()) {
            int line = lineOf(text, m.start());
            Set<String> rules = Arrays.stream(m.group(2).split("[\\s,]+")).filter(s -> !s.isBlank())
                    .collect(Collectors.toUnmodifiableSet());
            switch (m.group(1)) {
                case "disable-next-line" -> ranges.add(new Range(line + 1, line + 1, rules));
                case "disable" -> {
                    openLines.add(new int[] {line});
                    openRules.add(rules);
                }
                default -> {
                    for (int i = openRules.size() - 1; i >= 0; i--) {
                        Set<String> open = openRules.get(i);
                        if (rules.isEmpty() || open.isEmpty() && rules.isEmpty() || open.equals(rules)
                                || !open.isEmpty() && rules.containsAll(open)) {
                            ranges.add(new Range(openLines.get(i)[0], line, open));
                            openLines.remove(i);
                            openRules.remove(i);
                        }
                    }
                }
            }
        }
        for (int i = 0; i < openRules.size(); i++) {
            ranges.add(new Range(openLines.get(i)[0], Integer.MAX_VALUE, openRules.get(i)));
        }
        return new Suppressions(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether {@code issue} is silenced. */
    public boolean covers(Issue issue) {
        for (Range range : ranges) {
            if (range.covers(issue)) {
                return true;
            }
        }
        return false;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }
}
