package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links in a piece of a card, as a reader sees them: {@code [text](url)}, {@code [text][ref]}
 * with its {@code [ref]: url} definition anywhere in the card, {@code <a href="url">text</a>} (tags
 * inside the text dropped) and bare {@code https://} addresses. Placeholders such as
 * {@code https://arxiv.org/abs/waiting-on-url} are no links.
 *
 * <pre>{@code
 * Links.in("See [our paper][arxiv].\n\n[arxiv]: https://arxiv.org/abs/2306.05284", 0, 22)
 *     // [Link[text=our paper, url=https://arxiv.org/abs/2306.05284, start=4, end=21, urlStart=-1, urlEnd=-1]]
 * }</pre>
 */
final class Links {
    /**
     * One link written in {@code [start, end)}; {@code urlStart} and {@code urlEnd} locate the address in the card's text when it is
     * written inside the range asked about, and are -1 for an address defined elsewhere.
     */
    record Link(String text, String url, int start, int end, int urlStart, int urlEnd) {
        boolean placed() {
            return urlStart >= 0;
        }
    }

    private static final Pattern INLINE = Pattern.compile("!?\\[((?:[^\\[\\]\\n]|\\n(?![ \\t]*\\n)|\\[[^\\]\\n]*])*)]\\((<?)(https?://[^)\\s>]+)>?(?:\\s+\"[^\"\\n]*\")?\\)");
    private static final Pattern REFERENCE = Pattern.compile("\\[([^\\]\\n]+)]\\[([^\\]\\n]*)]");
    private static final Pattern DEFINITION = Pattern.compile("(?m)^[ ]{0,3}\\[([^\\]\\n]+)]:[ \\t]*<?(https?://[^\\s>]+)>?");
    private static final Pattern ANCHOR = Pattern.compile("(?is)<a\\s[^>]*?href=\"(https?://[^\"\\s]+)\"[^>]*>(.*?)</a>");
    private static final Pattern BARE = Pattern.compile("(?<![(\"<\\[])\\bhttps?://[^\\s)\\]>\"'`*]+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** Emoji short codes and HTML entities, which say nothing about a link. */
    private static final Pattern NOT_WORDS = Pattern.compile(":[\\w+-]+:|&#?\\w+;?");
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)waiting[-_]on|\\btbd\\b|\\btodo\\b|coming[-_]soon|forthcoming|placeholder|\\bxxx+\\b");

    private Links() {
    }

    /** The links written in {@code text} between {@code start} and {@code end}, in the order they appear. */
    static List<Link> in(String text, int start, int end) {
        List<int[]> taken = new ArrayList<>();
        List<Ordered> links = new ArrayList<>();
        // each pattern is tried at every position of the text: a text without its first fixed characters is passed over
        boolean inline = has(text, "](", start, end);
        Matcher m = INLINE.matcher(text).region(start, end);
        while (inline && m.find()) {
            if (!m.group().startsWith("!")) {
                add(links, taken, m.start(), m.end(), plain(m.group(1)), m.group(3), m.start(3), m.end(3));
            } else {
                taken.add(new int[] {m.start(), m.end()});
            }
        }
        Map<String, String> definitions = definitions(text);
        boolean reference = has(text, "][", start, end);
        m = REFERENCE.matcher(text).region(start, end);
        while (reference && m.find()) {
            String ref = (m.group(2).isEmpty() ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            String url = definitions.get(ref);
            if (url != null) {
                add(links, taken, m.start(), m.end(), plain(m.group(1)), url, -1, -1);
            }
        }
        boolean anchor = has(text, "<a", start, end) || has(text, "<A", start, end);
        m = ANCHOR.matcher(text).region(start, end);
        while (anchor && m.find()) {
            add(links, taken, m.start(), m.end(), plain(m.group(2)), m.group(1), m.start(1), m.end(1));
        }
        boolean bare = has(text, "http", start, end);
        m = BARE.matcher(text).region(start, end);
        while (bare && m.find()) {
            String url = m.group().replaceAll("[.,;:]+$", "");
            add(links, taken, m.start(), m.start() + url.length(), url, url, m.start(), m.start() + url.length());
        }
        links.sort(Comparator.comparingInt(Ordered::order));
        return links.stream().map(Ordered::link).toList();
    }

    /** Whether {@code literal} stands within {@code text}'s range {@code start} to {@code end}. */
    private static boolean has(String text, String literal, int start, int end) {
        int at = text.indexOf(literal, start);
        return at >= 0 && at + literal.length() <= end;
    }

    /**
     * Whether a link stands on its line alone or among other links (a row of badges, a bullet that is
     * only a link), rather than inside a sentence whose words say what it is for.
     */
    static boolean standsAlone(String text, Link link) {
        int lineStart = text.lastIndexOf('\n', link.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', link.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        StringBuilder rest = new StringBuilder(line);
        List<Link> links = in(line, 0, line.length());
        for (int i = links.size() - 1; i >= 0; i--) {
            rest.replace(links.get(i).start(), links.get(i).end(), " ");
        }
        return !WORDS.matcher(NOT_WORDS.matcher(TAG.matcher(rest).replaceAll(" ")).replaceAll(" ")).find();
    }

    /** Whether an address only stands in for one to come ("waiting-on-url", "TBD"). */
    static boolean isPlaceholder(String url) {
        return PLACEHOLDER.matcher(url).find();
    }

    private record Ordered(Link link, int order) {
    }

    private static void add(List<Ordered> links, List<int[]> taken, int from, int to, String text, String url,
            int urlStart, int urlEnd) {
        if (taken.stream().anyMatch(t -> from < t[1] && to > t[0])) {
            return;
        }
        taken.add(new int[] {from, to});
        if (!isPlaceholder(url)) {
            links.add(new Ordered(new Link(text, url, from, to, urlStart, urlEnd), from));
        }
    }

    private static Map<String, String> definitions(String text) {
        Map<String, String> definitions = new HashMap<>();
        if (text.contains("]:")) {
            Matcher m = DEFINITION.matcher(text);
            while (m.find()) {
                definitions.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
            }
        }
        return definitions;
    }

    private static String plain(String markup) {
        return TAG.matcher(markup).replaceAll("").replaceAll("[*_`]", "").replaceAll("\\s+", " ").strip();
    }
}
