package org.modelcards.core.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Embeds an image only when showing it fetches nothing ({@code data:image/...}) or remote images
 * are allowed; any other image becomes the text {@code [image: alt]}, a link to the picture when its
 * address is a web address, so the reader can still open it on purpose.
 */
final class ImageRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final boolean remoteAllowed;

    ImageRenderer(HtmlNodeRendererContext context, boolean remoteAllowed) {
        this.context = context;
        this.remoteAllowed = remoteAllowed;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Image.class);
    }

    @Override
    public void render(Node node) {
        Image image = (Image) node;
        String url = image.getDestination() == null ? "" : image.getDestination();
        if (context.shouldSanitizeUrls()) {
            url = context.urlSanitizer().sanitizeImageUrl(url);
        }
        String alt = altText(image);
        HtmlWriter html = context.getWriter();
        if (SafeUrls.isInlineImage(url) || remoteAllowed && SafeUrls.isRemote(url)) {
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("src", context.encodeUrl(url));
            attrs.put("alt", alt);
            if (image.getTitle() != null) {
                attrs.put("title", image.getTitle());
            }
            html.tag("img", context.extendAttributes(image, "img", attrs), true);
            return;
        }
        String label = "[image: " + alt + "]";
        Map<String, String> attrs = new LinkedHashMap<>();
        if (SafeUrls.isLinkable(url)) {
            attrs.put("href", context.encodeUrl(url));
            attrs.put("class", "image-placeholder");
            html.tag("a", context.extendAttributes(image, "a", attrs));
            html.text(label);
            html.tag("/a");
        } else {
            attrs.put("class", "image-placeholder");
            html.tag("span", context.extendAttributes(image, "span", attrs));
            html.text(label);
            html.tag("/span");
        }
    }

    /** The image's description as plain text, as browsers would show it in place of the picture. */
    private static String altText(Image image) {
        StringBuilder alt = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                alt.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                alt.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                alt.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                alt.append(' ');
            }
        });
        return alt.toString();
    }
}
