package org.modelcards.core.validation;

import java.util.Set;
import org.modelcards.core.catalog.Profile;

/**
 * What a rule is: a stable id such as {@code HF-LICENSE-OTHER}, its severity for a release and for a
 * draft, the profiles that run it, a one-line description, where it comes from, and for a rule that
 * can report an error the exact place in the Hub's sources (file and line, or doc page) that makes it
 * one.
 */
public record RuleInfo(String id, Severity release, Severity draft, Set<Profile> profiles, RuleSource source,
        String description, String citation) {
    public RuleInfo {
        profiles = Set.copyOf(profiles);
        citation = citation == null ? "" : citation;
    }

    public RuleInfo(String id, Severity release, Severity draft, Set<Profile> profiles, RuleSource source,
            String description) {
        this(id, release, draft, profiles, source, description, "");
    }

    /** A rule whose severity does not depend on strictness. */
    public static RuleInfo of(String id, Severity severity, Set<Profile> profiles, RuleSource source, String description) {
        return new RuleInfo(id, severity, severity, profiles, source, description);
    }

    /** This rule with {@code where} as its citation. */
    public RuleInfo cite(String where) {
        return new RuleInfo(id, release, draft, profiles, source, description, where);
    }

    public Severity severity(Strictness strictness) {
        return strictness == Strictness.RELEASE ? release : draft;
    }

    /** Whether the rule runs under {@code profile}. */
    public boolean appliesTo(Profile profile) {
        return profiles.contains(profile);
    }
}
