package org.modelcards.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcards.core.format.TextPosition;
import org.modelcards.core.validation.FileValidation;
import org.modelcards.core.validation.Issue;
import org.modelcards.core.validation.Severity;
import org.modelcards.core.validation.ValidationReport;

class ConsoleTextTest {
    private static final String INJECTED = "language \"en\n::error file=x::INJECTED\r\n/etc/passwd:1:1: error: fake\u001b[31m\u0085\u202e\"";

    @Test
    void controlCharactersBecomeEscapesAndTheRestIsKept() {
        assertThat(ConsoleText.escape("a\nb\rc\td\u001b[0m\u0000\u007f\u009b\u2028\u2029\u202e\u2066"))
                .isEqualTo("a\\nb\\rc\\td\\u001b[0m\\u0000\\u007f\\u009b\\u2028\\u2029\\u202e\\u2066");
        assertThat(ConsoleText.escape("مرحبا 中文 😀 C:\\cards\\README.md")).isEqualTo("مرحبا 中文 😀 C:\\cards\\README.md");
        assertThat(ConsoleText.escape((String) null)).isEqualTo("null");
    }

    @Test
    void aTextReportLineCannotBeFollowedByAFakeOne() {
        FileValidation result = result(Path.of("cards/x\n::error file=y::z.md"));
        String line = TextReport.line(result, result.report().issues().get(0));
        assertThat(line).doesNotContain("\n", "\r", "\u001b", "\u0085", "\u202e")
                .isEqualTo("cards/x\\n::error file=y::z.md:3:11: error: language \"en\\n::error file=x::INJECTED\\r\\n"
                        + "/etc/passwd:1:1: error: fake\\u001b[31m\\u0085\\u202e\" (hint\\u001b) [HF-LANGUAGE]");
    }

    @Test
    void scoresEscapeThePathToo() {
        StringWriter out = new StringWriter();
        new TextReport(new PrintWriter(out), true, org.modelcards.core.catalog.CatalogTexts.forLocale(java.util.Locale.ENGLISH))
                .file(new FileValidation(Path.of("a\nb.md"), true, new ValidationReport(List.of(),
                        new org.modelcards.core.validation.Completeness(0, List.of()))));
        assertThat(out.toString()).startsWith("a\\nb.md: ");
    }

    @Test
    void githubAnnotationsEncodeLineBreaksAndPercentAndEscapeOtherControls() {
        StringWriter out = new StringWriter();
        new GithubReport(new PrintWriter(out)).file(result(Path.of("cards/a,b:c%\n.md")));
        assertThat(out.toString().lines()).hasSize(1);
        assertThat(out.toString()).isEqualTo("::error file=cards/a%2Cb%3Ac%25%0A.md,line=3,col=11,title=HF-LANGUAGE::"
                + "language \"en%0A::error file=x::INJECTED%0D%0A/etc/passwd:1:1: error: fake\\u001b[31m\\u0085\\u202e\" hint\\u001b"
                + System.lineSeparator());
    }

    private static FileValidation result(Path path) {
        Issue issue = new Issue("HF-LANGUAGE", Severity.ERROR, "details.languages", INJECTED, "hint\u001b", new TextPosition(3, 11));
        return new FileValidation(path, true, new ValidationReport(List.of(issue), new org.modelcards.core.validation.Completeness(0, List.of())));
    }
}
