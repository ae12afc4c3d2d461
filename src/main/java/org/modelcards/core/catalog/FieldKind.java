package org.modelcards.core.catalog;

/** The kind of value a field holds, which decides its form control, its JSON type and its checks. */
public enum FieldKind {
    /** One line of plain text. */
    TEXT,
    /** Several lines of plain text kept exactly (a BibTeX entry, say). */
    LONG_TEXT,
    /** Markdown prose. */
    MARKDOWN,
    /** A web address. */
    URL,
    /** A calendar date, ISO 8601 ({@code 2026-11-22}) expected. */
    DATE,
    /** A number, kept as written. */
    NUMBER,
    /** One of a known set of values. */
    ENUM,
    /** Yes or no. */
    BOOLEAN,
    /** A list of short texts. */
    LIST,
    /** A list of records, edited as a table; its columns are fields of their own. */
    TABLE,
    /** A value in JSON text, for metadata the model does not know. */
    JSON;

    /** Whether a value of this kind is a scalar, stored as a string. */
    public boolean isText() {
        return this != BOOLEAN && this != LIST && this != TABLE;
    }
}
