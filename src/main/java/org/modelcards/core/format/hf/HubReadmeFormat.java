package org.modelcards.core.format.hf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.TwoWayFormat;
import org.modelcards.core.format.InPlaceEditor;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.format.LossCheck;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.model.ModelCard;

/**
 * The Hugging Face {@code README.md} format: YAML front matter and Markdown in the Hub template's
 * order. To save an opened README without reshuffling it, use {@link HubReadme}; this writes new ones.
 *
 * <pre>{@code
 * WriteResult readme = new HubReadmeFormat().write(card);   // readme.losses() says what did not fit
 * }</pre>
 */
public final class HubReadmeFormat implements TwoWayFormat, InPlaceEditor {
    private final FieldCatalog catalog;
    private final HubReadmeReader reader;
    private final HubReadmeWriter writer;

    public HubReadmeFormat() {
        this(FieldCatalog.standard());
    }

    public HubReadmeFormat(FieldCatalog catalog) {
        this.catalog = catalog;
        this.reader = new HubReadmeReader(catalog);
        this.writer = new HubReadmeWriter(catalog, new BodyRenderer(catalog, CatalogTexts.forLocale(Locale.ENGLISH)));
    }

    @Override
    public String id() {
        return "hf";
    }

    @Override
    public String label() {
        return "Hugging Face README";
    }

    @Override
    public List<String> fileEndings() {
        return List.of(".md", ".markdown");
    }


    /** A card converted from a README is a README again. */
    @Override
    public String outputName(String baseName) {
        return baseName.equalsIgnoreCase("readme") ? "README.md" : baseName + ".md";
    }



    @Override
    public Optional<InPlaceEditor> editor() {
        return Optional.of(this);
    }

    @Override
    public LoadedCard load(String text, String source) {
        return reader.read(text, source);
    }

    /** Reads a README; content problems are not thrown here (see {@link HubReadmeReader} for them). */
    @Override
    public ModelCard read(String text, String source) {
        return reader.read(text, source).card();
    }

    /** Opens a README so that it can be saved back under the round-trip contract. */
    @Override
    public HubReadme open(String text, String source) {
        return HubReadme.of(catalog, reader, writer, text, source);
    }

    /** The README text for {@code card}, without measuring losses (for previews, which redraw often). */
    public String text(ModelCard card) {
        return writer.generate(card);
    }

    @Override
    public WriteResult write(ModelCard card) {
        String text = writer.generate(card);
        ModelCard back = reader.read(text, "README.md").card();
        return new WriteResult(text, LossCheck.compare(catalog, card, back,
                "does not read back the same from a README (see the README section in the docs)"));
    }
}
