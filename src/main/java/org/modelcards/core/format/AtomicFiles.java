package org.modelcards.core.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes files so that a reader sees either the old content or the new, never half of it: the text
 * goes to a temporary file beside the target, is flushed to disk, and is moved over the target.
 *
 * <p>The replaced file keeps what a user set on it: its permissions and, where the process may,
 * its owner and group; a symbolic link stays a link and the file it points to is replaced. A new
 * file gets the permissions any new file gets (0666 less the umask, so usually 0644). A read-only
 * file or folder is refused before anything is written, and messages name the target, never the
 * temporary file.
 *
 * <p>Temporary files are {@code .mcs-XXXXXXXX.tmp} (short and fixed, so a target with a long name
 * still fits the file system's name limit) and are removed on any failure. Ones left by a killed
 * run are removed by the next write to the same folder once they are {@link #STALE_AFTER} old; an
 * instance does that once per folder, so a batch of writes lists each folder once.
 */
public final class AtomicFiles {
    /** Our temporary files, and only ours: stale-file clean-up never touches anything else. */
    static final Pattern TEMP_NAME = Pattern.compile("\\.mcs-[0-9a-z]{8}\\.tmp");
    /** Older temporary files are from a run that was killed; younger ones may be another writer's, in progress. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private static final int MAX_LINKS = 40;
    private static final char[] NAME_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final Set<PosixFilePermission> WRITE_BITS = Set.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private final SecureRandom random = new SecureRandom();
    private final Set<Path> swept = ConcurrentHashMap.newKeySet();

    /** A writer that cleans each folder of stale temporary files on its first write there. */
    public AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8 over {@code target}, atomically (one write: see {@link #write}). */
    public static void writeString(Path target, String text) throws IOException {
        new AtomicFiles().write(target, text);
    }

    /**
     * Writes {@code text} as UTF-8 over {@code target}, atomically.
     *
     * @throws IOException "cannot write TARGET: reason" when the file or its folder is read-only,
     *     the target is a folder, the disk is full, ...; the target is then unchanged
     */
    public void write(Path target, String text) throws IOException {
        Path file = throughLinks(target);
        Path dir = file.getParent();
        Path nearest = dir;
        while (nearest != null && !Files.exists(nearest)) {
            nearest = nearest.getParent();
        }
        if (nearest != null && !nearest.equals(dir) && (!Files.isWritable(nearest) || isReadOnly(nearest))) {
            throw new IOException("cannot write " + target + ": the folder " + nearest + " is read-only");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw failure(target, e, false, null);
        }
        Optional<PosixFileAttributes> existing = existing(target, file);
        if (!Files.isWritable(dir) || isReadOnly(dir)) {
            throw new IOException("cannot write " + target + ": the folder " + dir + " is read-only");
        }
        sweep(dir);
        Path temp = createTemp(target, dir);
        boolean moved = false;
        try {
            existing.ifPresent(attributes -> keepAttributes(temp, attributes));
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                // on disk before the move, so that a crash cannot leave the target empty
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException e) {
            throw failure(target, e, existing.isPresent(), temp);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * The file a write to {@code target} replaces: {@code target} itself (absolute), or the end of its
     * chain of symbolic links, which need not exist yet.
     */
    public static Path throughLinks(Path target) throws IOException {
        Path path = target.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == MAX_LINKS) {
                throw new IOException("cannot write " + target + ": too many levels of symbolic links");
            }
            // relative to the link's folder; not normalised, since ".." after a linked folder is the OS's to resolve
            path = path.getParent().resolve(Files.readSymbolicLink(path));
        }
        return path;
    }

    /** The target's attributes, to keep; empty for a new file. Refuses folders and read-only files. */
    private static Optional<PosixFileAttributes> existing(Path target, Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (Files.isDirectory(file)) {
            throw new IOException("cannot write " + target + ": it is a folder");
        }
        // rename replaces a file whatever its own permissions: refuse here, or read-only would mean nothing
        if (!Files.isWritable(file) || isReadOnly(file)) {
            throw new IOException("cannot write " + target + ": the file is read-only");
        }
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(view.readAttributes());
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** Whether nobody may write {@code path} by its POSIX bits (which also holds for root, whom access checks let write anything). */
    private static boolean isReadOnly(Path path) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            return permissions.stream().noneMatch(WRITE_BITS::contains);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private Path createTemp(Path target, Path dir) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve(tempName());
            try {
                // no permission attribute: the file gets what every new file gets (0666 less the umask)
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw failure(target, e, false, null);
                }
            } catch (IOException e) {
                throw failure(target, e, false, null);
            }
        }
    }

    private String tempName() {
        StringBuilder name = new StringBuilder(".mcs-");
        for (int i = 0; i < 8; i++) {
            name.append(NAME_CHARS[random.nextInt(NAME_CHARS.length)]);
        }
        return name.append(".tmp").toString();
    }

    /** The replaced file's owner, group and permissions onto the temporary file; chown is allowed to fail (not root). */
    private static void keepAttributes(Path temp, PosixFileAttributes attributes) {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return;
        }
        try {
            if (!view.getOwner().equals(attributes.owner())) {
                view.setOwner(attributes.owner());
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // only root may give a file away; the new file stays the writer's
        }
        try {
            if (!view.readAttributes().group().equals(attributes.group())) {
                view.setGroup(attributes.group());
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // a group the writer is not in
        }
        try {
            // after chown, which may clear set-id bits
            view.setPermissions(attributes.permissions());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // the file system keeps no POSIX permissions
        }
    }

    /** Removes our temporary files that a killed run left in {@code dir}, once per folder per instance. */
    private void sweep(Path dir) {
        if (!swept.add(dir)) {
            return;
        }
        Instant before = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ".mcs-*.tmp")) {
            for (Path temp : temps) {
                if (TEMP_NAME.matcher(temp.getFileName().toString()).matches() && isOlder(temp, before)) {
                    deleteQuietly(temp);
                }
            }
        } catch (IOException | RuntimeException e) {
            // clean-up is a courtesy; the write goes ahead
        }
    }

    private static boolean isOlder(Path temp, Instant before) throws IOException {
        FileTime modified = Files.getLastModifiedTime(temp, LinkOption.NOFOLLOW_LINKS);
        return Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS) && modified.toInstant().isBefore(before);
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the next write to this folder removes it once stale
        }
    }

    /** "cannot write TARGET: reason", in words and without the temporary file's name. */
    private static IOException failure(Path target, IOException e, boolean targetExists, Path temp) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = targetExists ? "permission denied" : "permission denied (the folder is not writable)";
        } else if (e instanceof NoSuchFileException) {
            reason = "the folder does not exist";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            reason = words(fs.getReason());
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        if (temp != null) {
            reason = reason.replace(temp.toString(), target.toString());
        }
        // no cause: its message names the temporary file, which means nothing to the user
        return new IOException("cannot write " + target + ": " + reason);
    }

    /** The operating system's reason, lower-cased to read as part of a sentence ("Read-only file system" -> "read-only file system"). */
    private static String words(String reason) {
        return reason.isEmpty() ? reason : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}
