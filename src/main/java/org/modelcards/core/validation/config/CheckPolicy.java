package org.modelcards.core.validation.config;

import java.nio.file.Path;
import java.util.Optional;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.validation.Strictness;

/**
 * Decides each card's settings: the defaults, then the project config found for it (or the one
 * given), then what the command line said explicitly, which always wins.
 */
public final class CheckPolicy {
    private final CheckSettings defaults;
    private final Optional<Profile> profile;
    private final Optional<Strictness> strictness;
    private final Optional<ConfigFinder> finder;
    private final Optional<ProjectConfig> fixed;

    private CheckPolicy(CheckSettings defaults, Optional<Profile> profile, Optional<Strictness> strictness,
            Optional<ConfigFinder> finder, Optional<ProjectConfig> fixed) {
        this.defaults = defaults;
        this.profile = profile;
        this.strictness = strictness;
        this.finder = finder;
        this.fixed = fixed;
    }

    /** The same settings for every card. */
    public static CheckPolicy fixed(CheckSettings settings) {
        return new CheckPolicy(settings, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Settings from the config found upward from each card, under the explicit command-line choices. */
    public static CheckPolicy searching(CheckSettings defaults, Optional<Profile> profile, Optional<Strictness> strictness,
            ConfigFinder finder) {
        return new CheckPolicy(defaults, profile, strictness, Optional.of(finder), Optional.empty());
    }

    /** Settings from one given config file, under the explicit command-line choices. */
    public static CheckPolicy withConfig(CheckSettings defaults, Optional<Profile> profile, Optional<Strictness> strictness,
            ProjectConfig config) {
        return new CheckPolicy(defaults, profile, strictness, Optional.empty(), Optional.of(config));
    }

    public CheckSettings settingsFor(Path card) {
        Optional<ProjectConfig> config = fixed.isPresent() ? fixed : finder.flatMap(f -> f.find(card));
        CheckSettings settings = config.map(c -> c.settingsFor(card, defaults)).orElse(defaults);
        return settings.with(profile.orElse(settings.profile()), strictness.orElse(settings.strictness()),
                java.util.Map.of());
    }
}
