package org.modelcards.core.git;

import java.nio.file.Path;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.format.SourceText;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.formats.OpenedCard;

/**
 * Card files as they were in a commit: read from git, decoded as strictly as a file on disk, in the
 * format their name and content say. Problems name the version as {@code REV:PATH}.
 */
public final class GitCards {
    private static final String BOM = "\uFEFF";
    private final GitRepository repository;
    private final CardFiles files;

    public GitCards(GitRepository repository, CardFiles files) {
        this.repository = repository;
        this.files = files;
    }

    public GitRepository repository() {
        return repository;
    }

    /**
     * Whether a command-line argument names a version in git ({@code main:README.md}) rather than a
     * file: it has a colon after its second character (so {@code C:\card.md} stays a path) and no file
     * of that name exists.
     */
    public static boolean isVersion(String argument) {
        int colon = argument.indexOf(':');
        return colon > 1 && !java.nio.file.Files.exists(safePath(argument));
    }

    private static Path safePath(String argument) {
        try {
            return Path.of(argument);
        } catch (java.nio.file.InvalidPathException e) {
            return Path.of("");
        }
    }

    /**
     * The card named {@code REV:PATH}, as git spells it: PATH from the repository's top folder, or
     * from {@code workingFolder} when it starts with {@code ./} or {@code ../}.
     */
    public OpenedCard open(String version, Path workingFolder) throws GitException, CardReadException {
        int colon = version.indexOf(':');
        if (colon <= 0) {
            throw new GitException(GitException.Kind.UNKNOWN_REVISION, version + " is not REV:PATH");
        }
        String path = version.substring(colon + 1);
        if (path.startsWith("./") || path.startsWith("../") || path.equals(".")) {
            path = repository.pathOf(workingFolder.resolve(path));
        }
        return open(version.substring(0, colon), path);
    }

    /** The card at {@code path} (relative to the repository's top folder) in commit {@code rev}. */
    public OpenedCard open(String rev, String path) throws GitException, CardReadException {
        String source = rev + ":" + path;
        byte[] bytes = repository.show(rev, path);
        try {
            SourceText decoded = SourceText.decode(bytes, source);
            Path name = repository.root().resolve(path);
            CardFormat format = files.formats().detect(name.getFileName().toString(), decoded.text());
            return files.open(name, format.id(), (decoded.byteOrderMark() ? BOM : "") + decoded.text());
        } catch (CardReadException e) {
            ReadProblem problem = e.problem();
            throw new CardReadException(new ReadProblem(problem.code(), source, problem.line(), problem.column(),
                    problem.message()));
        }
    }
}
