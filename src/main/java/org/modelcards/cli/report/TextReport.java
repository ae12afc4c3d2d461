package org.modelcards.cli.report;

import java.io.PrintWriter;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.validation.Completeness;
import org.modelcards.core.validation.FileValidation;
import org.modelcards.core.validation.Issue;

/**
 * One line per problem, as compilers print them: {@code path:line:col: severity: message [RULE]}; control
 * characters in paths and messages are escaped, so every line is one of ours.
 */
public final class TextReport implements ReportWriter {
    private final PrintWriter out;
    private final boolean scores;
    private final CatalogTexts texts;

    public TextReport(PrintWriter out, boolean scores, CatalogTexts texts) {
        this.out = out;
        this.scores = scores;
        this.texts = texts;
    }

    @Override
    public void file(FileValidation result) {
        for (String line : CardLines.of(result, TextReport::line)) {
            out.println(line);
        }
        if (scores && result.readable()) {
            Completeness completeness = result.report().completeness();
            out.println(ConsoleText.escape(result.path()) + ": " + completeness.percent() + "% complete");
            for (Completeness.SectionScore section : completeness.sections()) {
                if (section.counts()) {
                    out.printf("  %-28s %3d%%%s%n", ConsoleText.escape(texts.sectionLabel(section.sectionId())),
                            section.percent(), section.missing().isEmpty() ? ""
                                    : "  missing: " + ConsoleText.escape(String.join(", ", section.missing())));
                }
            }
        }
    }

    /** One issue's line; the path, message and hint come from the card and its file name, so they are {@link ConsoleText escaped}. */
    static String line(FileValidation result, Issue issue) {
        String path = ConsoleText.escape(result.path());
        String where = issue.at().isKnown() ? path + ":" + issue.at().line() + ":" + issue.at().column() : path;
        String hint = issue.hint().isEmpty() ? "" : " (" + issue.hint() + ")";
        return where + ": " + issue.severity().label() + ": " + ConsoleText.escape(issue.message() + hint)
                + " [" + ConsoleText.escape(issue.ruleId()) + "]";
    }

    @Override
    public void finish(Summary summary) {
        if (summary.files() > 1) {
            summary.table().forEach(out::println);
        }
        out.println(summary.describe());
        out.flush();
    }
}
