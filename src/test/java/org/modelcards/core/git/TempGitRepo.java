package org.modelcards.core.git;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A throw-away git repository for tests: files written, committed, and git run in it. Skips the test when git is absent. */
public final class TempGitRepo {
    private final Path dir;

    private TempGitRepo(Path dir) {
        this.dir = dir;
    }

    /** Initialises a repository in {@code dir} on branch main, with a fixed author; skips the test without git. */
    public static TempGitRepo init(Path dir) throws IOException, InterruptedException {
        assumeTrue(gitAvailable(), "git is not installed");
        Files.createDirectories(dir);
        TempGitRepo repo = new TempGitRepo(dir);
        repo.git("init", "-q", "-b", "main");
        repo.git("config", "user.email", "test@example.org");
        repo.git("config", "user.name", "Test Author");
        repo.git("config", "commit.gpgsign", "false");
        return repo;
    }

    public static boolean gitAvailable() {
        try {
            return new ProcessBuilder("git", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public Path dir() {
        return dir;
    }

    /** Writes {@code text} to {@code path} (relative to the repository), creating folders. */
    public Path write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Copies {@code source} to {@code path} in the repository. */
    public Path copy(Path source, String path) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.copy(source, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /** Stages everything and commits it with {@code message}; returns the new commit's id. */
    public String commitAll(String message) throws IOException, InterruptedException {
        git("add", "-A");
        git("commit", "-q", "-m", message);
        return git("rev-parse", "HEAD").strip();
    }

    /** Runs git in the repository and returns its output; a failure fails the test. */
    public String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
