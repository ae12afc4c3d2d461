package org.modelcards.core.format;

/** Something a writer could not carry into its format: the field and why. */
public record Loss(String fieldId, String reason) {
}
