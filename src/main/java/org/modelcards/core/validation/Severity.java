package org.modelcards.core.validation;

import java.util.Locale;

/** How bad an issue is: errors fail a release, warnings should be fixed, notes inform. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** Lower-case name as printed, e.g. {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
