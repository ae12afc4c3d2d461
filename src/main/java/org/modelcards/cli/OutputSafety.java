package org.modelcards.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.modelcards.cli.report.ConsoleText;
import org.modelcards.core.format.AtomicFiles;

/**
 * Where {@code convert} may write, decided by what the file system says rather than by how paths
 * are spelled: an output is an input when they are the same file (same file key, so through
 * symbolic links, hard links and {@code ..}), an output into a folder must stay inside that folder
 * after following links, and two inputs must not be given the same output name.
 */
final class OutputSafety {
    private final Set<Object> inputs = new HashSet<>();

    OutputSafety(List<Path> inputFiles) {
        for (Path input : inputFiles) {
            identity(input).ifPresent(inputs::add);
        }
    }

    /** Whether writing {@code target} would replace one of the inputs. */
    boolean isInput(Path target) {
        return identity(target).map(inputs::contains).orElse(false);
    }

    /**
     * Why writing {@code target} would leave {@code folder} (through a symbolic link to a folder or a
     * file outside it), or empty when it stays inside.
     */
    static Optional<String> leaves(Path folder, Path target) {
        try {
            Path root = real(folder);
            Path written = real(AtomicFiles.throughLinks(target));
            if (written.startsWith(root)) {
                return Optional.empty();
            }
            Path link = firstLink(folder.toAbsolutePath(), target.toAbsolutePath());
            return Optional.of(ConsoleText.escape(target) + ": not written: " + ConsoleText.escape(link)
                    + " is a symbolic link out of the output folder " + ConsoleText.escape(folder) + " (to "
                    + ConsoleText.escape(real(link)) + ")");
        } catch (IOException e) {
            return Optional.of(ConsoleText.escape(target) + ": not written: cannot tell where it leads: " + ConsoleText.escape(e.getMessage()));
        }
    }

    /**
     * Each pair of jobs that would write the same file (or files whose names differ only in letter
     * case, which macOS and Windows take as one), as lines naming both inputs; empty when there are none.
     */
    static List<String> collisions(List<Path> inputsInOrder, List<Path> targets) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Path target = real(targets.get(i));
            Integer earlier = seen.putIfAbsent(target.toString().toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                boolean same = real(targets.get(earlier)).equals(target);
                lines.add(ConsoleText.escape(targets.get(i)) + ": " + ConsoleText.escape(inputsInOrder.get(earlier)) + " and "
                        + ConsoleText.escape(inputsInOrder.get(i)) + (same ? " would both be written here"
                        : " would be written to names that differ only in letter case (" + ConsoleText.escape(targets.get(earlier))
                        + "), one file on macOS and Windows") + "; nothing was written (rename one input, or convert them separately)");
            }
        }
        return lines;
    }

    /** What identifies {@code path}'s file: its file key (device and inode) or, where there is none, its real path. */
    private static Optional<Object> identity(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            Object key = attributes.fileKey();
            return Optional.of(key != null ? key : path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code path} with every link in its existing part resolved; the part that does not exist yet is kept as written. */
    static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute.normalize();
        }
        return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    }

    /** The first symbolic link on the way from {@code folder} down to {@code target}, for the message. */
    private static Path firstLink(Path folder, Path target) {
        Path at = folder;
        for (Path part : folder.relativize(target)) {
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                return at;
            }
        }
        return target;
    }
}
