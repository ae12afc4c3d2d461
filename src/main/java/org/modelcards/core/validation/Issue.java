package org.modelcards.core.validation;

import org.modelcards.core.format.TextPosition;

/**
 * One problem found in a card: the rule, how bad, the catalogue field it concerns (empty for the
 * file as a whole), what is wrong (naming the exact path, e.g.
 * {@code model-index[0].results[2].dataset.config must be a string}), how to fix it, and
 * line:column when the card came from a file.
 */
public record Issue(String ruleId, Severity severity, String fieldId, String message, String hint, TextPosition at) {
    public Issue {
        fieldId = fieldId == null ? "" : fieldId;
        hint = hint == null ? "" : hint;
        at = at == null ? TextPosition.UNKNOWN : at;
    }
}
