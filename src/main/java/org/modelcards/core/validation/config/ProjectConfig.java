package org.modelcards.core.validation.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.validation.Strictness;

/**
 * A project's {@code .modelcard.yaml}: the profile and strictness its cards are checked with, rules
 * turned off or re-graded, and the same per path (globs relative to the file's folder, later
 * overrides winning):
 *
 * <pre>{@code
 * profile: huggingface
 * strictness: draft
 * rules:
 *   HF-RECOMMENDED: off
 *   LINT-TOO-SHORT: info
 * overrides:
 *   - paths: ["legacy/**"]
 *     rules:
 *       HF-LANGUAGE: warning
 * }</pre>
 */
public final class ProjectConfig {
    /** The names a config file may have, looked for in this order in each folder. */
    public static final List<String> FILE_NAMES = List.of(".modelcard.yaml", ".modelcard.yml");
    private static final Set<String> TOP_KEYS = Set.of("profile", "strictness", "rules", "overrides");
    private static final Set<String> OVERRIDE_KEYS = Set.of("paths", "profile", "strictness", "rules");

    private final Path file;
    private final Layer base;
    private final List<Override> overrides;

    /** One layer of settings; empty parts leave the layer below as it was. */
    private record Layer(Optional<Profile> profile, Optional<Strictness> strictness, Map<String, RuleLevel> rules) {
    }

    private record Override(List<PathMatcher> paths, Layer layer) {
    }

    private ProjectConfig(Path file, Layer base, List<Override> overrides) {
        this.file = file;
        this.base = base;
        this.overrides = List.copyOf(overrides);
    }

    /** Reads a config file; {@code knownRules} are the rule ids a config may name. */
    public static ProjectConfig read(Path file, Set<String> knownRules) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(file + ": cannot be read as YAML: " + e.getMessage());
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return new ProjectConfig(file, new Layer(Optional.empty(), Optional.empty(), Map.of()), List.of());
        }
        if (!root.isObject()) {
            throw new ConfigException(file + ": must be a mapping of keys to values");
        }
        Layer base = layer(file, root, "", TOP_KEYS, knownRules);
        List<Override> overrides = new ArrayList<>();
        JsonNode list = root.path("overrides");
        if (!list.isMissingNode() && !list.isArray()) {
            throw new ConfigException(file + ": overrides must be a list");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String where = "overrides[" + i + "]";
            if (!item.isObject()) {
                throw new ConfigException(file + ": " + where + " must be a mapping with paths");
            }
            List<PathMatcher> matchers = new ArrayList<>();
            JsonNode paths = item.path("paths");
            List<JsonNode> globs = new ArrayList<>();
            if (paths.isTextual()) {
                globs.add(paths);
            } else {
                paths.forEach(globs::add);
            }
            if (globs.isEmpty()) {
                throw new ConfigException(file + ": " + where + ".paths must name at least one glob");
            }
            for (JsonNode glob : globs) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.asText()));
            }
            overrides.add(new Override(matchers, layer(file, item, where + ".", OVERRIDE_KEYS, knownRules)));
        }
        return new ProjectConfig(file, base, overrides);
    }

    private static Layer layer(Path file, JsonNode node, String prefix, Set<String> keys, Set<String> knownRules) {
        node.fieldNames().forEachRemaining(key -> {
            if (!keys.contains(key)) {
                throw new ConfigException(file + ": unknown key " + prefix + key + " (use " + String.join(", ", keys) + ")");
            }
        });
        Optional<Profile> profile = Optional.empty();
        if (node.hasNonNull("profile")) {
            String id = node.get("profile").asText();
            profile = Optional.of(Profile.byId(id).orElseThrow(() ->
                    new ConfigException(file + ": " + prefix + "profile: unknown profile " + id)));
        }
        Optional<Strictness> strictness = Optional.empty();
        if (node.hasNonNull("strictness")) {
            String id = node.get("strictness").asText();
            strictness = Optional.of(Strictness.byId(id).orElseThrow(() ->
                    new ConfigException(file + ": " + prefix + "strictness: use draft or release, not " + id)));
        }
        Map<String, RuleLevel> rules = new LinkedHashMap<>();
        JsonNode ruleNode = node.path("rules");
        if (!ruleNode.isMissingNode() && !ruleNode.isObject()) {
            throw new ConfigException(file + ": " + prefix + "rules must map rule ids to off, error, warning or info");
        }
        ruleNode.fields().forEachRemaining(entry -> {
            String id = entry.getKey();
            if (!knownRules.contains(id)) {
                throw new ConfigException(file + ": " + prefix + "rules: unknown rule " + id + " (modelcard rules lists them)");
            }
            String level = entry.getValue().asText();
            rules.put(id, RuleLevel.byName(level).orElseThrow(() -> new ConfigException(file + ": " + prefix + "rules."
                    + id + ": use off, error, warning or info, not " + level)));
        });
        return new Layer(profile, strictness, rules);
    }

    public Path file() {
        return file;
    }

    /**
     * The settings for {@code card}: {@code start} with this file's settings on top, then those of each
     * override whose globs match the card's path relative to this file's folder.
     */
    public CheckSettings settingsFor(Path card, CheckSettings start) {
        CheckSettings settings = apply(start, base);
        Path folder = file.toAbsolutePath().normalize().getParent();
        Path absolute = card.toAbsolutePath().normalize();
        if (folder == null || !absolute.startsWith(folder)) {
            return settings;
        }
        Path relative = folder.relativize(absolute);
        for (Override override : overrides) {
            if (override.paths().stream().anyMatch(m -> m.matches(relative))) {
                settings = apply(settings, override.layer());
            }
        }
        return settings;
    }

    private static CheckSettings apply(CheckSettings settings, Layer layer) {
        return settings.with(layer.profile().orElse(settings.profile()), layer.strictness().orElse(settings.strictness()),
                layer.rules());
    }
}
