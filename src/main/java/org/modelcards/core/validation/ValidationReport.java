package org.modelcards.core.validation;

import java.util.List;

/** What validating one card found, ordered by position in the file, and how complete the card is. */
public record ValidationReport(List<Issue> issues, Completeness completeness) {
    public ValidationReport {
        issues = List.copyOf(issues);
    }

    public long count(Severity severity) {
        return issues.stream().filter(i -> i.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
