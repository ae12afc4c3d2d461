package org.modelcards.core.catalog;

/** How strongly a profile asks for a field. */
public enum Requirement {
    REQUIRED, RECOMMENDED, OPTIONAL
}
