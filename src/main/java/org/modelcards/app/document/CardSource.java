package org.modelcards.app.document;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.modelcards.core.format.CardFiles;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.format.SourceMap;
import org.modelcards.core.format.SourceText;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.format.hf.HubReadme;
import org.modelcards.core.format.hf.HubReadmeFormat;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.ModelCard;

/**
 * The file a document belongs to, as it was opened or last saved: its path, its format, its text
 * and the card read from that text. Saving writes an edited card back against this text, so a
 * README keeps every byte the edits do not touch.
 *
 * <p>It is built from text, not only from a path, because the same original must be rebuilt after
 * a crash (from the text kept in the recovery snapshot) and after a save (from the text just
 * written), without reading the file again.
 */
public final class CardSource {
    private static final String BOM = "\uFEFF";
    private final Path path;
    private final CardFormat format;
    /** The text after any byte-order mark: what the readers see and a README save patches. */
    private final String text;
    /** Whether the file starts with a byte-order mark, which a README saved back keeps (the Hub accepts it). */
    private final boolean byteOrderMark;
    private final LoadedCard loaded;
    private final Optional<HubReadme> readme;

    private CardSource(Path path, CardFormat format, String text, boolean byteOrderMark, LoadedCard loaded,
            Optional<HubReadme> readme) {
        this.path = path;
        this.format = format;
        this.text = text;
        this.byteOrderMark = byteOrderMark;
        this.loaded = loaded;
        this.readme = readme;
    }

    /** Reads {@code path} once (strictly, as {@link CardFiles#open} does) in whichever format its content is in. */
    public static CardSource read(CardFiles files, Path path) throws CardReadException {
        SourceText read = SourceText.read(path);
        String text = (read.byteOrderMark() ? BOM : "") + read.text();
        return parse(files, path, files.formats().detect(path.getFileName().toString(), read.text()), text);
    }

    /**
     * The source for {@code text}, the content of {@code path} (as decoded, a leading byte-order mark
     * included) in the format with id {@code formatId}.
     */
    public static CardSource parse(CardFiles files, Path path, String formatId, String text) throws CardReadException {
        CardFormat format = files.formats().byId(formatId).orElseGet(() -> files.formatFor(path));
        return parse(files, path, format, text);
    }

    private static CardSource parse(CardFiles files, Path path, CardFormat format, String content) throws CardReadException {
        String source = path.toString();
        boolean bom = content.startsWith(BOM);
        String text = bom ? content.substring(BOM.length()) : content;
        if (format instanceof HubReadmeFormat hub) {
            HubReadme opened = hub.open(text, source);
            return new CardSource(path, format, text, bom, opened.loaded(), Optional.of(opened));
        }
        LoadedCard loaded = format instanceof NativeJsonFormat json ? json.load(text, source)
                : new LoadedCard(format.read(text, source), Optional.empty(), SourceMap.NONE, List.of());
        return new CardSource(path, format, text, bom, loaded, Optional.empty());
    }

    public Path path() {
        return path;
    }

    public CardFormat format() {
        return format;
    }

    /**
     * The file's text as opened or last saved, a leading byte-order mark included: what recovery
     * keeps and restores against, and what a README save patches.
     */
    public String text() {
        return byteOrderMark ? BOM + text : text;
    }

    /** The card as read from {@link #text()}, its positions and reading problems. */
    public LoadedCard loaded() {
        return loaded;
    }

    public ModelCard card() {
        return loaded.card();
    }

    /** Whether this is a Hugging Face README, which is saved by patching {@link #text()}. */
    public boolean isReadme() {
        return readme.isPresent();
    }

    /** The text of {@code card} in this file's format; a README keeps every byte the edit does not touch. */
    public WriteResult render(ModelCard card) {
        return renderAs(format, card);
    }

    /**
     * The text of {@code card} for a file in {@code target} format: a README written as a README
     * (Save, Save As or Export to {@code .md}) is patched against this one; anything else is written anew.
     */
    public WriteResult renderAs(CardFormat target, ModelCard card) {
        if (readme.isPresent() && target.id().equals(format.id())) {
            WriteResult patched = readme.get().write(card);
            return byteOrderMark ? new WriteResult(BOM + patched.text(), patched.losses()) : patched;
        }
        return target.write(card);
    }
}
