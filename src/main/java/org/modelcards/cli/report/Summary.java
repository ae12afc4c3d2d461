package org.modelcards.cli.report;

import org.modelcards.core.catalog.Profile;
import org.modelcards.core.validation.FileValidation;
import org.modelcards.core.validation.Severity;
import org.modelcards.core.validation.Strictness;

/** Counts over a batch; decides the exit code. */
public final class Summary {
    private final Profile profile;
    private final Strictness strictness;
    private int files;
    private int unreadable;
    private long errors;
    private long warnings;
    private long notes;

    public Summary(Profile profile, Strictness strictness) {
        this.profile = profile;
        this.strictness = strictness;
    }

    public void add(FileValidation result) {
        files++;
        if (!result.readable()) {
            unreadable++;
        }
        errors += result.report().count(Severity.ERROR);
        warnings += result.report().count(Severity.WARNING);
        notes += result.report().count(Severity.INFO);
    }

    /** 2 when any input could not be read, else 1 when any error was found, else 0. */
    public int exitCode() {
        return unreadable > 0 ? 2 : errors > 0 ? 1 : 0;
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
