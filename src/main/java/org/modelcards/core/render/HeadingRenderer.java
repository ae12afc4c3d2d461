package org.modelcards.core.render;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Renders headings {@code shift} levels down, so a field's {@code # Title} stays under the page's own headings. */
final class HeadingRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final int shift;

    HeadingRenderer(HtmlNodeRendererContext context, int shift) {
        this.context = context;
        this.shift = shift;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Heading.class);
    }

    @Override
    public void render(Node node) {
        Heading heading = (Heading) node;
        String tag = "h" + Math.min(6, Math.max(1, heading.getLevel() + shift));
        HtmlWriter html = context.getWriter();
        html.line();
        html.tag(tag, context.extendAttributes(heading, tag, Map.of()));
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        html.tag("/" + tag);
        html.line();
    }
}
