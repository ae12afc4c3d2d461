package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.catalog.TableSpec;
import org.modelcards.core.format.LineIndex;
import org.modelcards.core.format.TextPosition;
import org.modelcards.core.model.Dataset;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ExtraSection;
import org.modelcards.core.model.Numbers;

/**
 * Maps a README body's sections to card fields by their headings and {@code - **Label:** value}
 * lines; a section whose heading is not known is kept as an extra section in its place. Metadata
 * read first takes precedence over the same facts written in the body. Records in a
 * {@link HubLayout} which text each field came from.
 */
final class BodyReader {
    private static final Pattern LABEL_LINE = Pattern.compile(
            "(?m)^([ \\t]*([-*+][ \\t]+)?\\*\\*([^*\\r\\n]+?):?\\*\\*:?[ \\t]*)([^\\r\\n]*)(\\r\\n|\\n|\\r|\\z)");
    private static final Pattern BULLET = Pattern.compile("^[ \\t]{0,3}(?:[-*+]|\\d+[.)])[ \\t]+(.*)$");
    private static final Pattern CARD_FOR = Pattern.compile("(?i)^model card for\\s+");
    private static final Pattern CARD_PREFIX = Pattern.compile("(?i)^model card\\s*[:\\-\u2013\u2014|]\\s*");
    private static final Pattern BIBTEX = Pattern.compile("(?s)```[a-zA-Z]*\\R(.*?)\\R\\s*```");
    private static final Pattern APA = Pattern.compile("(?is)\\*\\*APA:?\\*\\*:?\\s*(.+?)(?=\\R\\s*\\R\\s*\\*\\*|\\z)");
    private static final Pattern LEADING = Pattern.compile("^(\\s|<!--[\\s\\S]*?-->)*");

    private final FieldCatalog catalog;
    private final CatalogTexts texts;
    private final Map<String, String> labels;
    private final CardBuilder card;
    private final LineIndex lines;
    private final HubLayout.Builder layout;
    /** Headings (as written) the author assigned to fields by hand; they win over the mapping's. */
    private final Map<String, String> assigned;
    /** Results read from the body's tables, appended after the metadata's once the body is read. */
    private final List<EvalResult> tableResults = new ArrayList<>();

    BodyReader(FieldCatalog catalog, CatalogTexts texts, Map<String, String> labels, CardBuilder card, LineIndex lines,
            HubLayout.Builder layout, Map<String, String> assigned) {
        this.assigned = assigned;
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
            String remaining = claim(text, section.contentStart(), section.contentEnd(), results, chunks);
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
                            section.heading());
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
            if (mapped.isPresent() && !mapped.get().equals(HeadingMap.GROUP) && !fromBody.contains(mapped.get())
                    && (card.isEmpty(mapped.get()) || catalog.require(mapped.get()).kind() == FieldKind.TABLE)) {
                fill(mapped.get(), prose, at);
                chunks.forEach(c -> layout.slot(new HubLayout.Prose(mapped.get()), c[0], c[1], ""));
                fromBody.add(mapped.get());
                waiting.remove(mapped.get());
                lastField = mapped.get();
            } else if (mapped.isPresent() && mapped.get().equals(HeadingMap.GROUP) && !prose.isEmpty()
                    && HeadingMap.groupField(section.heading()).filter(f -> !fromBody.contains(f) && card.isEmpty(f))
                            .isPresent()) {
                // prose directly under a grouping heading ("Model Details", "Uses") is its main field's
                String field = HeadingMap.groupField(section.heading()).orElseThrow();
                fill(field, prose, at);
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
        readSentences(text, sections);
        if (!tableResults.isEmpty()) {
            List<EvalResult> rows = new ArrayList<>(card.card().evaluation().results());
            rows.addAll(tableResults);
            card.apply(c -> c.withEvaluation(c.evaluation().withResults(rows)));
        }
    }

    /** Facts stated in sentences, for the fields nothing else filled (see {@link HeadingMap.Sentence}). */
    private void readSentences(String text, List<MarkdownSection> sections) {
        if (sections.isEmpty()) {
            return;
        }
        String body = Markdown.visibleText(text.substring(sections.get(0).headingStart()));
        for (HeadingMap.Sentence sentence : HeadingMap.sentences()) {
            if (!card.isEmpty(sentence.field())) {
                continue;
            }
            Matcher m = sentence.pattern().matcher(body);
            if (m.find()) {
                String value = m.group(1).strip();
                if (sentence.field().equals("license.id")) {
                    value = LicenceStatement.hubId(value);
                }
                CardField field = catalog.require(sentence.field());
                card.set(sentence.field(), field.kind() == FieldKind.LIST ? List.of(value) : value, TextPosition.UNKNOWN);
            }
        }
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
            slotStart = start + "model card".length();
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
    private String claim(String text, int start, int end, boolean results, List<int[]> chunks) {
        List<int[]> claimed = new ArrayList<>();
        if (mayHoldTable(text, start, end)) {
            for (BodyTables.Table table : BodyTables.find(text, start, end)) {
                if (!(results && !isFieldTable(table) && claimResults(table, claimed))) {
                    claimKeyValues(text, table, claimed);
                }
            }
        }
        claimLabels(text, start, end, claimed);
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

    /** The field a label names, also with its parenthetical removed ("Carbon Emitted (Power x Time ...)"). */
    private String label(String text) {
        String field = labels.get(HeadingMap.normalize(text));
        if (field == null && text.contains("(")) {
            field = labels.get(HeadingMap.normalize(text.replaceAll("\\([^)]*\\)?", " ")));
        }
        return field;
    }

    /**
     * Whether a table's header names the columns of one of the card's table fields (as this tool
     * writes datasets, risks or results): such a table is that field's, read with its section.
     */
    private boolean isFieldTable(BodyTables.Table table) {
        List<String> header = table.rows().get(0).stream().map(c -> HeadingMap.normalize(c.text())).toList();
        for (CardField field : catalog.authoredFields()) {
            if (field.kind() == FieldKind.TABLE) {
                Set<String> columns = new HashSet<>();
                field.table().orElseThrow().columns().forEach(c -> columns.add(HeadingMap.normalize(texts.label(c.textKey()))));
                if (columns.containsAll(header)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the range has a pipe or an HTML table tag, so that looking for tables is worth it. */
    private static boolean mayHoldTable(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '|' || c == '<' && text.regionMatches(true, i, "<table", 0, 6)) {
                return true;
            }
        }
        return false;
    }

    /** {@code - **Label:** value} lines of a known label, outside what is already claimed. */
    private void claimLabels(String text, int start, int end, List<int[]> claimed) {
        String raw = text.substring(start, end);
        if (!raw.contains("**")) {
            return;
        }
        Matcher m = LABEL_LINE.matcher(raw);
        while (m.find()) {
            int from = start + m.start();
            if (claimed.stream().anyMatch(r -> from >= r[0] && from < r[1])) {
                continue;
            }
            String field = label(m.group(3));
            String value = Markdown.visibleText(m.group(4));
            if (field != null) {
                value = Quantities.inUnitOf(field, value);
            }
            // a bold paragraph label needs a value on its line: "**Intended Use Cases:**" alone heads a list
            if (field == null || !accepts(catalog.require(field), value) || m.group(2) == null && value.isEmpty()
                    || catalog.require(field).kind() == FieldKind.TABLE) {
                continue;
            }
            field = setLabel(field, value, lines.position(from));
            layout.slot(new HubLayout.Label(field), from, start + m.end(), m.group(1));
            claimed.add(new int[] {from, start + m.end()});
        }
    }

    /**
     * A table of two columns whose rows name known labels ({@code | Model date | January 2021 |}):
     * each known row fills its field from the value cell, which becomes that field's place. The
     * whole table is taken when every row is known (the header may be a plain "Attribute | Value");
     * else only a pipe table's known rows are, so that the rest stays a table in the text.
     */
    private void claimKeyValues(String text, BodyTables.Table table, List<int[]> claimed) {
        if (table.width() != 2) {
            return;
        }
        List<List<BodyTables.Cell>> rows = table.rows();
        List<Integer> known = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<BodyTables.Cell> row = rows.get(r);
            String field = row.size() == 2 ? labels.get(HeadingMap.normalize(row.get(0).text())) : null;
            if (field != null && row.get(1).patchable() && !row.get(1).text().isEmpty()
                    && accepts(catalog.require(field), row.get(1).text())
                    && catalog.require(field).kind() != FieldKind.TABLE) {
                known.add(r);
            }
        }
        if (known.isEmpty()) {
            return;
        }
        boolean genericHeader = HeadingMap.isGenericTableHeader(rows.get(0).stream()
                .map(BodyTables.Cell::text).toList());
        boolean whole = known.size() + (known.contains(0) || !genericHeader ? 0 : 1) == rows.size();
        if (!whole && table.html()) {
            return;
        }
        for (int r : known) {
            if (r == 0 && !whole) {
                continue;
            }
            BodyTables.Cell value = rows.get(r).get(1);
            String field = setLabel(labels.get(HeadingMap.normalize(rows.get(r).get(0).text())), value.text(),
                    lines.position(value.start()));
            layout.slot(new HubLayout.Cell(field, table.html()), value.start(), value.end(), "");
            if (!whole) {
                claimed.add(lineAround(text, value.start(), table.end()));
            }
        }
        if (whole) {
            claimed.add(new int[] {table.start(), table.end()});
        }
    }

    /** The whole line (with its line end) holding {@code offset}. */
    private static int[] lineAround(String text, int offset, int limit) {
        int s = offset;
        while (s > 0 && text.charAt(s - 1) != '\n' && text.charAt(s - 1) != '\r') {
            s--;
        }
        int e = offset;
        while (e < limit && text.charAt(e) != '\n' && text.charAt(e) != '\r') {
            e++;
        }
        if (e < limit && text.charAt(e) == '\r') {
            e++;
        }
        if (e < limit && text.charAt(e) == '\n') {
            e++;
        }
        return new int[] {s, e};
    }

    /**
     * A results table becomes evaluation rows, each value cell its row's place, unless the card's
     * model-index already reports the same numbers (a leaderboard table repeating the metadata).
     */
    private boolean claimResults(BodyTables.Table table, List<int[]> claimed) {
        Optional<List<ResultsTables.Found>> found = ResultsTables.read(table, (String) card.read("details.name"));
        if (found.isEmpty()) {
            return false;
        }
        List<EvalResult> metadataRows = card.card().evaluation().results();
        Set<String> reported = new HashSet<>();
        metadataRows.forEach(r -> reported.add(r.value().strip()));
        long repeated = found.get().stream().filter(f -> reported.contains(f.row().value())).count();
        if (!metadataRows.isEmpty() && repeated * 2 >= found.get().size()) {
            return false;
        }
        for (ResultsTables.Found f : found.get()) {
            int index = metadataRows.size() + tableResults.size();
            TextPosition at = f.value().patchable() ? lines.position(f.value().start()) : lines.position(table.start());
            card.at("evaluation.results[" + index + "]", at);
            int[] range = valueRange(f.value(), f.row().value());
            if (range != null) {
                layout.slot(new HubLayout.ResultValue(index, table.html()), range[0], range[1], "");
            }
            tableResults.add(f.row());
        }
        claimed.add(new int[] {table.start(), table.end()});
        return true;
    }

    /** Where in its cell a value is written ({@code 85.2} in {@code **85.2**}), or null when not as one piece. */
    private int[] valueRange(BodyTables.Cell cell, String value) {
        if (!cell.patchable()) {
            return null;
        }
        int inside = layout.text.substring(cell.start(), cell.end()).indexOf(value);
        return inside < 0 ? null : new int[] {cell.start() + inside, cell.start() + inside + value.length()};
    }

    /** Prose such as "about 374 g CO2eq" is not a number: it stays in the section's text. */
    private static boolean accepts(CardField field, String value) {
        return field.kind() != FieldKind.NUMBER || Numbers.parse(value).isPresent();
    }

    /** Fills a field from a label's value (unless already set); returns the field the label stands for. */
    private String setLabel(String labelField, String value, TextPosition at) {
        String fieldId = labelField;
        if (labelField.equals("license.id") && LicenceStatement.isStatement(value) && !value.equals(card.read("license.id"))) {
            // "A custom commercial license ... is available at: URL" names and links a licence; it is no Hub id
            LicenceStatement statement = LicenceStatement.parse(value);
            fieldId = "license.name";
            if (!statement.link().isEmpty() && card.isEmpty("license.link")) {
                card.set("license.link", statement.link(), at);
            }
            value = statement.name();
        }
        if (value.isEmpty() || !card.isEmpty(fieldId)) {
            return fieldId;
        }
        CardField field = catalog.require(fieldId);
        Object typed = switch (field.kind()) {
            case LIST -> splitList(value, fieldId);
            case BOOLEAN -> isYes(value);
            default -> value;
        };
        card.set(fieldId, typed, at);
        return fieldId;
    }

    private void fill(String fieldId, String content, TextPosition at) {
        card.at(fieldId, at);
        if (content.isEmpty()) {
            return;
        }
        CardField field = catalog.require(fieldId);
        String value = normalize(content);
        switch (field.kind()) {
            case LIST -> card.set(fieldId, items(value), at);
            case TABLE -> fillTable(field, value, at);
            default -> {
                if (fieldId.equals("details.citationBibtex")) {
                    fillCitation(value, at);
                } else {
                    card.set(fieldId, value, at);
                }
            }
        }
    }

    private void fillTable(CardField field, String content, TextPosition at) {
        Optional<List<Object>> table = tableRows(field, content);
        if (table.isPresent()) {
            card.set(field.id(), table.get(), at);
        } else if (field.id().equals("evaluation.results")) {
            return;
        } else if (field.id().startsWith("data.")) {
            @SuppressWarnings("unchecked")
            List<Dataset> rows = (List<Dataset>) card.read(field.id());
            if (rows.size() == 1 && rows.get(0).description().isEmpty()) {
                card.set(field.id(), List.of(rows.get(0).withDescription(content)), at);
            } else {
                card.addRows(field.id(), "description", List.of(content), at);
            }
        } else {
            card.addRows(field.id(), field.table().orElseThrow().columns().get(0).id(), items(content), at);
        }
    }

    /** A pipe table whose headers are the table's column labels (or ids) read as rows; a table replaces rows read from metadata. */
    private Optional<List<Object>> tableRows(CardField field, String content) {
        Optional<List<List<String>>> parsed = MarkdownTable.parse(content);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        TableSpec spec = field.table().orElseThrow();
        List<String> header = parsed.get().get(0);
        List<Column> columns = new ArrayList<>();
        for (String cell : header) {
            String wanted = HeadingMap.normalize(cell);
            Column match = null;
            for (Column column : spec.columns()) {
                if (HeadingMap.normalize(texts.label(column.textKey())).equals(wanted)
                        || column.id().toLowerCase(Locale.ROOT).equals(wanted)) {
                    match = column;
                }
            }
            if (match == null) {
                return Optional.empty();
            }
            columns.add(match);
        }
        List<Object> rows = new ArrayList<>();
        for (List<String> cells : parsed.get().subList(1, parsed.get().size())) {
            Object row = spec.blankRow();
            for (int i = 0; i < columns.size() && i < cells.size(); i++) {
                Column column = columns.get(i);
                row = column.write(row, column.kind() == FieldKind.BOOLEAN ? isYes(cells.get(i)) : cells.get(i));
            }
            rows.add(row);
        }
        return Optional.of(rows);
    }

    private void fillCitation(String content, TextPosition at) {
        Matcher bibtex = BIBTEX.matcher(content);
        Matcher apa = APA.matcher(content);
        boolean found = false;
        if (bibtex.find()) {
            card.set("details.citationBibtex", bibtex.group(1).strip(), at);
            found = true;
        }
        if (apa.find()) {
            card.set("details.citationApa", apa.group(1).strip(), at);
            found = true;
        }
        if (!found) {
            card.set("details.citationApa", content, at);
        }
    }

    private static boolean isYes(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("yes") || v.equals("true");
    }

    /** Bulleted items, or the whole text as one item when it has no bullets. */
    static List<String> items(String content) {
        List<String> items = new ArrayList<>();
        for (String line : content.split("\n")) {
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                items.add(bullet.group(1).strip());
            } else if (!line.isBlank() && !items.isEmpty() && Character.isWhitespace(line.charAt(0))) {
                items.set(items.size() - 1, items.get(items.size() - 1) + "\n" + line.strip());
            } else if (!line.isBlank()) {
                return List.of(content);
            }
        }
        return items.isEmpty() ? List.of(content) : items;
    }

    /** A comma-separated list; language names ("English") become their ISO 639-1 codes, as metadata holds codes. */
    private static List<String> splitList(String value, String fieldId) {
        // "English, German, and Thai.": the last item's "and" and the sentence's full stop are not part of it
        String items = value.strip().replaceAll("\\.$", "");
        return java.util.Arrays.stream(items.split(",")).map(String::strip).map(s -> s.replaceFirst("^(and|or) ", ""))
                .filter(s -> !s.isEmpty())
                .map(item -> fieldId.equals("details.languages") ? LanguageNames.code(item) : item).toList();
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
}
