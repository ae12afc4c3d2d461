package org.modelcards.app.recovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.modelcards.core.format.AtomicFiles;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.ModelCard;

/**
 * Unsaved work kept in a recovery folder: one native JSON snapshot per open document, written
 * atomically, removed when the document is saved or closed. What is left after a crash is offered
 * back at the next start.
 */
public final class RecoveryStore {
    private static final String SUFFIX = ".recovery.modelcard.json";
    private static final String ORIGIN_SUFFIX = ".origin";
    private final Path folder;
    private final NativeJsonFormat json = new NativeJsonFormat();

    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    /** The default place, in the user's home: survives a crash, never beside the card itself. */
    public static RecoveryStore inUserHome() {
        return new RecoveryStore(Path.of(System.getProperty("user.home"), ".modelcard-studio", "recovery"));
    }

    /** A snapshot that can be restored: the card, the file it belonged to (if any) and when it was kept. */
    public record Snapshot(String key, ModelCard card, Optional<Path> origin, Instant savedAt) {
    }

    /** Keeps {@code card} under {@code key}, replacing the previous snapshot of that document. */
    public void keep(String key, ModelCard card, Optional<Path> origin) throws IOException {
        AtomicFiles.writeString(folder.resolve(key + SUFFIX), json.write(card).text());
        AtomicFiles.writeString(folder.resolve(key + ORIGIN_SUFFIX), origin.map(Path::toString).orElse(""));
    }

    /** Forgets the snapshot of {@code key} (the document was saved or closed without changes). */
    public void discard(String key) throws IOException {
        Files.deleteIfExists(folder.resolve(key + SUFFIX));
        Files.deleteIfExists(folder.resolve(key + ORIGIN_SUFFIX));
    }

    /** The snapshots left behind, newest first; unreadable ones are skipped, not fatal. */
    public List<Snapshot> leftovers() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Snapshot> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                String name = file.getFileName().toString();
                String key = name.substring(0, name.length() - SUFFIX.length());
                try {
                    ModelCard card = json.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
                    Path originFile = folder.resolve(key + ORIGIN_SUFFIX);
                    String origin = Files.exists(originFile) ? Files.readString(originFile, StandardCharsets.UTF_8) : "";
                    found.add(new Snapshot(key, card, origin.isBlank() ? Optional.empty() : Optional.of(Path.of(origin)),
                            Files.getLastModifiedTime(file).toInstant()));
                } catch (CardReadException | IOException e) {
                    // a half-written or foreign file is not worth a crash at start-up
                }
            }
        }
        found.sort(Comparator.comparing(Snapshot::savedAt).reversed());
        return found;
    }
}
