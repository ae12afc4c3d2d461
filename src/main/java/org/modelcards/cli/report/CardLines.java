package org.modelcards.cli.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.modelcards.core.format.TextPosition;
import org.modelcards.core.validation.FileValidation;
import org.modelcards.core.validation.Issue;
import org.modelcards.core.validation.Severity;

/**
 * The order a person reads one card's findings in: errors first, then warnings, then notes (by position
 * within each), with the profile's "recommended fields" findings folded into one line per card.
 */
final class CardLines {
    private static final String RECOMMENDED = "-RECOMMENDED";

    private CardLines() {
    }

    /** The card's findings as lines, each formatted by {@code line}. */
    static List<String> of(FileValidation result, BiFunction<FileValidation, Issue, String> line) {
        List<Issue> issues = new ArrayList<>(result.report().issues());
        issues.sort(Comparator.comparing(Issue::severity));
        List<Issue> recommended = issues.stream().filter(i -> i.ruleId().endsWith(RECOMMENDED)).toList();
        List<String> lines = new ArrayList<>();
        boolean folded = false;
        for (Issue issue : issues) {
            if (!issue.ruleId().endsWith(RECOMMENDED) || recommended.size() == 1) {
                lines.add(line.apply(result, issue));
            } else if (!folded) {
                folded = true;
                lines.add(line.apply(result, fold(recommended)));
            }
        }
        return lines;
    }

    /** One issue saying what the per-section findings said: "Section: the P profile recommends a, b." each. */
    private static Issue fold(List<Issue> recommended) {
        Issue first = recommended.get(0);
        String profile = first.message().replaceAll("(?s).*?: the (\\S+) profile recommends .*", "$1");
        List<String> sections = new ArrayList<>();
        for (Issue issue : recommended) {
            sections.add(issue.message().replaceFirst(": the \\S+ profile recommends ", ": ").replaceAll("\\.$", ""));
        }
        Severity severity = recommended.stream().map(Issue::severity).min(Comparator.naturalOrder()).orElseThrow();
        return new Issue(first.ruleId(), severity, first.fieldId(), "the " + profile + " profile recommends, in "
                + recommended.size() + " sections: " + String.join("; ", sections) + ".",
                "Fill these in, or say why they do not apply.", TextPosition.UNKNOWN);
    }
}
