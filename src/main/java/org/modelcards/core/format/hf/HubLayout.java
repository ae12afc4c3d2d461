package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a README's parts are, so that writing it back can patch exactly the parts whose fields
 * changed. A {@link Slot} names what one rendering owns: a section's prose, one label line, the
 * title, a kept section; it maps to the ranges of the original text it was read from. The front
 * matter is patched node by node from its parsed tree ({@link #metadata}), so it has no slots.
 * Built once by the reader ({@link Builder}), then read-only.
 */
final class HubLayout {
    /** What a range of the original text holds, and so what renders it. */
    sealed interface Slot {
        /** The fields whose values the slot's text carries, so that fields with no slot can be inserted. */
        List<String> fields();
    }

    /** A section's text around its label lines: {@code prose(bias.limitations)}. */
    record Prose(String field) implements Slot {
        @Override
        public List<String> fields() {
            return field.equals("details.citationBibtex") ? List.of(field, "details.citationApa") : List.of(field);
        }
    }

    /** One {@code - **Label:** value} line. */
    record Label(String field) implements Slot {
        @Override
        public List<String> fields() {
            return List.of(field);
        }
    }

    /** The value cell of a key/value table row ({@code | Model date | January 2021 |}); {@code html} for an HTML table. */
    record Cell(String field, boolean html) implements Slot {
        @Override
        public List<String> fields() {
            return List.of(field);
        }
    }

    /**
     * The value of one evaluation row read from a results table in the body, by the row's index in
     * the card as read. The table stays as written; only a changed value is patched into its cell.
     */
    record ResultValue(int row, boolean html) implements Slot {
        @Override
        public List<String> fields() {
            return List.of();
        }
    }

    /** The model's name in the title heading. */
    record Title() implements Slot {
        @Override
        public List<String> fields() {
            return List.of("details.name");
        }
    }

    /** A section the card does not model, by its index among the kept sections. */
    record ExtraSection(int index) implements Slot {
        @Override
        public List<String> fields() {
            return List.of();
        }
    }

    /** A range of the text, and for a label line the text before its value ({@code - **Hours used:** }). */
    record Range(int start, int end, String prefix) {
    }

    /** A heading of the original, with its place in the Hub template (-1 when the template has no such heading). */
    record SectionMark(int templateIndex, int level, int headingStart, int contentStart, int contentEnd) {
    }

    final String text;
    final String eol;
    final boolean frontMatter;
    /** Front matter that did not parse as a mapping: it is kept as it is and never written into. */
    final boolean frontMatterBroken;
    /** The parsed front matter with node positions, when it parsed as a mapping (else null). */
    final org.modelcards.core.format.MetaNode.Mapping metadata;
    final int yamlStart;
    final int yamlEnd;
    final int bodyStart;
    final Map<Slot, List<Range>> slots;
    final List<SectionMark> sections;

    /** The value cell of each row of the card as read that came from a results table in the body, by row index. */
    final Map<Integer, ResultValue> tableCells;

    /** The rows of the card as read that came from results tables in the body (indices into its results). */
    java.util.Set<Integer> tableRows() {
        return tableCells.keySet();
    }

    private HubLayout(Builder b) {
        this.text = b.text;
        this.eol = lineEnd(b.text);
        this.frontMatter = b.frontMatter;
        this.frontMatterBroken = b.frontMatterBroken;
        this.metadata = b.metadata;
        this.yamlStart = b.yamlStart;
        this.yamlEnd = b.yamlEnd;
        this.bodyStart = b.bodyStart;
        Map<Slot, List<Range>> copy = new LinkedHashMap<>();
        b.slots.forEach((slot, ranges) -> copy.put(slot, List.copyOf(ranges)));
        this.slots = java.util.Collections.unmodifiableMap(copy);
        this.sections = List.copyOf(b.sections);
        Map<Integer, ResultValue> cells = new java.util.TreeMap<>();
        b.slots.keySet().forEach(slot -> {
            if (slot instanceof ResultValue value) {
                cells.put(value.row(), value);
            }
        });
        this.tableCells = java.util.Collections.unmodifiableMap(cells);
    }

    /** What the reader fills in as it goes. */
    static final class Builder {
        final String text;
        boolean frontMatter;
        boolean frontMatterBroken;
        org.modelcards.core.format.MetaNode.Mapping metadata;
        int yamlStart;
        int yamlEnd;
        int bodyStart;
        private final Map<Slot, List<Range>> slots = new LinkedHashMap<>();
        final List<SectionMark> sections = new ArrayList<>();

        Builder(String text) {
            this.text = text;
        }

        void slot(Slot slot, int start, int end, String prefix) {
            slots.computeIfAbsent(slot, k -> new ArrayList<>()).add(new Range(start, end, prefix));
        }

        HubLayout build() {
            return new HubLayout(this);
        }
    }

    /**
     * Whether a prose slot holds HTML comments after its leading ones (which a rewrite keeps): the
     * form shows the text without them, so replacing the text drops them, and that must be said.
     */
    boolean commentsInside(List<Range> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            String text = this.text.substring(ranges.get(i).start(), ranges.get(i).end());
            if ((i == 0 ? text.substring(BodyReader.leading(text).length()) : text).contains("<!--")) {
                return true;
            }
        }
        return false;
    }

    /** The fields whose text in the README holds HTML comments, which only a README keeps. */
    List<String> commentedFields() {
        List<String> fields = new ArrayList<>();
        slots.forEach((slot, ranges) -> {
            if ((slot instanceof Prose || slot instanceof Label)
                    && ranges.stream().anyMatch(r -> text.substring(r.start(), r.end()).contains("<!--"))) {
                fields.addAll(slot.fields());
            }
        });
        return fields;
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
