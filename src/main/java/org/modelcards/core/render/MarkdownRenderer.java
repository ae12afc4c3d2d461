package org.modelcards.core.render;

import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a card's Markdown as an HTML fragment that is safe to show: raw HTML is escaped, links
 * can only be web or mail addresses, and no image is fetched from a server unless the options say so.
 *
 * <pre>{@code
 * MarkdownRenderer markdown = new MarkdownRenderer();
 * String html = markdown.render("**Hi** <script>alert(1)</script>");
 * // "<p><strong>Hi</strong> &lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
 * }</pre>
 *
 * <p>Immutable and thread-safe: commonmark's parser and renderer keep no state between calls.
 */
public final class MarkdownRenderer {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    private final RenderOptions options;
    private final Parser parser;
    private final HtmlRenderer renderer;

    /** A renderer with {@link RenderOptions#DEFAULT}: no remote images, headings as written. */
    public MarkdownRenderer() {
        this(RenderOptions.DEFAULT);
    }

    public MarkdownRenderer(RenderOptions options) {
        this.options = options == null ? RenderOptions.DEFAULT : options;
        var extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        RenderOptions chosen = this.options;
        this.renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(!chosen.hubHtmlAllowed())
                .sanitizeUrls(true)
                .urlSanitizer(new SafeUrlSanitizer(LINK_SCHEMES))
                .attributeProviderFactory(context -> new LinkAttributes())
                .nodeRendererFactory(context -> new ImageRenderer(context, chosen.remoteImagesAllowed()))
                .nodeRendererFactory(context -> new HeadingRenderer(context, chosen.headingShift()))
                .build();
    }

    public RenderOptions options() {
        return options;
    }

    /**
     * The HTML of {@code markdown} (null is empty). Never throws: input that defeats the Markdown
     * parser, e.g. nesting deep enough to exhaust the stack, is shown as escaped preformatted text.
     */
    public String render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        try {
            String html = renderer.render(parser.parse(markdown));
            return options.hubHtmlAllowed() ? HubHtmlPolicy.sanitize(html, options.remoteImagesAllowed()) : html;
        } catch (RuntimeException | StackOverflowError e) {
            // a preview must never fail on what the author typed; plain text still shows it all
            return "<pre>" + HtmlText.escape(markdown) + "</pre>\n";
        }
    }
}
