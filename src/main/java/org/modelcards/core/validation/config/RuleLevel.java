package org.modelcards.core.validation.config;

import java.util.Locale;
import java.util.Optional;
import org.modelcards.core.validation.Severity;

/** What a project config makes of a rule: turned off, or re-graded to a severity. */
public enum RuleLevel {
    OFF, ERROR, WARNING, INFO;

    /** The severity findings get, or empty when the rule is off. */
    public Optional<Severity> severity() {
        return switch (this) {
            case OFF -> Optional.empty();
            case ERROR -> Optional.of(Severity.ERROR);
            case WARNING -> Optional.of(Severity.WARNING);
            case INFO -> Optional.of(Severity.INFO);
        };
    }

    /** {@code off}, {@code error}, {@code warning} (or {@code warn}), {@code info} (or {@code note}). */
    public static Optional<RuleLevel> byName(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "off", "false", "none" -> Optional.of(OFF);
            case "error" -> Optional.of(ERROR);
            case "warning", "warn" -> Optional.of(WARNING);
            case "info", "note" -> Optional.of(INFO);
            default -> Optional.empty();
        };
    }
}
