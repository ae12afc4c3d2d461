package org.modelcards.app.preview;

import java.util.Optional;
import org.modelcards.core.formats.OpenedCard;
import org.modelcards.core.format.hf.HubReadmeFormat;
import org.modelcards.core.format.html.HtmlFormat;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.ModelCard;

/**
 * What the preview shows for a card: the README exactly as saving would write it (patched, for a
 * README that was opened), the native JSON, and the safe HTML page. Pure and thread-safe, so the
 * view can compute it off the FX thread.
 */
public final class PreviewViewModel {
    /** The three renderings of one card. */
    public record Texts(String markdown, String json, String html) {
    }

    private final HubReadmeFormat readme = new HubReadmeFormat();
    private final NativeJsonFormat json = new NativeJsonFormat();
    /** As the Hub shows a card: its raw HTML tables and the like rendered, sanitised, nothing remote. */
    private final HtmlFormat html = new HtmlFormat(org.modelcards.core.catalog.FieldCatalog.standard(),
            org.modelcards.core.catalog.CatalogTexts.forLocale(java.util.Locale.ENGLISH),
            org.modelcards.core.render.RenderOptions.DEFAULT.hubHtml(true));

    public Texts render(ModelCard card, Optional<OpenedCard> origin) {
        // a README keeps its byte-order mark when saved; the preview shows the text without it
        String markdown = origin.filter(OpenedCard::keepsLayout).map(o -> o.render(card).text().replaceFirst("^\uFEFF", ""))
                .orElseGet(() -> readme.text(card));
        return new Texts(markdown, json.write(card).text(), html.write(card).text());
    }
}
