package org.modelcards.core.review;

/**
 * One difference in meaning between two cards: a field, a list item, a table row or one of its
 * cells added, removed or changed. {@code path} names it for people, e.g.
 * {@code evaluation.results[accuracy on Shop Reviews, test, slice long reviews].value}.
 */
public record Change(String fieldId, String path, Kind kind, String before, String after) {
    /** What happened to the value. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    public Change {
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }
}
