package org.modelcards.cli.report;

import org.modelcards.core.catalog.Profile;
import org.modelcards.core.validation.FileValidation;
import org.modelcards.core.validation.Severity;
import org.modelcards.core.validation.Strictness;

/** Counts over a batch, per severity and per rule; decides the exit code. */
public final class Summary {
    private final Profile profile;
    private final Strictness strictness;
    private final FailOn failOn;
    /** Per rule: its findings and the number of cards with one, in rule order. */
    private final java.util.Map<String, long[]> byRule = new java.util.TreeMap<>();
    private final java.util.Map<String, Severity> ruleSeverity = new java.util.HashMap<>();
    private int files;
    private int unreadable;
    private long errors;
    private long warnings;
    private long notes;

    public Summary(Profile profile, Strictness strictness) {
        this(profile, strictness, FailOn.error);
    }

    public Summary(Profile profile, Strictness strictness, FailOn failOn) {
        this.profile = profile;
        this.strictness = strictness;
        this.failOn = failOn;
    }

    public void add(FileValidation result) {
        files++;
        if (!result.readable()) {
            unreadable++;
        }
        errors += result.report().count(Severity.ERROR);
        warnings += result.report().count(Severity.WARNING);
        notes += result.report().count(Severity.INFO);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (org.modelcards.core.validation.Issue issue : result.report().issues()) {
            long[] counts = byRule.computeIfAbsent(issue.ruleId(), k -> new long[2]);
            counts[0]++;
            if (seen.add(issue.ruleId())) {
                counts[1]++;
            }
            ruleSeverity.merge(issue.ruleId(), issue.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
    }

    /** A table of findings per rule, the worst severity first, for the end of a folder run; empty when nothing was found. */
    public java.util.List<String> table() {
        if (byRule.isEmpty()) {
            return java.util.List.of();
        }
        java.util.List<String> rows = new java.util.ArrayList<>();
        rows.add(String.format("%-30s %-8s %8s %6s", "rule", "severity", "findings", "cards"));
        byRule.entrySet().stream()
                .sorted(java.util.Comparator.comparing((java.util.Map.Entry<String, long[]> e) -> ruleSeverity.get(e.getKey()))
                        .thenComparing(e -> -e.getValue()[0]))
                .forEach(e -> rows.add(String.format("%-30s %-8s %8d %6d", e.getKey(), ruleSeverity.get(e.getKey()).label(),
                        e.getValue()[0], e.getValue()[1])));
        return rows;
    }

    /** 2 when any input could not be read, else 1 when a finding at the fail-on level was found, else 0. */
    public int exitCode() {
        if (unreadable > 0) {
            return 2;
        }
        return switch (failOn) {
            case error -> errors > 0 ? 1 : 0;
            case warning -> errors + warnings > 0 ? 1 : 0;
            case never -> 0;
        };
    }

    public Profile profile() {
        return profile;
    }

    public Strictness strictness() {
        return strictness;
    }

    public int files() {
        return files;
    }

    public int unreadable() {
        return unreadable;
    }

    public long errors() {
        return errors;
    }

    public long warnings() {
        return warnings;
    }

    public long notes() {
        return notes;
    }

    public String describe() {
        return String.format("%d file%s checked (%s, %s): %d error%s, %d warning%s, %d note%s%s", files, files == 1 ? "" : "s",
                profile.id(), strictness.id(), errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s",
                notes, notes == 1 ? "" : "s", unreadable > 0 ? ", " + unreadable + " unreadable" : "");
    }
}
