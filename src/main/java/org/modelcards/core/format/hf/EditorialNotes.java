package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes an author puts at the start of a section about the card rather than the model: a
 * paragraph wholly in italics ("*This section provides basic information...*"), or one the mapping's
 * {@code note} lines describe ("Last updated: November 2019", "Inspired by Model Cards for Model
 * Reporting..."). They fill no field and stay where they are when the field is edited.
 *
 * <pre>{@code
 * EditorialNotes.leading("\n*About this part.*\n\nThe text.", 0, 30)   // [[0, 20]]: the italic line and its line end
 * }</pre>
 */
final class EditorialNotes {
    private static final Pattern PARAGRAPH_END = Pattern.compile("\\R[ \\t]*(?:\\R|\\z)|\\z");

    private EditorialNotes() {
    }

    /** The ranges, in {@code [start, end)} of {@code text}, of the notes that open that part of it. */
    static List<int[]> leading(String text, int start, int end) {
        List<int[]> notes = new ArrayList<>();
        int at = start;
        while (true) {
            while (at < end && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at >= end) {
                return notes;
            }
            Matcher m = PARAGRAPH_END.matcher(text).region(at, end);
            m.find();
            String paragraph = text.substring(at, m.start()).strip();
            if (!isNote(paragraph)) {
                return notes;
            }
            int noteEnd = m.start();
            // the note's own line end goes with it, the blank line after it stays
            if (noteEnd < end && text.charAt(noteEnd) == '\r') {
                noteEnd++;
            }
            if (noteEnd < end && text.charAt(noteEnd) == '\n') {
                noteEnd++;
            }
            // the first note takes the blank lines before it: a new text of the field goes after the notes
            notes.add(new int[] {notes.isEmpty() ? start : at, noteEnd});
            at = noteEnd;
        }
    }

    static boolean isNote(String paragraph) {
        return isItalic(paragraph) || HeadingMap.notes().stream().anyMatch(p -> p.matcher(paragraph).find());
    }

    /** One emphasis from end to end: {@code *...*} or {@code _..._}, not a bullet and not bold. */
    private static boolean isItalic(String p) {
        if (p.length() < 3 || p.contains("\n\n")) {
            return false;
        }
        char mark = p.charAt(0);
        return (mark == '*' || mark == '_') && p.charAt(1) != mark && !Character.isWhitespace(p.charAt(1))
                && p.charAt(p.length() - 1) == mark && p.charAt(p.length() - 2) != mark
                && !Character.isWhitespace(p.charAt(p.length() - 2));
    }
}
