package org.modelcards.core.render;

/**
 * Which addresses a rendered card may point at or embed. A link is followed only when clicked, so
 * web and mail links are fine; anything that could run code ({@code javascript:}, {@code data:text/html})
 * is never made a link.
 *
 * <pre>{@code
 * SafeUrls.isLinkable("https://example.org");   // true
 * SafeUrls.isLinkable("javascript:alert(1)");   // false
 * }</pre>
 */
public final class SafeUrls {
    private SafeUrls() {
    }

    /** Whether {@code url} is an absolute {@code http}, {@code https} or {@code mailto} address. */
    public static boolean isLinkable(String url) {
        String u = normalised(url);
        return u.startsWith("http://") || u.startsWith("https://") || u.startsWith("mailto:") && u.length() > 7;
    }

    /** Whether {@code url} is an {@code http(s)} address, i.e. something fetched from a server. */
    public static boolean isRemote(String url) {
        String u = normalised(url);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    /** Whether {@code url} is an image carried inside the text itself ({@code data:image/...}). */
    public static boolean isInlineImage(String url) {
        return normalised(url).startsWith("data:image/");
    }

    /**
     * The first characters of {@code url} in lower case, read as a browser reads a scheme: leading
     * spaces and control characters are skipped, and tabs and line ends anywhere are ignored.
     */
    private static String normalised(String url) {
        if (url == null) {
            return "";
        }
        int i = 0;
        while (i < url.length() && url.charAt(i) <= ' ') {
            i++;
        }
        StringBuilder out = new StringBuilder(16);
        for (; i < url.length() && out.length() < 16; i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(java.util.Locale.ROOT);
    }
}
