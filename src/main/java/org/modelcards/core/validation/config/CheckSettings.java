package org.modelcards.core.validation.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.validation.Strictness;

/** How one card is checked: profile, strictness, and the rules a project turned off or re-graded. */
public record CheckSettings(Profile profile, Strictness strictness, Map<String, RuleLevel> rules) {
    public CheckSettings {
        rules = Map.copyOf(rules);
    }

    public static CheckSettings of(Profile profile, Strictness strictness) {
        return new CheckSettings(profile, strictness, Map.of());
    }

    /** These settings with {@code more} rule levels on top (later ones win). */
    CheckSettings with(Profile newProfile, Strictness newStrictness, Map<String, RuleLevel> more) {
        Map<String, RuleLevel> merged = new LinkedHashMap<>(rules);
        merged.putAll(more);
        return new CheckSettings(newProfile, newStrictness, merged);
    }
}
