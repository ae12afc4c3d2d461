package org.modelcards.core.review;

import java.util.List;
import org.modelcards.core.validation.Completeness;
import org.modelcards.core.validation.Issue;

/**
 * What a proposed card changes and whether it got better: the changes in meaning, the issues it
 * fixes and introduces, and completeness before and after, under one profile.
 */
public record Review(List<Change> changes, List<Issue> fixed, List<Issue> introduced, Completeness before,
        Completeness after) {
    public Review {
        changes = List.copyOf(changes);
        fixed = List.copyOf(fixed);
        introduced = List.copyOf(introduced);
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }
}
