package org.modelcards.core.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.modelcards.core.format.hf.HubReadme;
import org.modelcards.core.format.hf.HubReadmeFormat;
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

    /** Whether {@code path} names a file this tool reads (for walking folders). */
    public static boolean isCardFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".json");
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
        if (format instanceof HubReadmeFormat hub) {
            HubReadme readme = hub.open(text, source);
            return new OpenedCard(path, format, text, bom, readme.loaded(), Optional.of(readme));
        }
        LoadedCard loaded = format instanceof NativeJsonFormat nativeJson ? nativeJson.load(text, source)
                : new LoadedCard(format.read(text, source), Optional.empty(), SourceMap.NONE, List.of());
        return new OpenedCard(path, format, text, bom, loaded, Optional.empty());
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
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String id : formats.ids()) {
            if (!id.equals("json") && name.endsWith(formats.extension(id))) {
                return formats.byId(id).orElseThrow();
            }
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return formats.byId("hf").orElseThrow();
        }
        return json;
    }

    /** Writes {@code text} to {@code path} atomically. */
    public void write(Path path, String text) throws IOException {
        AtomicFiles.writeString(path, text);
    }
}
