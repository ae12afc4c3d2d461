package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.format.LineIndex;
import org.modelcards.core.format.TextPosition;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ExtraSection;

/**
 * Maps a README body's sections to card fields by their headings and {@code - **Label:** value}
 * lines; a section whose heading is not known is kept as an extra section in its place. Metadata
 * read first takes precedence over the same facts written in the body. Records in a
 * {@link HubLayout} which text each field came from.
 */
final class BodyReader {
    private static final Pattern LABEL_LINE = Pattern.compile(
            "(?m)^([ \\t]*([-*+][ \\t]+)?\\*\\*([^*\\r\\n]+?):?\\*\\*:?[ \\t]*)([^\\r\\n]*)(\\r\\n|\\n|\\r|\\z)");
    /** A plain {@code - Release: 2022-03-13} bullet (OPUS-MT and others); only known labels count. */
    private static final Pattern PLAIN_LABEL_LINE = Pattern.compile(
            "(?m)^([ \\t]*([-*+])[ \\t]+([A-Za-z][^:*\\[\\r\\n]{0,48}?):[ \\t]+)([^\\r\\n]*)(\\r\\n|\\n|\\r|\\z)");
    /** A line that is one bold phrase and nothing else, used as a heading. */
    private static final Pattern BOLD_HEADING = Pattern.compile("(?m)^[ \\t]*\\*\\*([^*\\r\\n]{2,60}?):?\\*\\*:?[ \\t]*(?:\\r\\n|\\n|\\r)");
    private static final Pattern CARD_FOR = Pattern.compile("(?i)^(model card(?:\\s*\\([^)]*\\))?)\\s+for\\s+");
    private static final Pattern CARD_PREFIX = Pattern.compile("(?i)^model card\\s*[:\\-\u2013\u2014|]\\s*");
    private static final Pattern UNNAMED_CARD = Pattern.compile("(?i)model card\\s*\\([^)]*\\)");
    private static final Pattern LEADING = Pattern.compile("^(\\s|<!--[\\s\\S]*?-->)*");

    private final FieldCatalog catalog;
    private final CatalogTexts texts;
    private final Map<String, String> labels;
    private final CardBuilder card;
    private final LineIndex lines;
    private final HubLayout.Builder layout;
    /** Headings (as written) the author assigned to fields by hand; they win over the mapping's. */
    private final Map<String, String> assigned;
    private final LabelValues labelValues;
    private final BodyTableReader tables;
    private final SectionValues values;

    BodyReader(FieldCatalog catalog, CatalogTexts texts, Map<String, String> labels, CardBuilder card, LineIndex lines,
            HubLayout.Builder layout, Map<String, String> assigned) {
        this.assigned = assigned;
        this.labelValues = new LabelValues(catalog, labels, card);
        this.tables = new BodyTableReader(catalog, texts, card, lines, layout, labelValues);
        this.values = new SectionValues(catalog, texts, card);
        this.catalog = catalog;
        this.texts = texts;
        this.labels = labels;
        this.card = card;
        this.lines = lines;
        this.layout = layout;
    }

    void read(String text, List<MarkdownSection> sections) {
        String lastField = "";
        boolean titleSeen = false;
        boolean firstHeading = true;
        Set<String> fromBody = new HashSet<>();
        // fields whose heading only groups sub-headings, with the ranges before the first of them
        Map<String, List<int[]>> waiting = new java.util.LinkedHashMap<>();
        List<ExtraSection> extras = new ArrayList<>();
        List<MarkdownSection> ancestors = new ArrayList<>();
        for (int k = 0; k < sections.size(); k++) {
            MarkdownSection section = sections.get(k);
            TextPosition at = new TextPosition(section.line(), 1);
            ancestors.removeIf(a -> a.level() >= section.level());
            ancestors.add(section);
            List<int[]> chunks = new ArrayList<>();
            boolean results = ancestors.stream().anyMatch(a -> !a.isPreamble() && HeadingMap.mayHoldResults(a.heading()));
            // bold lines head fields only in sections no field holds ("Training", kept sections): in a
            // field's own section they are its text (this tool writes "**BibTeX:**" in the citation)
            String sectionField = section.isPreamble() ? "" : assigned.containsKey(section.heading().strip())
                    ? assigned.get(section.heading().strip())
                    : HeadingMap.field(ancestors.size() > 1 ? ancestors.get(ancestors.size() - 2).heading() : "",
                            section.heading()).filter(f -> !f.equals(HeadingMap.GROUP)).orElse("");
            boolean ownField = !sectionField.isEmpty();
            // nearest first: a label such as "Hardware" may name a field only under some headings ("Training ...")
            List<String> scopes = new ArrayList<>();
            for (int a = ancestors.size() - 1; a >= 0; a--) {
                scopes.add(ancestors.get(a).heading());
            }
            String remaining = claim(text, section.contentStart(), section.contentEnd(), results, !ownField,
                    new LabelScope(scopes, sectionField), chunks);
            String prose = Markdown.visibleText(remaining);
            boolean title = !titleSeen && !section.isPreamble() && isTitle(section, firstHeading);
            firstHeading = false;
            if (section.isPreamble() || title) {
                if (title) {
                    titleSeen = true;
                    readTitle(text, section, at);
                }
                layout.sections.add(new HubLayout.SectionMark(-1, section.level(), section.headingStart(),
                        section.contentStart(), section.contentEnd()));
                if (Markdown.isDecoration(prose)) {
                    // badges, logos and link rows say nothing a field holds: kept as they are
                    addExtra(extras, "", remaining, lastField, at, chunks);
                } else if (card.isEmpty("details.summary") || prose.isEmpty()) {
                    if (!prose.isEmpty()) {
                        card.set("details.summary", normalize(prose), at);
                    }
                    chunks.forEach(c -> layout.slot(new HubLayout.Prose("details.summary"), c[0], c[1], ""));
                    lastField = "details.summary";
                } else {
                    addExtra(extras, section.heading(), remaining, lastField, at, chunks);
                }
                continue;
            }
            Optional<String> mapped = assigned.containsKey(section.heading().strip())
                    ? Optional.of(assigned.get(section.heading().strip()))
                    : HeadingMap.field(ancestors.size() > 1 ? ancestors.get(ancestors.size() - 2).heading() : "",
                            section.heading()).or(() -> HubTemplate.euHeadingField(section.heading()));
            int templateIndex = HubTemplate.indexOfHeading(section.heading()).orElse(-1);
            layout.sections.add(new HubLayout.SectionMark(templateIndex, section.level(), section.headingStart(),
                    section.contentStart(), section.contentEnd()));
            // a heading with nothing of its own before a sub-heading ("## Citation", "### BibTeX") only groups
            boolean onlyGroups = prose.isEmpty() && k + 1 < sections.size() && sections.get(k + 1).level() > section.level();
            if (mapped.isPresent() && onlyGroups) {
                if (!mapped.get().equals(HeadingMap.GROUP)) {
                    // the field's place, should no sub-heading take the field: new text is written here
                    waiting.putIfAbsent(mapped.get(), chunks);
                }
                continue;
            }
            if (mapped.filter(f -> f.equals("evaluation.summary")).isPresent() && introducesResults(prose)) {
                // "In this section, we report the results ... :" introduces tables, it sums nothing up
                addExtra(extras, section.heading(), remaining, lastField, at, chunks);
            } else if (mapped.isPresent() && !mapped.get().equals(HeadingMap.GROUP) && !fromBody.contains(mapped.get())
                    && (card.isEmpty(mapped.get()) || catalog.require(mapped.get()).kind() == FieldKind.TABLE)) {
                values.fill(mapped.get(), prose, at);
                chunks.forEach(c -> layout.slot(new HubLayout.Prose(mapped.get()), c[0], c[1], ""));
                fromBody.add(mapped.get());
                waiting.remove(mapped.get());
                lastField = mapped.get();
            } else if (mapped.isPresent() && mapped.get().equals(HeadingMap.GROUP) && !prose.isEmpty()
                    && HeadingMap.groupField(section.heading()).filter(f -> !fromBody.contains(f) && card.isEmpty(f))
                            .isPresent()) {
                // prose directly under a grouping heading ("Model Details", "Uses") is its main field's
                String field = HeadingMap.groupField(section.heading()).orElseThrow();
                values.fill(field, prose, at);
                chunks.forEach(c -> layout.slot(new HubLayout.Prose(field), c[0], c[1], ""));
                fromBody.add(field);
                lastField = field;
            } else if (mapped.isEmpty() || !prose.isEmpty()) {
                addExtra(extras, section.heading(), remaining, lastField, at, chunks);
            }
        }
        waiting.forEach((field, chunks) -> {
            if (!fromBody.contains(field)) {
                chunks.forEach(c -> layout.slot(new HubLayout.Prose(field), c[0], c[1], ""));
            }
        });
        if (!extras.isEmpty()) {
            card.apply(c -> c.withExtras(c.extras().withSections(extras)));
        }
        tables.columnFacts().forEach((field, value) -> {
            if (card.isEmpty(field)) {
                labelValues.set(field, value, TextPosition.UNKNOWN);
            }
        });
        new SentenceFacts(catalog, card).read(text, sections);
        if (!tables.results().isEmpty()) {
            List<EvalResult> rows = new ArrayList<>(card.card().evaluation().results());
            rows.addAll(tables.results());
            card.apply(c -> c.withEvaluation(c.evaluation().withResults(rows)));
        }
    }

    /**
     * Whether a section's prose only introduces the results after it ("In this section, we report the
     * results ...", "Below are the objective metrics ...", a list of the evaluation datasets).
     */
    private static boolean introducesResults(String prose) {
        return HeadingMap.resultsIntros().stream().anyMatch(p -> p.matcher(prose).lookingAt())
                || ListIntros.introduces(prose, "data.evaluation");
    }

    private void addExtra(List<ExtraSection> extras, String heading, String markdown, String after, TextPosition at,
            List<int[]> chunks) {
        int index = extras.size();
        extras.add(new ExtraSection(heading, normalize(markdown).strip(), after));
        card.at("extras.sections[" + index + "]", at);
        chunks.forEach(c -> layout.slot(new HubLayout.ExtraSection(index), c[0], c[1], ""));
    }

    /**
     * Whether a heading names the model: the first H1 unless it is a known section heading, or the
     * card's first heading at any level (with no text before it) when it is not a known section heading and the model
     * has no name yet.
     */
    private boolean isTitle(MarkdownSection section, boolean firstHeading) {
        String normalized = HeadingMap.normalize(section.heading());
        boolean known = HeadingMap.field(section.heading()).isPresent() && !normalized.equals("model card");
        // a lower heading names the model only when nothing else does (model-index comes first)
        return !known && (section.level() == 1 || firstHeading && card.isEmpty("details.name"));
    }

    /** The name in "# Model Card for NAME", "# Model Card: NAME" (or the whole heading), recorded as the title slot. */
    private void readTitle(String text, MarkdownSection section, TextPosition at) {
        int lineEnd = section.contentStart();
        while (lineEnd > section.headingStart() && (text.charAt(lineEnd - 1) == '\n' || text.charAt(lineEnd - 1) == '\r')) {
            lineEnd--;
        }
        int start = section.headingStart();
        while (start < lineEnd && (text.charAt(start) == '#' || text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        int end = lineEnd;
        while (end > start && (text.charAt(end - 1) == '#' || text.charAt(end - 1) == ' ')) {
            end--;
        }
        Matcher prefix = CARD_FOR.matcher(text.substring(start, end));
        int slotStart = start;
        String slotPrefix = "";
        Matcher other = CARD_PREFIX.matcher(text.substring(start, end));
        if (prefix.lookingAt()) {
            slotStart = start + prefix.end(1);
            slotPrefix = " for ";
            start += prefix.end();
        } else if (other.lookingAt() && other.end() < end - start) {
            start += other.end();
            slotStart = start;
        }
        String name = text.substring(start, end).strip();
        // "# Model Card" alone names nothing; it is what a card without a name is written as, and a
        // name given later goes after it
        if (name.equalsIgnoreCase("model card")) {
            layout.slot(new HubLayout.Title(), end, end, " for ");
        } else if (UNNAMED_CARD.matcher(name).matches()) {
            // "# Model Card (Draft)" names no model either; a name given later goes after the note
            layout.slot(new HubLayout.Title(), end, end, " for ");
        } else if (!name.isEmpty() && end > start) {
            layout.slot(new HubLayout.Title(), slotStart, end, slotPrefix);
            if (card.isEmpty("details.name")) {
                card.set("details.name", name, at);
            }
        }
    }

    /**
     * Takes out of a section's text what fills fields by itself: results tables (in a section about
     * evaluation), key/value tables and {@code - **Label:** value} lines of known labels. Returns the
     * rest of the text; {@code chunks} receives the ranges of that rest.
     */
    private String claim(String text, int start, int end, boolean results, boolean boldHeadings, LabelScope scope,
            List<int[]> chunks) {
        List<int[]> claimed = new ArrayList<>(EditorialNotes.leading(text, start, end));
        tables.claim(text, start, end, results, claimed);
        claimLabels(text, start, end, scope, claimed);
        if (boldHeadings) {
            claimBoldHeadings(text, start, end, claimed);
        }
        claimed.sort(java.util.Comparator.comparingInt(r -> r[0]));
        StringBuilder rest = new StringBuilder();
        int kept = start;
        for (int[] range : claimed) {
            if (range[0] > kept) {
                chunks.add(new int[] {kept, range[0]});
            }
            rest.append(text, kept, Math.max(kept, range[0]));
            kept = Math.max(kept, range[1]);
        }
        if (kept < end || chunks.isEmpty()) {
            chunks.add(new int[] {kept, end});
        }
        rest.append(text, Math.min(kept, end), end);
        return rest.toString();
    }

    /**
     * A bold line standing alone as a heading ({@code **Training Data**}) heads the text down to the
     * next such line: when it names an empty field, that text (less what is already claimed, such as
     * label lines) fills the field and is its place. The bold line itself stays as written.
     */
    private void claimBoldHeadings(String text, int start, int end, List<int[]> claimed) {
        Matcher m = BOLD_HEADING.matcher(text).region(start, end);
        List<int[]> heads = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        while (m.find()) {
            int from = m.start();
            if (claimed.stream().noneMatch(r -> from >= r[0] && from < r[1])) {
                heads.add(new int[] {m.start(), m.end()});
                fields.add(HeadingMap.field(m.group(1)).filter(f -> !f.equals(HeadingMap.GROUP)).orElse(""));
            }
        }
        for (int h = 0; h < heads.size(); h++) {
            String field = fields.get(h);
            if (field.isEmpty() || !card.isEmpty(field) || fields.subList(0, h).contains(field)) {
                continue;
            }
            int regionEnd = h + 1 < heads.size() ? heads.get(h + 1)[0] : end;
            int at = heads.get(h)[1];
            List<int[]> inside = claimed.stream().filter(r -> r[0] >= at && r[0] < regionEnd)
                    .sorted(java.util.Comparator.comparingInt(r -> r[0])).toList();
            List<int[]> pieces = new ArrayList<>();
            StringBuilder prose = new StringBuilder();
            int kept = at;
            for (int[] r : inside) {
                if (r[0] > kept) {
                    pieces.add(new int[] {kept, r[0]});
                    prose.append(text, kept, r[0]);
                }
                kept = Math.max(kept, r[1]);
            }
            if (kept < regionEnd) {
                pieces.add(new int[] {kept, regionEnd});
                prose.append(text, kept, regionEnd);
            }
            String visible = Markdown.visibleText(prose.toString());
            if (visible.isEmpty()) {
                continue;
            }
            values.fill(field, visible, lines.position(heads.get(h)[0]));
            pieces.forEach(r -> layout.slot(new HubLayout.Prose(field), r[0], r[1], ""));
            claimed.addAll(pieces);
            claimed.add(heads.get(h));
        }
    }

    /** {@code - **Label:** value} lines of a known label, outside what is already claimed. */
    private void claimLabels(String text, int start, int end, LabelScope scope, List<int[]> claimed) {
        String raw = text.substring(start, end);
        for (Pattern pattern : raw.contains("**") ? List.of(LABEL_LINE, PLAIN_LABEL_LINE) : List.of(PLAIN_LABEL_LINE)) {
            claimLabels(text, raw, start, pattern, scope, claimed);
        }
    }

    private void claimLabels(String text, String raw, int start, Pattern pattern, LabelScope scope, List<int[]> claimed) {
        Matcher m = pattern.matcher(raw);
        while (m.find()) {
            int from = start + m.start();
            if (claimed.stream().anyMatch(r -> from >= r[0] && from < r[1])) {
                continue;
            }
            String field = labelValues.field(m.group(3), scope.headings(), scope.ownField());
            if (field != null && catalog.require(field).kind() == FieldKind.URL) {
                List<Links.Link> links = Links.in(text, start + m.start(4), start + m.end(4));
                boolean onlyLink = links.size() == 1 && (raw.substring(m.start(4), links.get(0).start() - start)
                        + raw.substring(links.get(0).end() - start, m.end(4))).replaceAll("[<>\\s.]", "").isEmpty();
                if (onlyLink && links.get(0).placed()) {
                    // "- **Paper:** https://..." is the field's line: an edit rewrites it, clearing removes it
                    String set = labelValues.set(field, links.get(0).url(), lines.position(from));
                    layout.slot(new HubLayout.Label(set), from, start + m.end(), m.group(1));
                    claimed.add(new int[] {from, start + m.end()});
                } else if (claimLinks(links, field, lines.position(from))) {
                    claimed.add(new int[] {from, start + m.end()});
                }
                continue;
            }
            String value = Markdown.visibleText(m.group(4));
            if (field != null) {
                value = Quantities.inUnitOf(field, value);
            }
            // a bold paragraph label needs a value on its line: "**Intended Use Cases:**" alone heads a list
            if (field == null || !LabelValues.accepts(catalog.require(field), value)
                    || (m.group(2) == null || pattern == PLAIN_LABEL_LINE) && value.isEmpty()) {
                continue;
            }
            if (catalog.require(field).kind() == FieldKind.TABLE) {
                // "**Testing Data**: 20% validation split ..." describes a dataset; a table has no one
                // line to patch, so the line stays in the section's text and an edit goes to the table
                if (card.isEmpty(field) && catalog.require(field).table().orElseThrow().column("description").isPresent()) {
                    card.addRows(field, "description", List.of(value), lines.position(from));
                }
                continue;
            }
            field = labelValues.set(field, value, lines.position(from));
            layout.slot(new HubLayout.Label(field), from, start + m.end(), m.group(1));
            claimed.add(new int[] {from, start + m.end()});
        }
    }

    /**
     * The links of a URL label's value ("**Resources:** [GitHub Repository](...), [Paper](...)"): a
     * link whose text names a URL field fills that field, the first other one the label's. Each filled
     * field's place is its address, so an edit changes the address and leaves the words around it.
     * Returns whether the line gave anything (a line without a link stays in the section's text).
     */
    private boolean claimLinks(List<Links.Link> links, String labelField, TextPosition at) {
        boolean gave = false;
        boolean labelTaken = false;
        for (Links.Link link : links) {
            Optional<String> named = HeadingMap.linkField(link.text());
            if (named.isEmpty() && labelTaken) {
                continue;
            }
            String field = named.orElse(labelField);
            labelTaken |= field.equals(labelField);
            if (card.isEmpty(field)) {
                card.set(field, link.url(), at);
            }
            if (link.url().equals(card.read(field))) {
                gave = true;
                if (link.placed()) {
                    layout.slot(new HubLayout.Cell(field, false), link.urlStart(), link.urlEnd(), "");
                }
            }
        }
        return gave;
    }

    /** The card holds text with LF line ends whatever the file uses; the writer puts the file's back. */
    static String normalize(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The blank lines and template comments a section starts with, kept when its text is replaced. */
    static String leading(String chunk) {
        Matcher m = LEADING.matcher(chunk);
        m.lookingAt();
        String lead = chunk.substring(0, m.end());
        int lastBreak = Math.max(lead.lastIndexOf('\n'), lead.lastIndexOf('\r'));
        return lastBreak < 0 ? "" : lead.substring(0, lastBreak + 1);
    }

    /** Where a label line stands: the headings above it, nearest first, and the field its section holds ("" for none). */
    private record LabelScope(List<String> headings, String ownField) {
    }
}
