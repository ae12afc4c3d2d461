package org.modelcards.app.recovery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.modelcards.app.document.CardDocument;
import org.modelcards.core.formats.OpenedCard;
import org.modelcards.core.format.AtomicFiles;
import org.modelcards.core.model.ModelCard;

/**
 * Unsaved work kept in a recovery folder, one subfolder per running instance of the editor.
 *
 * <p>Each instance writes its snapshots into its own folder and holds a {@link FileLock} on the
 * folder's lock file for as long as it runs. The operating system frees that lock when the process
 * dies, however it dies, so a folder whose lock can be taken belongs to an instance that is gone:
 * its snapshots are <em>orphans</em>, offered back at the next start. A live instance's folder is
 * never read, offered or deleted by another. While an orphan is being offered, this instance holds
 * its lock, so two instances starting together do not both offer (or delete) the same work.
 *
 * <p>A snapshot holds the card, the file it belongs to, that file's format and its text as opened
 * or last saved, so that restoring gives the original file plus the recovered edits. Snapshots are
 * deleted only when the work was saved or the user discarded it.
 */
public final class RecoveryStore implements AutoCloseable {
    private static final String LOCK = "instance.lock";

    private final Path root;
    private final Path own;
    private final long pid;
    private final FileLock ownLock;
    private final SnapshotFiles snapshotFiles = new SnapshotFiles();
    /** Folders of dead instances this one holds the lock of while their snapshots are offered. */
    private final Map<Path, FileLock> claims = new LinkedHashMap<>();
    private boolean closed;

    private RecoveryStore(Path root, Path own, FileLock ownLock, long pid) {
        this.root = root;
        this.own = own;
        this.ownLock = ownLock;
        this.pid = pid;
    }

    /** Where the editor keeps unsaved work: in the user's home, never beside the card itself. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("user.home"), ".modelcard-studio", "recovery");
    }

    /** Unsaved drafts are the user's alone: the folders are 0700 where the file system has POSIX permissions. */
    private static void privateToTheUser(Path folder) {
        try {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system (or not ours to change): the drafts keep the folder's own permissions
        }
    }

    /** Joins the recovery folder {@code root} as a new instance: its own folder, locked until {@link #close()}. */
    public static RecoveryStore open(Path root) throws IOException {
        long pid = ProcessHandle.current().pid();
        Files.createDirectories(root);
        privateToTheUser(root);
        for (int attempt = 0; attempt < 5; attempt++) {
            Path own = root.resolve("instance-" + pid + "-" + UUID.randomUUID().toString().substring(0, 8));
            Files.createDirectory(own);
            privateToTheUser(own);
            FileChannel channel = FileChannel.open(own.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock != null) {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((pid + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(false);
                return new RecoveryStore(root, own, lock, pid);
            }
            // another instance took the fresh folder for an orphan between its creation and our lock
            channel.close();
        }
        throw new IOException("could not lock a recovery folder in " + root);
    }

    /** The work a snapshot keeps: the card and, when it belongs to a file, that file as opened or last saved. */
    public record Work(ModelCard card, Optional<Path> file, Optional<String> formatId, Optional<String> original) {
        /** What {@code doc} holds now; cheap (immutable values), so it is taken on the FX thread and written elsewhere. */
        public static Work of(CardDocument doc) {
            Optional<OpenedCard> source = doc.source();
            return new Work(doc.card(), doc.file(), source.map(s -> s.format().id()), source.map(OpenedCard::text));
        }
    }

    /**
     * Work left behind: where it is kept, its key, what it holds, when it was kept and by which
     * process (0 when not known, for snapshots of older versions).
     */
    public record Snapshot(Path location, String key, Work work, Instant keptAt, long pid) {
        public ModelCard card() {
            return work.card();
        }

        public Optional<Path> origin() {
            return work.file();
        }
    }

    /** A key for a new document of this instance. */
    public String newKey() {
        return UUID.randomUUID().toString();
    }

    /** The process id of this instance, as written in its lock file. */
    public long pid() {
        return pid;
    }

    /** Keeps {@code work} under {@code key}, atomically replacing this instance's previous snapshot of that document. */
    public synchronized void keep(String key, Work work) throws IOException {
        ensureOpen();
        AtomicFiles.writeString(ownSnapshot(key), snapshotFiles.serialise(work, Instant.now(), pid));
    }

    /** Forgets this instance's snapshot of {@code key}: the document was saved or the user chose not to keep it. */
    public synchronized void discard(String key) throws IOException {
        Files.deleteIfExists(ownSnapshot(key));
    }

    /** This instance's own snapshots (for tests and diagnostics). */
    public synchronized List<Snapshot> mine() throws IOException {
        return newestFirst(snapshotsIn(own));
    }

    /**
     * Every snapshot left by instances that are no longer running, newest first; unreadable ones are
     * skipped (and kept). Their folders stay locked by this instance until {@link #release()},
     * {@link #adopt}, {@link #discard(Snapshot)} or {@link #close()}.
     */
    public synchronized List<Snapshot> orphans() throws IOException {
        ensureOpen();
        List<Snapshot> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.sorted().toList()) {
                if (entry.equals(own)) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    if (claim(entry)) {
                        List<Snapshot> left = snapshotsIn(entry);
                        found.addAll(left);
                        forgetIfEmpty(entry);
                    }
                } else if (entry.getFileName().toString().endsWith(SnapshotFiles.LEGACY)) {
                    snapshotFiles.readLegacy(entry).ifPresent(found::add);
                }
            }
        }
        return newestFirst(found);
    }

    /**
     * Takes an orphan over as this instance's snapshot of {@code key} (the work is being restored
     * here): moved, not copied, so it is never lost and never offered twice.
     */
    public synchronized void adopt(Snapshot orphan, String key) throws IOException {
        ensureOpen();
        Path folder = orphan.location().getParent();
        if (orphan.location().getFileName().toString().endsWith(SnapshotFiles.LEGACY)) {
            AtomicFiles.writeString(ownSnapshot(key), snapshotFiles.serialise(orphan.work(), orphan.keptAt(), pid));
            SnapshotFiles.deleteLegacy(orphan.location());
            return;
        }
        requireClaimed(folder);
        move(orphan.location(), ownSnapshot(key));
        forgetIfEmpty(folder);
    }

    /** Deletes an orphan the user chose to discard. */
    public synchronized void discard(Snapshot orphan) throws IOException {
        Path folder = orphan.location().getParent();
        if (orphan.location().getFileName().toString().endsWith(SnapshotFiles.LEGACY)) {
            SnapshotFiles.deleteLegacy(orphan.location());
            return;
        }
        requireClaimed(folder);
        Files.deleteIfExists(orphan.location());
        forgetIfEmpty(folder);
    }

    /** Lets go of the orphans not restored or discarded: they stay, to be offered again. */
    public synchronized void release() {
        for (FileLock lock : claims.values()) {
            closeQuietly(lock);
        }
        claims.clear();
    }

    /**
     * Leaves the recovery folder on a normal exit: releases every lock, and removes this instance's
     * folder when it holds no snapshot (one left behind, say a save that failed, becomes an orphan
     * and is offered at the next start).
     */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        release();
        boolean empty = holdsNothing(own);
        closeQuietly(ownLock);
        if (empty) {
            Files.deleteIfExists(own.resolve(LOCK));
            deleteFolderIfEmpty(own);
        }
    }

    private Path ownSnapshot(String key) {
        return own.resolve(key + SnapshotFiles.SNAPSHOT);
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("the recovery store is closed");
        }
    }

    /** Whether {@code folder} belongs to a dead instance, taking its lock if so; a live one's lock is held by it. */
    private boolean claim(Path folder) throws IOException {
        if (claims.containsKey(folder)) {
            return true;
        }
        Path lockFile = folder.resolve(LOCK);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            return false;
        }
        FileLock lock = tryLock(channel);
        if (lock == null) {
            channel.close();
            return false;
        }
        claims.put(folder, lock);
        return true;
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held in this very JVM: another store, alive
        }
    }

    private void requireClaimed(Path folder) throws IOException {
        if (!claims.containsKey(folder)) {
            throw new IOException(folder + " is not an orphan held by this instance");
        }
    }

    /**
     * A dead instance's folder with nothing left in it goes (with the temporary files of writes it
     * never finished: a snapshot is only ever complete once moved into place).
     */
    private void forgetIfEmpty(Path folder) throws IOException {
        if (holdsNothing(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path temp : files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList()) {
                    Files.deleteIfExists(temp);
                }
            }
            FileLock lock = claims.remove(folder);
            Files.deleteIfExists(folder.resolve(LOCK));
            if (lock != null) {
                closeQuietly(lock);
            }
            deleteFolderIfEmpty(folder);
        }
    }

    /** Whether {@code folder} has nothing but its lock and temporary files: any snapshot, even unreadable, keeps it. */
    private static boolean holdsNothing(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).allMatch(name -> name.equals(LOCK) || name.endsWith(".tmp"));
        }
    }

    private static void deleteFolderIfEmpty(Path folder) throws IOException {
        try {
            Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException e) {
            // something appeared meanwhile (a temporary file of an interrupted write): leave it
        }
    }

    private List<Snapshot> snapshotsIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Snapshot> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SnapshotFiles.SNAPSHOT)).toList()) {
                snapshotFiles.read(file).ifPresent(found::add);
            }
        }
        return found;
    }

    private static List<Snapshot> newestFirst(List<Snapshot> snapshots) {
        List<Snapshot> sorted = new ArrayList<>(snapshots);
        sorted.sort(Comparator.comparing(Snapshot::keptAt).reversed().thenComparing(s -> s.location().toString()));
        return List.copyOf(sorted);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void closeQuietly(FileLock lock) {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below frees it anyway
        }
        try {
            lock.channel().close();
        } catch (IOException e) {
            // the lock dies with the process at the latest
        }
    }
}
