package org.modelcards.core.git;

/**
 * One commit in a file's history: its full and short id, author, date (ISO 8601, as git gives it),
 * subject line, and the file's path in that commit (relative to the repository's top folder, which
 * differs from today's path when the file was renamed since).
 */
public record Commit(String id, String shortId, String author, String date, String subject, String path) {
    /** "a1b2c3d  2026-11-20  Fix the licence (Ada)", for a list of versions. */
    public String label() {
        return shortId + "  " + (date.length() >= 10 ? date.substring(0, 10) : date) + "  " + subject
                + " (" + author + ")";
    }
}
