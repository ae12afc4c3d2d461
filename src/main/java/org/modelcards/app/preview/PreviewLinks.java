package org.modelcards.app.preview;

import java.util.Locale;
import java.util.function.Consumer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.events.EventTarget;

/**
 * Links in the rendered preview: a click never makes the preview load anything. Each link's click
 * is cancelled in the page (through the DOM, which works with JavaScript off) before the page can
 * navigate; {@code http(s)} and {@code mailto} links go to the system browser, in-page {@code #}
 * links scroll as usual, and every other scheme does nothing visible.
 */
final class PreviewLinks {
    private final Consumer<String> openLink;

    PreviewLinks(Consumer<String> openLink) {
        this.openLink = openLink;
    }

    /** Whether a clicked {@code href} goes to the system browser. */
    static boolean opensOutside(String href) {
        String h = href == null ? "" : href.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("https://") || h.startsWith("http://") || h.startsWith("mailto:");
    }

    /** Whether the page may follow {@code href} itself: only a jump within the page. */
    static boolean staysInPage(String href) {
        return href != null && href.strip().startsWith("#");
    }

    /** Takes over every link of a freshly loaded page. */
    void attach(Document document) {
        if (document == null) {
            return;
        }
        NodeList anchors = document.getElementsByTagName("a");
        for (int i = 0; i < anchors.getLength(); i++) {
            Element anchor = (Element) anchors.item(i);
            String href = anchor.getAttribute("href");
            if (staysInPage(href)) {
                continue;
            }
            ((EventTarget) anchor).addEventListener("click", event -> {
                event.preventDefault();
                if (opensOutside(href)) {
                    openLink.accept(href.strip());
                }
            }, false);
        }
    }
}
