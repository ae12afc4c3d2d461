package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a README's parts are, so that writing it back can patch exactly the parts whose fields
 * changed. A slot is a named set of ranges of the original text that one rendering owns:
 * {@code meta:license} (a front matter entry), {@code prose:bias.limitations} (a section's text,
 * around any label lines), {@code label:details.developers} (one {@code - **Label:** value} line),
 * {@code title}, {@code extra-section:2}.
 */
final class HubLayout {
    /** A range of the text, and for a label line the text before its value ({@code - **Hours used:** }). */
    record Range(int start, int end, String prefix) {
    }

    /** A heading of the original, with its place in the Hub template (-1 when the template has no such heading). */
    record SectionMark(int templateIndex, int level, int headingStart, int contentStart, int contentEnd) {
    }

    final String text;
    final String eol;
    boolean frontMatter;
    /** Front matter that did not parse as a mapping: it is kept as it is and never written into. */
    boolean frontMatterBroken;
    /** The parsed front matter with node positions, when it parsed as a mapping. */
    org.modelcards.core.format.MetaNode.Mapping metadata;
    int yamlStart;
    int yamlEnd;
    int bodyStart;
    final Map<String, List<Range>> slots = new LinkedHashMap<>();
    final List<SectionMark> sections = new ArrayList<>();

    HubLayout(String text) {
        this.text = text;
        this.eol = lineEnd(text);
    }

    void slot(String id, int start, int end, String prefix) {
        slots.computeIfAbsent(id, k -> new ArrayList<>()).add(new Range(start, end, prefix));
    }

    /** The file's first line end, which new lines follow; LF for a file without one. */
    static String lineEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return "\n";
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
            }
        }
        return "\n";
    }
}
