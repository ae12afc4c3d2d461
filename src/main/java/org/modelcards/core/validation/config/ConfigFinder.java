package org.modelcards.core.validation.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Finds the project config that governs a card: the nearest {@code .modelcard.yaml} in the card's
 * folder or a folder above it. Thread-safe; each folder is looked at once per run.
 */
public final class ConfigFinder {
    private final Set<String> knownRules;
    private final ConcurrentMap<Path, Optional<ProjectConfig>> byFolder = new ConcurrentHashMap<>();

    public ConfigFinder(Set<String> knownRules) {
        this.knownRules = Set.copyOf(knownRules);
    }

    /** The config for {@code card}, if any; a broken config file throws {@link ConfigException}. */
    public Optional<ProjectConfig> find(Path card) {
        Path folder = card.toAbsolutePath().normalize().getParent();
        return folder == null ? Optional.empty() : inFolder(folder);
    }

    private Optional<ProjectConfig> inFolder(Path folder) {
        Optional<ProjectConfig> known = byFolder.get(folder);
        if (known != null) {
            return known;
        }
        Optional<ProjectConfig> found = Optional.empty();
        for (String name : ProjectConfig.FILE_NAMES) {
            Path candidate = folder.resolve(name);
            if (Files.isRegularFile(candidate)) {
                found = Optional.of(ProjectConfig.read(candidate, knownRules));
                break;
            }
        }
        if (found.isEmpty() && folder.getParent() != null) {
            found = inFolder(folder.getParent());
        }
        byFolder.putIfAbsent(folder, found);
        return found;
    }
}
