package org.modelcards.core.format.hf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A licence named in prose rather than by a Hub id: its name and link, read from a sentence such as
 * "A custom commercial license, the Llama 3.1 Community License, is available at: URL".
 *
 * <pre>{@code
 * LicenceStatement.parse("MIT License, see [LICENSE](https://x/LICENSE)")   // name "MIT License", link https://x/LICENSE
 * }</pre>
 */
record LicenceStatement(String name, String link) {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]+)\\)|<?(https?://[^\\s)>\\]]+)>?");
    /** A capitalised licence name: "Llama 3.1 Community License", "Apache License 2.0", "CC BY-NC 4.0". */
    private static final Pattern NAMED = Pattern.compile(
            "((?:[A-Z0-9][\\w.+\\-]*\\s+){0,5}Licen[cs]e(?:\\s+Agreement)?(?:,?\\s+[Vv]?(?:ersion\\s+)?\\d+(?:\\.\\d+)*)?)");
    private static final Pattern FILLER = Pattern.compile(
            "(?i)[,;:.\\s]*(is\\s+)?(available|found|provided|described|here)?\\s*(at|in|under|from)?\\s*[:.]?\\s*$");

    /** Whether a licence label's value is a sentence (a name, a link) rather than one Hub id such as {@code mit}. */
    static boolean isStatement(String value) {
        String text = value.strip();
        return text.contains(" ") || LINK.matcher(text).find();
    }

    static LicenceStatement parse(String value) {
        String text = value.strip();
        String link = "";
        Matcher m = LINK.matcher(text);
        if (m.find()) {
            link = m.group(2) != null ? m.group(2) : m.group(3);
            link = link.replaceAll("[.,;]+$", "");
        }
        String withoutLinks = LINK.matcher(text).replaceAll(r -> r.group(1) != null && !r.group(1).startsWith("http")
                ? Matcher.quoteReplacement(r.group(1)) : "").strip();
        Matcher named = NAMED.matcher(withoutLinks);
        String name = "";
        while (named.find()) {
            String candidate = named.group(1).strip();
            // "A custom commercial license" is a description; a name has a capital past its first word
            if (isName(candidate)) {
                name = candidate;
                break;
            }
        }
        if (name.isEmpty()) {
            String rest = FILLER.matcher(withoutLinks).replaceFirst("").strip();
            name = isName(rest) ? rest : "";
        }
        return new LicenceStatement(name, link);
    }

    private static boolean isName(String text) {
        String[] words = text.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && (Character.isUpperCase(words[i].charAt(0)) || Character.isDigit(words[i].charAt(0)))) {
                return true;
            }
        }
        return words.length == 1 && !words[0].isEmpty() && !words[0].equalsIgnoreCase("license");
    }

    /** The Hub id a common licence name is written as: "Apache 2.0" is apache-2.0, "MIT License" is mit. */
    static String hubId(String name) {
        String id = name.toLowerCase(java.util.Locale.ROOT).replaceAll("\\blicen[cs]e\\b|\\bversion\\b|,", " ").strip()
                .replaceAll("[\\s_]+", "-");
        return id.replaceAll("-+", "-");
    }
}
