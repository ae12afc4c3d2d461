package org.modelcards.core.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tags of generated HTML, for tests that check what markup (not what text) a page
 * contains: escaped text such as {@code &lt;img onerror=...&gt;} is harmless and not a tag.
 */
public final class HtmlSafety {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([^\\s=/>\"']+)(?:=\"([^\"]*)\")?");

    private HtmlSafety() {
    }

    /** One start or end tag: its name in lower case and its attributes in order. */
    public record Tag(String name, boolean end, Map<String, String> attributes) {
    }

    public static List<Tag> tags(String html) {
        List<Tag> tags = new ArrayList<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = ATTRIBUTE.matcher(m.group(3));
            while (a.find()) {
                attributes.put(a.group(1).toLowerCase(java.util.Locale.ROOT), a.group(2) == null ? "" : a.group(2));
            }
            tags.add(new Tag(m.group(2).toLowerCase(java.util.Locale.ROOT), !m.group(1).isEmpty(), attributes));
        }
        return tags;
    }

    /** The values of every {@code href} and {@code src} attribute, in order. */
    public static List<String> urls(String html) {
        List<String> urls = new ArrayList<>();
        for (Tag tag : tags(html)) {
            for (String name : List.of("href", "src")) {
                if (tag.attributes().containsKey(name)) {
                    urls.add(tag.attributes().get(name));
                }
            }
        }
        return urls;
    }

    /** What a browser would run or fetch: script-like tags, event handlers, script URLs, remote sources. */
    public static List<String> dangers(String html) {
        List<String> found = new ArrayList<>();
        for (Tag tag : tags(html)) {
            if (List.of("script", "iframe", "object", "embed", "frame", "base", "form", "link", "svg", "math")
                    .contains(tag.name())) {
                found.add("<" + tag.name() + ">");
            }
            if (tag.name().equals("meta") && "refresh".equalsIgnoreCase(tag.attributes().get("http-equiv"))) {
                found.add("meta refresh");
            }
            for (Map.Entry<String, String> attribute : tag.attributes().entrySet()) {
                String name = attribute.getKey();
                String value = attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("srcset") || name.equals("formaction")) {
                    found.add(tag.name() + " " + name + "=");
                }
                if ((name.equals("href") || name.equals("src")) && (value.startsWith("javascript:")
                        || value.startsWith("vbscript:") || value.startsWith("data:text"))) {
                    found.add(tag.name() + " " + name + "=" + value);
                }
                if (name.equals("src") && !value.startsWith("data:image/")) {
                    found.add(tag.name() + " src=" + value);
                }
            }
        }
        return found;
    }
}
