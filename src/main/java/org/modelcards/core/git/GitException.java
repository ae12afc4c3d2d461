package org.modelcards.core.git;

/** Why a question to git could not be answered; {@link #kind()} lets callers word it for their users. */
public final class GitException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** No {@code git} command on this machine. */
        GIT_MISSING,
        /** The folder is not inside a git work tree. */
        NOT_A_REPOSITORY,
        /** The revision names no commit. */
        UNKNOWN_REVISION,
        /** The commit exists but has no file at that path. */
        NO_SUCH_PATH,
        /** git ran and failed for another reason (its message says why). */
        FAILED
    }

    private final Kind kind;

    public GitException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
