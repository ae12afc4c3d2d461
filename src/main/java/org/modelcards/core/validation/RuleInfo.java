package org.modelcards.core.validation;

import java.util.Set;
import org.modelcards.core.catalog.Profile;

/**
 * What a rule is: a stable id such as {@code HF-LICENSE-OTHER}, its severity for a release and for a
 * draft, the profiles that run it, a one-line description, and where it comes from.
 */
public record RuleInfo(String id, Severity release, Severity draft, Set<Profile> profiles, RuleSource source,
        String description) {
    public RuleInfo {
        profiles = Set.copyOf(profiles);
    }

    /** A rule whose severity does not depend on strictness. */
    public static RuleInfo of(String id, Severity severity, Set<Profile> profiles, RuleSource source, String description) {
        return new RuleInfo(id, severity, severity, profiles, source, description);
    }

    public Severity severity(Strictness strictness) {
        return strictness == Strictness.RELEASE ? release : draft;
    }

    /** Whether the rule runs under {@code profile}. */
    public boolean appliesTo(Profile profile) {
        return profiles.contains(profile);
    }
}
