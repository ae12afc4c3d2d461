package org.modelcards.core.render;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The raw HTML a card may show, as the Hub shows it: the elements Markdown makes, plus tables,
 * line breaks, super- and subscripts, collapsible details and images. Whatever else is dropped
 * (scripts, styles, forms, frames, event handlers, {@code javascript:} links). The rendered
 * Markdown as a whole goes through it, so HTML split over several Markdown nodes is judged as one.
 */
final class HubHtmlPolicy {
    /** An image beside the card (a relative path): nothing is fetched from a server. */
    private static final Pattern LOCAL_SRC = Pattern.compile("^(?![a-zA-Z][a-zA-Z0-9+.-]*:|//).*", Pattern.DOTALL);
    private static final Pattern ANY_SRC = Pattern.compile("^(https?:|(?![a-zA-Z][a-zA-Z0-9+.-]*:|//)).*", Pattern.DOTALL);
    private static final PolicyFactory LOCAL_IMAGES = policy(LOCAL_SRC);
    private static final PolicyFactory REMOTE_IMAGES = policy(ANY_SRC);

    private HubHtmlPolicy() {
    }

    static String sanitize(String html, boolean remoteImages) {
        return (remoteImages ? REMOTE_IMAGES : LOCAL_IMAGES).sanitize(html);
    }

    private static PolicyFactory policy(Pattern imageSources) {
        return new HtmlPolicyBuilder()
                .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
                        "pre", "code", "em", "strong", "b", "i", "u", "s", "del", "ins", "sup", "sub", "small", "mark",
                        "kbd", "abbr", "dl", "dt", "dd", "div", "span", "details", "summary", "center", "picture",
                        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col", "a", "img")
                .allowAttributes("align").onElements("p", "div", "th", "td", "tr", "table", "img", "h1", "h2", "h3", "center")
                .allowAttributes("colspan", "rowspan").onElements("th", "td")
                .allowAttributes("open").onElements("details")
                .allowAttributes("title").globally()
                .allowAttributes("class").onElements("a", "code", "pre", "span", "div")
                .allowAttributes("href").onElements("a")
                .allowAttributes("rel").onElements("a")
                .allowAttributes("src").matching(imageSources).onElements("img")
                .allowAttributes("alt", "width", "height").onElements("img")
                .allowStandardUrlProtocols()
                .requireRelsOnLinks("noopener", "noreferrer")
                .toFactory();
    }
}
