package org.modelcards.app.source;

import java.nio.file.Path;
import java.util.List;
import org.modelcards.app.document.CardDocument;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.formats.OpenedCard;

/**
 * The card as text, in its own format (the README as saving would write it, or the JSON), to be
 * read and fixed by hand: broken front matter included. Leaving the source re-reads the text into
 * the card as one undo step; the file is written only by a save, as for any edit.
 */
public final class SourceViewModel {
    /** What re-reading the text gave: the problems at their lines (empty when it read cleanly). */
    public record Reread(boolean changed, List<ReadProblem> problems) {
    }

    private final CardFiles files;
    private final CardDocument document;
    private final String original;

    public SourceViewModel(CardFiles files, CardDocument document) {
        this.files = files;
        this.document = document;
        this.original = textOf(document);
    }

    /** The text shown when the source opens: the file as read while nothing was edited, else the save's text. */
    public String text() {
        return original;
    }

    /** The problems of the card's text as it was read (shown at their lines when the source opens). */
    public List<ReadProblem> problems() {
        return document.source().map(o -> o.loaded().problems()).orElse(List.of());
    }

    private static String textOf(CardDocument doc) {
        return doc.source().map(o -> o.card().equals(doc.card()) ? o.text() : o.render(doc.card()).text())
                .orElseGet(() -> new org.modelcards.core.format.hf.HubReadmeFormat().text(doc.card()));
    }

    /**
     * Reads {@code edited} back into the card (one undo step) when it differs from what was shown;
     * text that cannot be read at all leaves the card as it was and says why.
     */
    public Reread apply(String edited) {
        if (edited.equals(original)) {
            return new Reread(false, problems());
        }
        Path path = document.file().orElse(Path.of("README.md"));
        String format = document.source().map(o -> o.format().id()).orElse("hf");
        try {
            OpenedCard reread = files.open(path, format, edited);
            document.reread(reread);
            return new Reread(true, reread.loaded().problems());
        } catch (CardReadException e) {
            return new Reread(false, List.of(e.problem()));
        }
    }
}
