package org.modelcards.core.format;

import com.fasterxml.jackson.core.JsonPointer;

/**
 * A JSON value of the wrong shape for a card (an object where text belongs), at a JSON Pointer; the
 * reader that catches it turns the pointer into a line and column with {@link JsonText#locate}.
 */
public final class ShapeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient JsonPointer at;

    public ShapeException(JsonPointer at, String message) {
        super(message);
        this.at = at;
    }

    /** Where the value is, e.g. {@code /details/name}. */
    public JsonPointer at() {
        return at;
    }
}
