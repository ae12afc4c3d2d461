package org.modelcards.core.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.modelcards.core.format.AtomicFiles;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.CardReader;
import org.modelcards.core.format.InPlaceEditor;
import org.modelcards.core.format.KeptLayout;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.format.SourceText;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.ModelCard;

/**
 * Reads and writes card files: strictly (see {@link SourceText}), in whichever format the content is
 * in (see {@link CardFormats}), and atomically.
 */
public final class CardFiles {
    private final CardFormats formats;
    private final NativeJsonFormat json = new NativeJsonFormat();

    public CardFiles() {
        this(CardFormats.standard());
    }

    public CardFiles(CardFormats formats) {
        this.formats = formats;
    }

    public CardFormats formats() {
        return formats;
    }

    /** Whether {@code path} names a file of a format this tool reads (for walking folders). */
    public boolean isCardFile(Path path) {
        return formats.isReadableName(path.getFileName().toString());
    }

    /** Opens a card file so it can be edited and saved back in its own format. */
    public OpenedCard open(Path path) throws CardReadException {
        SourceText read = SourceText.read(path);
        return open(path, formats.detect(path.getFileName().toString(), read.text()),
                (read.byteOrderMark() ? OpenedCard.BOM : "") + read.text());
    }

    /**
     * The card file {@code path} as if it held {@code content} (as decoded, a leading byte-order mark
     * included) in the format with id {@code formatId}: for text kept elsewhere, such as a recovery
     * snapshot's original or the text just saved.
     */
    public OpenedCard open(Path path, String formatId, String content) throws CardReadException {
        return open(path, formats.byId(formatId).orElseGet(() -> formatFor(path)), content);
    }

    private OpenedCard open(Path path, CardFormat format, String content) throws CardReadException {
        String source = path.toString();
        boolean bom = content.startsWith(OpenedCard.BOM);
        String text = bom ? content.substring(OpenedCard.BOM.length()) : content;
        Optional<InPlaceEditor> editor = format.editor();
        if (editor.isPresent()) {
            KeptLayout layout = editor.get().open(text, source);
            return new OpenedCard(path, format, text, bom, layout.loaded(), Optional.of(layout));
        }
        CardReader reader = format.reader().orElseThrow(() -> new CardReadException(new ReadProblem(
                ReadProblem.NOT_A_CARD, source, 0, 0, format.label() + " is an export format and cannot be read; open "
                        + "the card's " + NativeJsonFormat.EXTENSION + " or README.md instead")));
        return new OpenedCard(path, format, text, bom, reader.load(text, source), Optional.empty());
    }

    /** Reads a card with its positions and non-fatal problems; unreadable files and broken JSON throw. */
    public LoadedCard load(Path path) throws CardReadException {
        return open(path).loaded();
    }

    /** Reads a card file; every problem that stops reading is one {@link ReadProblem}. */
    public ModelCard read(Path path) throws CardReadException {
        return load(path).card();
    }

    /** Writes {@code card} as native JSON to {@code path}, atomically. */
    public void writeNative(Path path, ModelCard card) throws IOException {
        AtomicFiles.writeString(path, json.write(card).text());
    }

    /** The format a new file named {@code path} should be written in, by its name (native JSON when unsure). */
    public CardFormat formatFor(Path path) {
        return formats.byName(path.getFileName().toString(), json);
    }

    /** Writes {@code text} to {@code path} atomically. */
    public void write(Path path, String text) throws IOException {
        AtomicFiles.writeString(path, text);
    }
}
