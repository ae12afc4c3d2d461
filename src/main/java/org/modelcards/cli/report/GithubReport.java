package org.modelcards.cli.report;

import java.io.PrintWriter;
import org.modelcards.core.validation.FileValidation;
import org.modelcards.core.validation.Issue;

/** GitHub Actions workflow commands: {@code ::error file=…,line=…,col=…,title=RULE::message}. */
public final class GithubReport implements ReportWriter {
    private final PrintWriter out;

    public GithubReport(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void file(FileValidation result) {
        for (Issue issue : result.report().issues()) {
            String command = switch (issue.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            StringBuilder line = new StringBuilder("::").append(command).append(" file=")
                    .append(property(result.path().toString().replace('\\', '/')));
            if (issue.at().isKnown()) {
                line.append(",line=").append(issue.at().line()).append(",col=").append(issue.at().column());
            }
            line.append(",title=").append(property(issue.ruleId())).append("::").append(data(issue.message()
                    + (issue.hint().isEmpty() ? "" : " " + issue.hint())));
            out.println(line);
        }
    }

    /**
     * Escapes a message as the workflow command syntax requires ({@code %}, CR, LF), and every other
     * control character as {@link ConsoleText} does, so no value can end the command or colour the log.
     */
    static String data(String text) {
        return ConsoleText.escape(text, true).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value, which also may not contain {@code :} or {@code ,}. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    @Override
    public void finish(Summary summary) {
        out.flush();
    }
}
