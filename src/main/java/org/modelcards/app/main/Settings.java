package org.modelcards.app.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * What the editor remembers between runs: recent files and splitter positions. Kept in the user's
 * preferences for the app, in memory for tests so that they leave nothing behind.
 */
public final class Settings {
    private static final int RECENT = 8;
    private static final String RECENT_KEY = "recentFiles";
    private final Map<String, String> values = new HashMap<>();
    private final Optional<Preferences> store;

    private Settings(Optional<Preferences> store) {
        this.store = store;
    }

    /** Settings that persist in the user's Java preferences. */
    public static Settings persistent() {
        return new Settings(Optional.of(Preferences.userRoot().node("org/modelcards/studio")));
    }

    /** Settings that last as long as this object. */
    public static Settings inMemory() {
        return new Settings(Optional.empty());
    }

    private String get(String key) {
        return values.computeIfAbsent(key, k -> store.map(p -> p.get(k, "")).orElse(""));
    }

    /** A remembered text (theme, say), or {@code fallback}. */
    public String text(String key, String fallback) {
        String value = get(key);
        return value.isEmpty() ? fallback : value;
    }

    /** A remembered whole number (text size, window size), or {@code fallback}. */
    public int number(String key, int fallback) {
        try {
            return Integer.parseInt(text(key, String.valueOf(fallback)).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Remembers {@code value} under {@code key}. */
    public void put(String key, String value) {
        values.put(key, value);
        store.ifPresent(p -> p.put(key, value));
    }

    /** The most recently opened or saved files, newest first. */
    public List<Path> recentFiles() {
        String list = get(RECENT_KEY);
        return list.isEmpty() ? List.of() : Arrays.stream(list.split("\n")).map(Path::of).toList();
    }

    public void addRecent(Path file) {
        List<Path> recent = new ArrayList<>(recentFiles());
        Path absolute = file.toAbsolutePath().normalize();
        recent.remove(absolute);
        recent.add(0, absolute);
        put(RECENT_KEY, String.join("\n", recent.subList(0, Math.min(RECENT, recent.size())).stream()
                .map(Path::toString).toList()));
    }

    /** Saved divider positions for the splitter {@code name}, or {@code defaults}. */
    public double[] dividers(String name, double... defaults) {
        String saved = get("dividers." + name);
        try {
            double[] parsed = saved.isEmpty() ? defaults : Arrays.stream(saved.split(",")).mapToDouble(Double::parseDouble).toArray();
            return parsed.length == defaults.length ? parsed : defaults;
        } catch (NumberFormatException e) {
            return defaults;
        }
    }

    public void saveDividers(String name, double... positions) {
        put("dividers." + name, String.join(",", Arrays.stream(positions).mapToObj(p -> String.format(java.util.Locale.ROOT,
                "%.4f", p)).toList()));
    }
}
