package org.modelcards.cli.report;

/** Which findings make {@code validate} exit 1: errors (the default), warnings and errors, or none. */
public enum FailOn {
    error, warning, never
}
