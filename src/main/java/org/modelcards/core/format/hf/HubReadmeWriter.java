package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.model.ExtraField;
import org.modelcards.core.model.ExtraSection;
import org.modelcards.core.model.ModelCard;

/**
 * Writes README text: a new card in the Hub template's order, or an existing README patched where
 * the card changed. Patching renders every slot of the original from the card as read and from the
 * new card, and replaces only the slots whose rendering differs; fields that had no place are
 * inserted where the template puts them. So an unedited card is written back byte for byte.
 */
final class HubReadmeWriter {
    private final FieldCatalog catalog;
    private final BodyRenderer body;

    HubReadmeWriter(FieldCatalog catalog, BodyRenderer body) {
        this.catalog = catalog;
        this.body = body;
    }

    /** A new README for {@code card}: tidy front matter, then the template's sections that have content. */
    String generate(ModelCard card) {
        String eol = "\n";
        StringBuilder out = new StringBuilder();
        String front = frontMatter(card, eol);
        if (!front.isEmpty()) {
            out.append("---").append(eol).append(front).append("---").append(eol).append(eol);
        }
        java.util.Map<String, List<ExtraSection>> extrasAfter = new java.util.LinkedHashMap<>();
        for (ExtraSection extra : card.extras().sections()) {
            extrasAfter.computeIfAbsent(extra.after(), k -> new ArrayList<>()).add(extra);
        }
        appendExtras(out, extrasAfter.remove(""), 2, eol);
        out.append(card.details().name().isEmpty() ? "# Model Card" : "# Model Card for " + card.details().name())
                .append(eol).append(eol);
        if (!card.details().summary().isEmpty()) {
            out.append(body.content("details.summary", card, eol)).append(eol).append(eol);
        }
        appendExtras(out, extrasAfter.remove("details.summary"), 2, eol);
        List<HubTemplate.Entry> entries = HubTemplate.ENTRIES;
        // each section rendered once: a group heading is written when one of its sections has text
        List<String> texts = entries.stream().map(e -> e.isGroup() ? "" : sectionText(e, card, eol)).toList();
        for (int i = 0; i < entries.size(); i++) {
            HubTemplate.Entry entry = entries.get(i);
            String text = texts.get(i);
            if (entry.isGroup() ? !groupHasContent(i, texts) : text.isEmpty()) {
                continue;
            }
            out.append("#".repeat(entry.level())).append(' ').append(entry.heading()).append(eol).append(eol);
            if (!text.isEmpty()) {
                out.append(text).append(eol).append(eol);
            }
            if (!entry.field().isEmpty() && !body.content(entry.field(), card, eol).isEmpty()) {
                appendExtras(out, extrasAfter.remove(entry.field()), entry.level(), eol);
            }
        }
        extrasAfter.values().forEach(rest -> appendExtras(out, rest, 2, eol));
        return out.toString().stripTrailing() + eol;
    }

    /** Sections the card does not model, in the place they had: right after the field they followed. */
    private static void appendExtras(StringBuilder out, List<ExtraSection> extras, int level, String eol) {
        if (extras == null) {
            return;
        }
        for (ExtraSection extra : extras) {
            if (!extra.heading().isEmpty()) {
                out.append("#".repeat(level)).append(' ').append(extra.heading()).append(eol).append(eol);
            }
            if (!extra.markdown().isEmpty()) {
                out.append(extra.markdown().replace("\n", eol)).append(eol).append(eol);
            }
        }
    }

    /** Front matter entries: the modelled keys in the Hub's order, then the kept extra keys in theirs. */
    private String frontMatter(ModelCard card, String eol) {
        StringBuilder out = new StringBuilder();
        for (String key : HubMetadataKeys.KEYS) {
            HubMetadataKeys.value(key, card).ifPresent(v -> out.append(YamlWriter.entry(key, v, eol)));
        }
        for (ExtraField extra : card.extras().metadata()) {
            HubMetadataKeys.extraValue(extra.key(), card).ifPresent(v -> out.append(YamlWriter.entry(extra.key(), v, eol)));
        }
        return out.toString();
    }

    /** A section's prose followed by its label lines. */
    private String sectionText(HubTemplate.Entry entry, ModelCard card, String eol) {
        List<String> parts = new ArrayList<>();
        if (!entry.field().isEmpty()) {
            String content = body.content(entry.field(), card, eol);
            if (!content.isEmpty()) {
                parts.add(content);
            }
        }
        List<String> labelLines = new ArrayList<>();
        for (String field : entry.labels()) {
            String value = body.labelValue(field, card);
            if (!value.isEmpty()) {
                labelLines.add("- **" + body.label(field) + ":** " + value);
            }
        }
        if (!labelLines.isEmpty()) {
            parts.add(String.join(eol, labelLines));
        }
        return String.join(eol + eol, parts);
    }

    private static boolean groupHasContent(int groupIndex, List<String> texts) {
        int level = HubTemplate.ENTRIES.get(groupIndex).level();
        for (int i = groupIndex + 1; i < HubTemplate.ENTRIES.size() && HubTemplate.ENTRIES.get(i).level() > level; i++) {
            if (!texts.get(i).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A patched README: its text, and when the front matter was patched node by node, the metadata it
     * must read back as (for the loss check).
     */
    record Patched(String text, Optional<Map<String, Object>> expectedMetadata, List<String> droppedComments) {
    }

    /** The metadata of {@code card} as plain values: the modelled keys in the Hub's order, then the kept extra keys. */
    static Map<String, Object> metadata(ModelCard card) {
        return metadata(card, false);
    }

    private static Map<String, Object> metadata(ModelCard card, boolean indexWithoutResults) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (String key : HubMetadataKeys.KEYS) {
            HubMetadataKeys.value(key, card, indexWithoutResults).ifPresent(v -> out.put(key, v));
        }
        for (ExtraField extra : card.extras().metadata()) {
            HubMetadataKeys.extraValue(extra.key(), card).ifPresent(v -> out.putIfAbsent(extra.key(), v));
        }
        return out;
    }

    /** {@code original} with the parts that differ between {@code base} (as read) and {@code card} replaced. */
    Patched patch(HubLayout layout, ModelCard base, ModelCard card) {
        if (base.equals(card)) {
            return new Patched(layout.text, Optional.empty(), List.of());
        }
        List<Edit> edits = new ArrayList<>();
        if (!layout.tableRows().isEmpty()) {
            // results read from the body's tables stay in their tables: a changed value is patched in its
            // cell, and the rest of the writing sees only the rows that live in the metadata
            TableResults split = TableResults.split(layout, base, card);
            split.edits().forEach(e -> edits.add(new Edit(e.start(), e.end(), e.text(), 0)));
            base = split.base();
            card = split.card();
        }
        Set<String> covered = new HashSet<>();
        List<String> dropped = new ArrayList<>();
        Optional<Map<String, Object>> expected = Optional.empty();
        if (layout.frontMatter && !layout.frontMatterBroken && layout.metadata != null) {
            boolean emptyIndex = layout.metadata.get("model-index").isPresent();
            YamlPatch.Result meta = YamlPatch.patch(layout.text, layout.eol, layout.yamlEnd, layout.metadata,
                    metadata(base, emptyIndex), metadata(card, emptyIndex));
            meta.edits().forEach(e -> edits.add(new Edit(e.start(), e.end(), e.text(), e.order())));
            expected = Optional.of(meta.expected());
        }
        if (layout.metadata != null) {
            layout.metadata.entries().forEach(e -> covered.addAll(HubMetadataKeys.fields(e.key())));
        }
        for (Map.Entry<HubLayout.Slot, List<HubLayout.Range>> slot : layout.slots.entrySet()) {
            covered.addAll(slot.getKey().fields());
            String before = render(slot.getKey(), base, slot.getValue().get(0), layout.eol);
            String after = render(slot.getKey(), card, slot.getValue().get(0), layout.eol);
            if (!before.equals(after)) {
                edits.addAll(replace(slot.getKey(), slot.getValue(), after, layout));
                if (slot.getKey() instanceof HubLayout.Prose prose && layout.commentsInside(slot.getValue())) {
                    dropped.add(prose.field());
                }
            }
        }
        edits.addAll(insertions(layout, base, card, covered));
        // the front matter's own edits are already in order; body edits come after them
        edits.sort(Comparator.comparingInt(Edit::start).thenComparing(e -> e.end() != e.start()));
        StringBuilder out = new StringBuilder(layout.text.length() + 256);
        int at = 0;
        for (Edit edit : edits) {
            if (edit.start() < at) {
                continue;
            }
            out.append(layout.text, at, edit.start()).append(edit.text());
            at = edit.end();
        }
        return new Patched(out.append(layout.text.substring(at)).toString(), expected, List.copyOf(dropped));
    }

    /** A replacement of the text in [start, end); insertions have start == end and keep their order. */
    private record Edit(int start, int end, String text, int order) {
    }

    private String render(HubLayout.Slot slot, ModelCard card, HubLayout.Range first, String eol) {
        // Java 17 has no pattern switch; the slot type is sealed, so these six are all there are
        if (slot instanceof HubLayout.Prose prose) {
            return body.content(prose.field(), card, eol);
        }
        if (slot instanceof HubLayout.Label label) {
            String value = body.labelValue(label.field(), card);
            return value.isEmpty() ? "" : first.prefix() + value;
        }
        if (slot instanceof HubLayout.Title) {
            return card.details().name();
        }
        if (slot instanceof HubLayout.Cell cell) {
            String value = body.labelValue(cell.field(), card);
            return cell.html() ? TableResults.escapeHtml(value) : MarkdownTable.escape(value);
        }
        if (slot instanceof HubLayout.ResultValue) {
            return "";
        }
        int index = ((HubLayout.ExtraSection) slot).index();
        return index < card.extras().sections().size()
                ? card.extras().sections().get(index).markdown().replace("\n", eol) : "";
    }

    private List<Edit> replace(HubLayout.Slot slot, List<HubLayout.Range> ranges, String rendered, HubLayout layout) {
        List<Edit> edits = new ArrayList<>();
        String eol = layout.eol;
        HubLayout.Range first = ranges.get(0);
        if (slot instanceof HubLayout.Title) {
            edits.add(new Edit(first.start(), first.end(), rendered.isEmpty() ? "" : first.prefix() + rendered, 0));
        } else if (slot instanceof HubLayout.Cell) {
            edits.add(new Edit(first.start(), first.end(), rendered, 0));
        } else if (slot instanceof HubLayout.Label) {
            String original = layout.text.substring(first.start(), first.end());
            String lineEnd = original.endsWith("\r\n") ? "\r\n" : original.endsWith("\n") || original.endsWith("\r")
                    ? original.substring(original.length() - 1) : "";
            edits.add(new Edit(first.start(), first.end(), rendered.isEmpty() ? "" : rendered + lineEnd, 0));
        } else {
            String firstText = layout.text.substring(first.start(), first.end());
            String lead = BodyReader.leading(firstText);
            HubLayout.Range last = ranges.get(ranges.size() - 1);
            String lastText = layout.text.substring(last.start(), last.end());
            String trail = lastText.substring(lastText.stripTrailing().length());
            if (lead.isEmpty() && first.start() > 0) {
                lead = eol;
            }
            String between = ranges.size() > 1 ? eol + eol : trailing(trail, eol);
            edits.add(new Edit(first.start(), first.end(), rendered.isEmpty() ? lead + between.substring(0,
                    Math.min(between.length(), eol.length())) : lead + rendered + between, 0));
            for (int i = 1; i < ranges.size(); i++) {
                HubLayout.Range range = ranges.get(i);
                String text = layout.text.substring(range.start(), range.end());
                edits.add(new Edit(range.start(), range.end(), i == ranges.size() - 1 ? text.substring(text.stripTrailing()
                        .length()) : "", 0));
            }
        }
        return edits;
    }

    /** What follows a section's new text: its old trailing blank lines, at least one line end. */
    private static String trailing(String trail, String eol) {
        return trail.contains("\n") || trail.contains("\r") ? trail : eol + trail;
    }

    /** Fields set in {@code card} that the original has no place for: new keys, labels and sections. */
    private List<Edit> insertions(HubLayout layout, ModelCard base, ModelCard card, Set<String> covered) {
        List<Edit> edits = new ArrayList<>();
        String eol = layout.eol;
        Set<String> newKeys = new LinkedHashSet<>();
        Set<Integer> newSections = new LinkedHashSet<>();
        for (CardField field : catalog.authoredFields()) {
            if (covered.contains(field.id()) || field.isEmpty(card) || Objects.equals(field.read(base), field.read(card))) {
                continue;
            }
            Optional<String> key = HubMetadataKeys.keyOf(field.id());
            key.ifPresent(newKeys::add);
            int index = HubTemplate.indexOf(field.id());
            // a key holds the whole value of a label field, but a section field (datasets) only in part
            boolean sectionOfItsOwn = index >= 0 && HubTemplate.ENTRIES.get(index).field().equals(field.id());
            // results without slices live in model-index alone: their section would be empty
            if (index >= 0 && (key.isEmpty() || sectionOfItsOwn)
                    && !sectionText(HubTemplate.ENTRIES.get(index), card, eol).isEmpty()) {
                newSections.add(index);
            }
        }
        StringBuilder keys = new StringBuilder();
        for (String key : newKeys) {
            HubMetadataKeys.value(key, card).ifPresent(v -> keys.append(YamlWriter.entry(key, v, eol)));
        }
        for (ExtraField extra : card.extras().metadata()) {
            if (!HubMetadataKeys.KEYS.contains(extra.key())) {
                HubMetadataKeys.extraValue(extra.key(), card).ifPresent(v -> keys.append(YamlWriter.entry(extra.key(), v, eol)));
            }
        }
        // an existing front matter is patched node by node (YamlPatch); only a README without one gets a new block
        if (keys.length() > 0 && !layout.frontMatter) {
            edits.add(new Edit(0, 0, "---" + eol + keys + "---" + eol, 0));
        }
        String name = card.details().name();
        if (!covered.contains("details.name") && !name.isEmpty() && !name.equals(base.details().name())) {
            // a README without a title or model-index has nowhere for the name: it gets the template's title,
            // after any text that comes before the first heading (which stays where it was)
            String text = layout.text;
            int at = layout.sections.isEmpty() ? text.length() : layout.sections.get(0).headingStart();
            String lead = at == 0 || text.charAt(at - 1) == '\n' || text.charAt(at - 1) == '\r' ? "" : eol;
            String title = "# Model Card for " + name + eol;
            edits.add(new Edit(at, at, at == text.length() ? lead + (at == layout.bodyStart ? "" : eol) + title
                    : lead + title + eol, 0));
        }
        int order = 1;
        for (int index : newSections) {
            edits.add(sectionInsertion(layout, card, index, order++, covered));
        }
        List<ExtraSection> sections = card.extras().sections();
        for (int i = 0; i < sections.size(); i++) {
            if (!layout.slots.containsKey(new HubLayout.ExtraSection(i))) {
                ExtraSection extra = sections.get(i);
                String text = layout.text;
                String lead = text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? "" : eol;
                edits.add(new Edit(text.length(), text.length(), lead + eol + "## " + extra.heading() + eol + eol
                        + extra.markdown().replace("\n", eol) + eol, 10_000 + i));
            }
        }
        return edits;
    }

    /**
     * The template section {@code index} with the card's content for it, placed before the first
     * heading of the original that comes later in the template (or at the end). A field written as a
     * label goes into its section's existing text when the section is there.
     */
    private Edit sectionInsertion(HubLayout layout, ModelCard card, int index, int order, Set<String> covered) {
        HubTemplate.Entry entry = HubTemplate.ENTRIES.get(index);
        String eol = layout.eol;
        String text = layout.text;
        for (HubLayout.SectionMark mark : layout.sections) {
            if (mark.templateIndex() == index) {
                int end = mark.contentEnd();
                while (end > mark.contentStart() && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                StringBuilder lines = new StringBuilder();
                for (String field : entry.labels()) {
                    String value = body.labelValue(field, card);
                    if (!layout.slots.containsKey(new HubLayout.Label(field)) && !value.isEmpty()) {
                        lines.append(eol).append("- **").append(body.label(field)).append(":** ").append(value);
                    }
                }
                return new Edit(end, end, lines.toString(), order);
            }
        }
        int at = text.length();
        for (HubLayout.SectionMark mark : layout.sections) {
            if (mark.templateIndex() > index) {
                at = mark.headingStart();
                break;
            }
        }
        // a field that already has its place elsewhere (prose under "Model Details") is not written twice
        HubTemplate.Entry written = covered.contains(entry.field()) ? new HubTemplate.Entry(entry.level(), entry.heading(), "",
                entry.labels()) : entry;
        String section = "#".repeat(entry.level()) + " " + entry.heading() + eol + eol + sectionText(written, card, eol) + eol;
        boolean atEnd = at == text.length();
        String lead = at == 0 || text.charAt(at - 1) == '\n' || text.charAt(at - 1) == '\r' ? "" : eol;
        if (atEnd) {
            return new Edit(at, at, lead + (text.isBlank() ? "" : eol) + section, order);
        }
        return new Edit(at, at, lead + section + eol, order);
    }
}
