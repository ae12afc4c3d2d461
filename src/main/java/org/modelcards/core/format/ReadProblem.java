package org.modelcards.core.format;

/**
 * Why a card could not be read, and where: {@code source:line:column: message}.
 *
 * <p>Line and column count from 1; 0 means unknown (the whole file).
 */
public record ReadProblem(String source, int line, int column, String message) {
    public ReadProblem {
        source = source == null ? "" : source;
        message = message == null ? "" : message;
    }

    /** The problem as a compiler would print it, e.g. {@code card.json:3:14: details.name must be a string}. */
    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ":" + Math.max(column, 1) + ": " + message : source + ": " + message;
    }
}
