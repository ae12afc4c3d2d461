package org.modelcards.core.render;

import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/** Every link tells the browser not to pass the card's page on to the page it opens. */
final class LinkAttributes implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if ("a".equals(tagName)) {
            attributes.put("rel", "noopener noreferrer");
        }
    }
}
