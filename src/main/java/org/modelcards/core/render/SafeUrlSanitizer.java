package org.modelcards.core.render;

import java.util.Set;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Links keep only the given schemes (or no scheme: a relative address); images may also be
 * {@code data:} URLs, which carry the picture inside the card and fetch nothing.
 */
final class SafeUrlSanitizer implements UrlSanitizer {
    private final UrlSanitizer links;
    private final UrlSanitizer images = new DefaultUrlSanitizer();

    SafeUrlSanitizer(Set<String> linkSchemes) {
        this.links = new DefaultUrlSanitizer(linkSchemes);
    }

    @Override
    public String sanitizeLinkUrl(String url) {
        return links.sanitizeLinkUrl(url);
    }

    @Override
    public String sanitizeImageUrl(String url) {
        String sanitized = images.sanitizeImageUrl(url);
        return SafeUrls.isInlineImage(sanitized) || !sanitized.regionMatches(true, 0, "data:", 0, 5)
                ? sanitized : "";
    }
}
