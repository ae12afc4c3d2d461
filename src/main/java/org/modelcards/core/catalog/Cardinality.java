package org.modelcards.core.catalog;

/** Whether a field holds one value or a list of them. */
public enum Cardinality {
    ONE, MANY
}
