package org.modelcards.app.recovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.modelcards.app.recovery.RecoveryStore.Snapshot;
import org.modelcards.app.recovery.RecoveryStore.Work;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.ModelCard;

/**
 * The recovery snapshot file format, apart from where the files live and who holds them
 * ({@link RecoveryStore}): one JSON file per snapshot with the card (as native JSON text), the file
 * it belongs to, its format and original text, when it was kept and by which process; and the
 * loose files of versions before per-instance folders, still read.
 */
final class SnapshotFiles {
    static final String SNAPSHOT = ".snapshot.json";
    /** Snapshots of versions before per-instance folders: loose in the recovery folder, never locked. */
    static final String LEGACY = ".recovery.modelcard.json";
    private static final String LEGACY_ORIGIN = ".origin";
    private static final int FORMAT_VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper();
    private final NativeJsonFormat json = new NativeJsonFormat();

    /** A snapshot file's text for {@code work}, kept at {@code keptAt} by process {@code pid}. */
    String serialise(Work work, Instant keptAt, long pid) throws IOException {
        ObjectNode node = mapper.createObjectNode();
        node.put("recoveryFormat", FORMAT_VERSION);
        node.put("pid", pid);
        node.put("keptAt", keptAt.toString());
        work.file().ifPresent(f -> node.put("file", f.toString()));
        work.formatId().ifPresent(f -> node.put("format", f));
        work.original().ifPresent(t -> node.put("original", t));
        // the card as native JSON text, not a tree: a tree would turn 0.910 into 0.91
        node.put("card", json.write(work.card()).text());
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    /** A snapshot file, or nothing when it is half-written or foreign (not worth failing the start for). */
    Optional<Snapshot> read(Path file) {
        try {
            JsonNode node = mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (node == null || !node.isObject() || !node.path("card").isTextual()) {
                return Optional.empty();
            }
            ModelCard card = json.read(node.get("card").asText(), file.toString());
            Work work = new Work(card, text(node, "file").map(Path::of), text(node, "format"), text(node, "original"));
            Instant keptAt;
            try {
                keptAt = Instant.parse(node.path("keptAt").asText());
            } catch (DateTimeParseException e) {
                keptAt = Files.getLastModifiedTime(file).toInstant();
            }
            String name = file.getFileName().toString();
            return Optional.of(new Snapshot(file, name.substring(0, name.length() - SNAPSHOT.length()), work, keptAt,
                    node.path("pid").asLong(0)));
        } catch (IOException | CardReadException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** A snapshot of an older version: the card and the path of its file, nothing to restore against. */
    Optional<Snapshot> readLegacy(Path file) {
        String name = file.getFileName().toString();
        String key = name.substring(0, name.length() - LEGACY.length());
        try {
            ModelCard card = json.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            Path originFile = file.resolveSibling(key + LEGACY_ORIGIN);
            String origin = Files.exists(originFile) ? Files.readString(originFile, StandardCharsets.UTF_8).strip() : "";
            Work work = new Work(card, origin.isEmpty() ? Optional.empty() : Optional.of(Path.of(origin)),
                    Optional.empty(), Optional.empty());
            return Optional.of(new Snapshot(file, key, work, Files.getLastModifiedTime(file).toInstant(), 0));
        } catch (IOException | CardReadException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void deleteLegacy(Path file) throws IOException {
        String name = file.getFileName().toString();
        Files.deleteIfExists(file.resolveSibling(name.substring(0, name.length() - LEGACY.length()) + LEGACY_ORIGIN));
        Files.deleteIfExists(file);
    }
}
