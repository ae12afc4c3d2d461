package org.modelcards.core.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reviewer's work on one review: which checklist items are ticked, comments per field or section
 * id, and which changed fields keep the base value instead of the proposed one. Immutable; each
 * decision returns a new state.
 */
public record ReviewState(List<ChecklistItem> checklist, Set<String> ticked, Map<String, String> comments,
        Set<String> keptBase) {
    public ReviewState {
        checklist = List.copyOf(checklist);
        ticked = Set.copyOf(ticked);
        comments = Map.copyOf(comments);
        keptBase = Set.copyOf(keptBase);
    }

    public static ReviewState start(List<ChecklistItem> checklist) {
        return new ReviewState(checklist, Set.of(), Map.of(), Set.of());
    }

    public ReviewState tick(String itemId, boolean done) {
        Set<String> next = new java.util.HashSet<>(ticked);
        if (done) {
            next.add(itemId);
        } else {
            next.remove(itemId);
        }
        return new ReviewState(checklist, next, comments, keptBase);
    }

    /** Sets the comment on a field or section id; a blank comment removes it. */
    public ReviewState comment(String id, String text) {
        Map<String, String> next = new LinkedHashMap<>(comments);
        if (text == null || text.isBlank()) {
            next.remove(id);
        } else {
            next.put(id, text.strip());
        }
        return new ReviewState(checklist, ticked, next, keptBase);
    }

    /** Keeps the base value of {@code fieldId} (true) or accepts the proposed one (false). */
    public ReviewState keepBase(String fieldId, boolean keep) {
        Set<String> next = new java.util.HashSet<>(keptBase);
        if (keep) {
            next.add(fieldId);
        } else {
            next.remove(fieldId);
        }
        return new ReviewState(checklist, ticked, comments, next);
    }
}
