package org.modelcards.core.format;

/**
 * Why a card could not be read (or read only in part), and where: {@code source:line:column: message}.
 *
 * <p>Line and column count from 1; 0 means unknown (the whole file). The {@code code} says which
 * kind of problem it is, e.g. {@code JSON-SYNTAX}; validation reports it under that rule id.
 */
public record ReadProblem(String code, String source, int line, int column, String message) {
    /** The file could not be read as text at all (missing, binary, not UTF-8, too large). */
    public static final String UNREADABLE = "FILE-UNREADABLE";
    /** The JSON is not well formed. */
    public static final String JSON_SYNTAX = "JSON-SYNTAX";
    /** Well-formed, but not a card (wrong shape or types). */
    public static final String NOT_A_CARD = "NOT-A-CARD";
    /** The front matter's YAML is not well formed (tabs, bad indentation, unclosed quotes). */
    public static final String YAML_SYNTAX = "YAML-SYNTAX";
    /** The front matter is well formed but not a mapping of keys to values. */
    public static final String YAML_NOT_MAPPING = "YAML-NOT-MAPPING";
    /** A key appears twice in one mapping. */
    public static final String YAML_DUPLICATE_KEY = "YAML-DUPLICATE-KEY";
    /** The YAML exceeds a safety limit: too many aliases (an alias bomb), too deep, too large. */
    public static final String YAML_LIMIT = "YAML-LIMIT";
    /** The front matter opens with --- but never closes. */
    public static final String FRONT_MATTER_UNCLOSED = "FRONT-MATTER-UNCLOSED";
    /** A --- block that is not on the first line, which the Hub's rule does not take as front matter. */
    public static final String FRONT_MATTER_POSITION = "FRONT-MATTER-POSITION";
    /** An entry of a Hub {@code .eval_results/*.yaml} file that lacks what the Hub requires; the others are read. */
    public static final String EVAL_RESULTS_ENTRY = "EVAL-RESULTS-ENTRY";

    public ReadProblem {
        code = code == null ? "" : code;
        source = source == null ? "" : source;
        message = message == null ? "" : message;
    }

    /** Where it is, as a position. */
    public TextPosition at() {
        return new TextPosition(line, column);
    }

    /** The problem as a compiler would print it, e.g. {@code card.json:3:14: details.name must be a string}. */
    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ":" + Math.max(column, 1) + ": " + message : source + ": " + message;
    }
}
