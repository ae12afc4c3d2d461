package org.modelcards.core.format.html;

import java.util.List;
import java.util.Locale;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.ExportFormat;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.render.MarkdownRenderer;
import org.modelcards.core.render.RenderOptions;

/**
 * Writes a card as one self-contained HTML page for sharing or printing: inline CSS, no scripts, and
 * a Content-Security-Policy that lets nothing load from anywhere. Export only: it cannot be read.
 *
 * <pre>{@code
 * WriteResult page = new HtmlFormat().write(card);
 * Files.writeString(Path.of("card.html"), page.text());
 * }</pre>
 *
 * <p>Every authored field is carried. What a card keeps for other tools is left out and reported as
 * a {@link org.modelcards.core.format.Loss}: preserved metadata keys ({@code extras.metadata}, e.g. a
 * README's {@code widget:}) and unknown keys of a JSON file ({@code extras.unmapped}); they are
 * machine values, not text for a reader. Preserved Markdown sections are shown.
 */
public final class HtmlFormat implements ExportFormat {
    private final FieldCatalog catalog;
    private final CatalogTexts texts;
    private final PageRenderers renderers;

    /** The standard catalogue with English labels. */
    public HtmlFormat() {
        this(FieldCatalog.standard(), CatalogTexts.forLocale(Locale.ENGLISH));
    }

    public HtmlFormat(FieldCatalog catalog, CatalogTexts texts) {
        this(catalog, texts, RenderOptions.DEFAULT);
    }

    /** A page whose Markdown is rendered with {@code options} (the editor's preview shows the Hub's raw HTML). */
    public HtmlFormat(FieldCatalog catalog, CatalogTexts texts, RenderOptions options) {
        this.catalog = catalog;
        this.texts = texts;
        // page headings are h1 (card), h2 (section), h3 (field): a field's own "# Title" becomes h4
        this.renderers = new PageRenderers(
                new MarkdownRenderer(options.shiftHeadings(3)),
                new MarkdownRenderer(options.shiftHeadings(2)),
                new MarkdownRenderer(options.shiftHeadings(4)));
    }

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String label() {
        return "HTML";
    }

    /** Recognised by these (the default), so that opening a page says it cannot be read instead of trying it as a README. */
    @Override
    public List<String> fileEndings() {
        return List.of(".html", ".htm");
    }



    @Override
    public WriteResult write(ModelCard card) {
        CardPage page = new CardPage(catalog, texts, renderers);
        String text = page.write(card);
        return new WriteResult(text, page.losses());
    }

    /** The Markdown renderers of a page: for fields (under h3), extra sections (under h2) and table cells. */
    record PageRenderers(MarkdownRenderer field, MarkdownRenderer section, MarkdownRenderer cell) {
    }
}
