package org.modelcards.core.format.hf;

import java.util.regex.Pattern;

/** Small facts about Markdown text that readers and rules share. */
public final class Markdown {
    private static final Pattern COMMENT = Pattern.compile("<!--[\\s\\S]*?-->");

    private Markdown() {
    }

    /** The text as a reader of the rendered card sees it: HTML comments (the template's prompts) removed, trimmed. */
    public static String visibleText(String markdown) {
        return markdown.contains("<!--") ? COMMENT.matcher(markdown).replaceAll("").strip() : markdown.strip();
    }
}
