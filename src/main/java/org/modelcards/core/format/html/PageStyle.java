package org.modelcards.core.format.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The page's CSS, kept as a resource so it can be edited as CSS, and inlined so the page loads nothing. */
final class PageStyle {
    static final String CSS = load();

    private PageStyle() {
    }

    private static String load() {
        try (InputStream in = PageStyle.class.getResourceAsStream("card.css")) {
            if (in == null) {
                throw new IllegalStateException("card.css is missing from the classpath");
            }
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            return css.endsWith("\n") ? css : css + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
