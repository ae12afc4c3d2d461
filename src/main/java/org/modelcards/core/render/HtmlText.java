package org.modelcards.core.render;

/**
 * Escapes text for HTML element content and quoted attribute values, with line ends as {@code \n}.
 *
 * <pre>{@code
 * HtmlText.escape("a < b & \"c\"");   // "a &lt; b &amp; &quot;c&quot;"
 * }</pre>
 */
public final class HtmlText {
    private HtmlText() {
    }

    /** {@code text} with {@code & < > " '} escaped and CR LF / CR made LF; null is empty. */
    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\r' -> {
                    out.append('\n');
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Like {@link #escape} with each line end kept visible as {@code <br>}, for text shown outside {@code <pre>}. */
    public static String escapeLines(String text) {
        return escape(text).replace("\n", "<br>\n");
    }
}
