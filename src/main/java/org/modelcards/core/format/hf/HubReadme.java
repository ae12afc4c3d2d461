package org.modelcards.core.format.hf;

import java.util.Locale;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.model.ModelCard;

/**
 * An opened {@code README.md} that can be saved back under the round-trip contract: unedited, the
 * same bytes; edited, only the lines of the changed fields differ (line ends, key order, comments,
 * quoting and everything else are kept).
 *
 * <pre>{@code
 * HubReadme readme = HubReadme.parse(Files.readString(path), path.toString());
 * ModelCard edited = readme.loaded().card().withLicense(...);
 * String text = readme.write(edited);
 * }</pre>
 */
public final class HubReadme {
    private final HubReadmeReader.Read read;
    private final HubReadmeWriter writer;

    private HubReadme(HubReadmeReader.Read read, HubReadmeWriter writer) {
        this.read = read;
        this.writer = writer;
    }

    public static HubReadme parse(String text, String source) {
        FieldCatalog catalog = FieldCatalog.standard();
        HubReadmeReader reader = new HubReadmeReader(catalog);
        return new HubReadme(reader.readWithLayout(text, source),
                new HubReadmeWriter(catalog, new BodyRenderer(catalog, CatalogTexts.forLocale(Locale.ENGLISH))));
    }

    /** The card as read, its metadata, positions and reading problems. */
    public LoadedCard loaded() {
        return read.loaded();
    }

    /** The original text. */
    public String original() {
        return read.layout().text;
    }

    /** The README for {@code card}: the original, patched where {@code card} differs from the card as read. */
    public String write(ModelCard card) {
        return writer.patch(read.layout(), read.loaded().card(), card);
    }
}
