package org.modelcards.core.validation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modelcards.core.format.AtomicFiles;

/**
 * Known findings, so that CI fails only on new ones. A finding is known by its file (relative to the
 * baseline's folder), rule, field and message, never by its line: editing lines above a known problem
 * does not make it new. Each known finding absorbs one finding; a second, identical one is new.
 *
 * <p>Not thread-safe: {@link #remove} is called for each file's result in turn.
 */
public final class Baseline {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VERSION = 1;

    /** A finding's identity. */
    public record Key(String path, String rule, String field, String message) {
    }

    private final Path folder;
    private final Map<Key, Integer> remaining;

    private Baseline(Path folder, Map<Key, Integer> known) {
        this.folder = folder;
        this.remaining = new HashMap<>(known);
    }

    /** An empty baseline whose paths are relative to {@code file}'s folder. */
    public static Baseline empty(Path file) {
        return new Baseline(folderOf(file), Map.of());
    }

    /** Reads a baseline written by {@link Writer}. */
    public static Baseline read(Path file) throws IOException {
        JsonNode root = JSON.readTree(Files.readString(file));
        if (root == null || !root.path("findings").isArray()) {
            throw new IOException(file + ": not a modelcard baseline (no findings list)");
        }
        Map<Key, Integer> known = new HashMap<>();
        for (JsonNode f : root.get("findings")) {
            known.merge(new Key(f.path("path").asText(), f.path("rule").asText(), f.path("field").asText(),
                    f.path("message").asText()), 1, Integer::sum);
        }
        return new Baseline(folderOf(file), known);
    }

    /** {@code result} without the findings this baseline knows (each known finding is used up once). */
    public FileValidation remove(FileValidation result) {
        if (remaining.isEmpty()) {
            return result;
        }
        List<Issue> kept = new ArrayList<>();
        String path = relative(folder, result.path());
        for (Issue issue : result.report().issues()) {
            Key key = key(path, issue);
            Integer count = remaining.get(key);
            if (count == null) {
                kept.add(issue);
            } else if (count == 1) {
                remaining.remove(key);
            } else {
                remaining.put(key, count - 1);
            }
        }
        return kept.size() == result.report().issues().size() ? result
                : new FileValidation(result.path(), result.readable(), new ValidationReport(kept, result.report().completeness()));
    }

    private static Key key(String path, Issue issue) {
        return new Key(path, issue.ruleId(), issue.fieldId(), issue.message());
    }

    /** Collects the findings of a run and writes them as a baseline file. */
    public static final class Writer {
        private final Path file;
        private final Path folder;
        private final List<Key> keys = new ArrayList<>();

        public Writer(Path file) {
            this.file = file;
            this.folder = folderOf(file);
        }

        public void add(FileValidation result) {
            String path = relative(folder, result.path());
            result.report().issues().forEach(issue -> keys.add(key(path, issue)));
        }

        public int size() {
            return keys.size();
        }

        public void write() throws IOException {
            StringWriter out = new StringWriter();
            try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
                json.useDefaultPrettyPrinter();
                json.writeStartObject();
                json.writeNumberField("version", VERSION);
                json.writeArrayFieldStart("findings");
                for (Key key : keys) {
                    json.writeStartObject();
                    json.writeStringField("path", key.path());
                    json.writeStringField("rule", key.rule());
                    json.writeStringField("field", key.field());
                    json.writeStringField("message", key.message());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            AtomicFiles.writeString(file, out + "\n");
        }
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? file.toAbsolutePath().getRoot() : parent;
    }

    /** The card's path relative to the baseline's folder, with forward slashes, so a baseline works on any OS. */
    private static String relative(Path folder, Path card) {
        Path absolute = card.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(folder) ? folder.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
