package org.modelcards.core.catalog;

/** What values a {@link FieldKind#NUMBER} field may hold. */
public enum NumberRange {
    /** Any number, e.g. a metric value (a log-likelihood can be negative). */
    ANY,
    /** A quantity: zero or more (hours, grams, kWh, FLOP). */
    NON_NEGATIVE,
    /** A whole count: zero or more, no fraction (parameters, tokens). */
    COUNT
}
