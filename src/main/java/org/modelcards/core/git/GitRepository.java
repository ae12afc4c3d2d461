package org.modelcards.core.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A git work tree, asked through the {@code git} command (so it sees exactly what the user's git
 * sees: config, worktrees, sparse checkouts). Paths given to it are on disk, or relative to the
 * repository's top folder as git writes them in {@code REV:PATH}; answers never print anything,
 * and every failure is a {@link GitException} saying which of its kinds it is.
 */
public final class GitRepository {
    private final Path root;

    private GitRepository(Path root) {
        this.root = root;
    }

    /** The repository whose work tree holds {@code folder} (a file's folder is taken for a file). */
    public static GitRepository at(Path folder) throws GitException {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.isRegularFile(dir)) {
            dir = dir.getParent();
        }
        if (!Files.isDirectory(dir)) {
            throw new GitException(GitException.Kind.NOT_A_REPOSITORY, dir + " is not a folder");
        }
        Result top = run(dir, "rev-parse", "--show-toplevel");
        if (!top.ok()) {
            throw new GitException(GitException.Kind.NOT_A_REPOSITORY, dir + " is not in a git repository");
        }
        return new GitRepository(Path.of(top.text().strip()).toAbsolutePath().normalize());
    }

    /** The top folder of the work tree. */
    public Path root() {
        return root;
    }

    /** {@code file}'s path relative to the top folder, with forward slashes, as git names it. */
    public String pathOf(Path file) throws GitException {
        Path absolute = file.toAbsolutePath().normalize();
        Path real = absolute;
        try {
            real = absolute.getParent() == null ? absolute
                    : absolute.getParent().toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            // a folder that does not exist: compare the path as written
        }
        Path base = root;
        try {
            base = root.toRealPath();
        } catch (IOException e) {
            // keep the path git gave
        }
        if (!real.startsWith(base)) {
            throw new GitException(GitException.Kind.NO_SUCH_PATH, file + " is outside the repository " + root);
        }
        return base.relativize(real).toString().replace('\\', '/');
    }

    /** The bytes of {@code path} (relative to the top folder) in commit {@code rev}. */
    public byte[] show(String rev, String path) throws GitException {
        requireCommit(rev);
        String object = rev + ":" + path;
        if (!run(root, "cat-file", "-e", object).ok()) {
            throw new GitException(GitException.Kind.NO_SUCH_PATH, rev + " has no file " + path);
        }
        Result blob = run(root, "cat-file", "blob", object);
        if (!blob.ok()) {
            throw failed(blob);
        }
        return blob.out();
    }

    /** Whether commit {@code rev} exists and has a file at {@code path}. */
    public boolean exists(String rev, String path) throws GitException {
        return isCommit(rev) && run(root, "cat-file", "-e", rev + ":" + path).ok();
    }

    /**
     * The files that differ between commit {@code rev} and the work tree, added, copied, modified or
     * renamed (not deleted: there is nothing to check), relative to the top folder, in git's order.
     */
    public List<String> changedSince(String rev) throws GitException {
        requireCommit(rev);
        Result diff = run(root, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACMR", rev, "--");
        if (!diff.ok()) {
            throw failed(diff);
        }
        List<String> paths = new ArrayList<>();
        for (String name : diff.text().split("\0")) {
            if (!name.isEmpty()) {
                paths.add(name);
            }
        }
        return List.copyOf(paths);
    }

    /** The commits that changed {@code file}, newest first, following renames; empty when it was never committed. */
    public List<Commit> history(Path file) throws GitException {
        String path = pathOf(file);
        Result log = run(root, "log", "--follow", "--name-only", "-z",
                "--format=%x1e%H%x1f%h%x1f%an%x1f%aI%x1f%s", "--", path);
        if (!log.ok()) {
            if (log.err().contains("does not have any commits")) {
                return List.of();
            }
            throw failed(log);
        }
        List<Commit> commits = new ArrayList<>();
        for (String record : log.text().split("\u001e")) {
            if (record.isBlank()) {
                continue;
            }
            // with -z: the header, NUL, a newline, then the file's name in that commit, NUL
            String[] parts = record.split("\0");
            String[] header = parts[0].split("\u001f", 5);
            String name = parts.length > 1 ? parts[1].strip() : "";
            if (header.length == 5) {
                commits.add(new Commit(header[0], header[1], header[2], header[3], header[4],
                        name.isEmpty() ? path : name));
            }
        }
        return List.copyOf(commits);
    }

    private void requireCommit(String rev) throws GitException {
        if (!isCommit(rev)) {
            throw new GitException(GitException.Kind.UNKNOWN_REVISION, "unknown revision " + rev + " in " + root);
        }
    }

    private boolean isCommit(String rev) throws GitException {
        // "--" and a leading dash would be read as options: no revision starts with one
        return !rev.isEmpty() && !rev.startsWith("-")
                && run(root, "rev-parse", "--verify", "--quiet", rev + "^{commit}").ok();
    }

    private static GitException failed(Result result) {
        String message = result.err().strip();
        return new GitException(GitException.Kind.FAILED, message.isEmpty() ? "git failed" : message);
    }

    private record Result(int code, byte[] out, String err) {
        boolean ok() {
            return code == 0;
        }

        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    /** Runs git in {@code dir} with no prompt and no pager; both streams are drained so neither can block. */
    private static Result run(Path dir, String... args) throws GitException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString(), "-c", "core.quotepath=off"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        builder.environment().put("GIT_PAGER", "cat");
        builder.environment().put("LC_ALL", "C");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new GitException(GitException.Kind.GIT_MISSING, "the git command was not found: " + e.getMessage());
        }
        try {
            process.getOutputStream().close(); // git reads nothing from us
        } catch (IOException e) {
            // already closed
        }
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        byte[] out = readAll(process.getInputStream());
        try {
            int code = process.waitFor();
            return new Result(code, out, new String(err.join(), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new GitException(GitException.Kind.FAILED, "interrupted while git ran");
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
            in.transferTo(buffer);
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
