package org.modelcards.core.format.hf;

import java.util.regex.Pattern;

/** Small facts about Markdown text that readers and rules share. */
public final class Markdown {
    private static final Pattern COMMENT = Pattern.compile("<!--[\\s\\S]*?-->");

    private Markdown() {
    }

    /**
     * Whether a text says nothing in words: only HTML tags, images, badges and short links (a logo and
     * a row of "Paper | Demo | Discord" links above a card's first heading).
     */
    public static boolean isDecoration(String markdown) {
        if (markdown.isBlank()) {
            return false;
        }
        String visible = COMMENT.matcher(markdown).replaceAll(" ");
        String words = DECORATION.matcher(visible).replaceAll(" ");
        words = LINK_TARGET.matcher(words).replaceAll("$1");
        if (!MARKUP.matcher(visible).find()) {
            return false; // no tag or image: a short plain text is a summary, not decoration
        }
        for (String piece : SEPARATOR.split(words)) {
            if (piece.strip().split("\\s+").length > 3) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern DECORATION = Pattern.compile("<[^>]*>|!\\[[^\\]]*]\\([^)]*\\)|:[a-z_]+:|&[a-z]+;|https?://\\S+|^-{3,}$",
            Pattern.MULTILINE);
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z][^>]*>|!\\[[^\\]]*]\\(");
    private static final Pattern LINK_TARGET = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    /** What separates the items of a row of links: bars, bullets, line breaks, several spaces. */
    private static final Pattern SEPARATOR = Pattern.compile("[|\\n\\r\u00b7\u2022]|\\s{3,}");

    /** The text as a reader of the rendered card sees it: HTML comments (the template's prompts) removed, trimmed. */
    public static String visibleText(String markdown) {
        return markdown.contains("<!--") ? COMMENT.matcher(markdown).replaceAll("").strip() : markdown.strip();
    }
}
