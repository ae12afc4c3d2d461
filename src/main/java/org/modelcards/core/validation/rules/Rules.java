package org.modelcards.core.validation.rules;

import java.util.Set;
import org.modelcards.core.catalog.Profile;

/** Shorthands for declaring which profiles run a rule. */
final class Rules {
    /** The Hub's own metadata rules; the classroom profile teaches them too. */
    static final Set<Profile> HUB = Set.of(Profile.HUGGINGFACE, Profile.CLASSROOM);
    static final Set<Profile> ALL = Set.of(Profile.values());

    private Rules() {
    }
}
