package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.format.LineIndex;
import org.modelcards.core.format.TextPosition;
import org.modelcards.core.model.EvalResult;

/**
 * The tables of a README section that fill fields by themselves: results tables (in a section about
 * evaluation) become evaluation rows, two-column key/value tables fill the fields their keys name.
 * Each claims the text it takes, so the section's prose is what is left, and records the cells as
 * the fields' places in the layout.
 */
final class BodyTableReader {
    private final FieldCatalog catalog;
    private final CatalogTexts texts;
    private final CardBuilder card;
    private final LineIndex lines;
    private final HubLayout.Builder layout;
    private final LabelValues labels;
    /** Results read from the body's tables, appended after the metadata's once the body is read. */
    private final List<EvalResult> tableResults = new ArrayList<>();
    private final java.util.Map<String, String> columnFacts = new java.util.LinkedHashMap<>();

    BodyTableReader(FieldCatalog catalog, CatalogTexts texts, CardBuilder card, LineIndex lines, HubLayout.Builder layout,
            LabelValues labels) {
        this.catalog = catalog;
        this.texts = texts;
        this.card = card;
        this.lines = lines;
        this.layout = layout;
        this.labels = labels;
    }

    /** The results read from tables so far. */
    List<EvalResult> results() {
        return List.copyOf(tableResults);
    }

    /** Claims the tables between {@code start} and {@code end}; results tables only where {@code results} says. */
    void claim(String text, int start, int end, boolean results, List<int[]> claimed) {
        if (!mayHoldTable(text, start, end)) {
            return;
        }
        for (BodyTables.Table table : BodyTables.find(text, start, end)) {
            if (!(results && !isFieldTable(table) && claimResults(table, claimed)) && !claimKeyValues(text, table, claimed)) {
                readColumns(table);
            }
        }
    }

    /**
     * Facts a wider table states once for every row ("Context length: 128k" for all three sizes):
     * a column headed by a known label whose rows all say the same. They have no place of their own
     * (the table stays in the section's text); the reader gives them to fields nothing else fills.
     */
    private void readColumns(BodyTables.Table table) {
        if (table.width() < 3 || table.rows().size() < 2 || isFieldTable(table)) {
            return;
        }
        List<BodyTables.Cell> header = table.rows().get(0);
        for (int c = 0; c < header.size(); c++) {
            String field = labels.field(header.get(c).text());
            if (field == null || catalog.require(field).kind() == FieldKind.TABLE) {
                continue;
            }
            Set<String> values = new HashSet<>();
            for (List<BodyTables.Cell> row : table.rows().subList(1, table.rows().size())) {
                values.add(c < row.size() ? row.get(c).text() : "");
            }
            String value = values.size() == 1 ? Quantities.inUnitOf(field, values.iterator().next()) : "";
            if (!value.isEmpty() && LabelValues.accepts(catalog.require(field), value)) {
                columnFacts.putIfAbsent(field, value);
            }
        }
    }

    /** The facts of {@link #readColumns}, field to value, in the order met. */
    java.util.Map<String, String> columnFacts() {
        return java.util.Collections.unmodifiableMap(columnFacts);
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

    /**
     * A table of two columns whose rows name known labels ({@code | Model date | January 2021 |}):
     * each known row fills its field from the value cell, which becomes that field's place. The
     * whole table is taken when every row is known (the header may be a plain "Attribute | Value");
     * else only a pipe table's known rows are, so that the rest stays a table in the text.
     */
    private boolean claimKeyValues(String text, BodyTables.Table table, List<int[]> claimed) {
        if (table.width() != 2) {
            return false;
        }
        List<List<BodyTables.Cell>> rows = table.rows();
        List<Integer> known = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<BodyTables.Cell> row = rows.get(r);
            String field = row.size() == 2 ? labels.field(row.get(0).text()) : null;
            if (field != null && row.get(1).patchable() && !row.get(1).text().isEmpty()
                    && LabelValues.accepts(catalog.require(field), row.get(1).text())
                    && catalog.require(field).kind() != FieldKind.TABLE) {
                known.add(r);
            }
        }
        if (known.isEmpty()) {
            return false;
        }
        boolean genericHeader = HeadingMap.isGenericTableHeader(rows.get(0).stream()
                .map(BodyTables.Cell::text).toList());
        boolean whole = known.size() + (known.contains(0) || !genericHeader ? 0 : 1) == rows.size();
        if (!whole && table.html()) {
            return false;
        }
        for (int r : known) {
            if (r == 0 && !whole) {
                continue;
            }
            BodyTables.Cell value = rows.get(r).get(1);
            String field = labels.set(labels.field(rows.get(r).get(0).text()), value.text(),
                    lines.position(value.start()));
            layout.slot(new HubLayout.Cell(field, table.html()), value.start(), value.end(), "");
            if (!whole) {
                claimed.add(lineAround(text, value.start(), table.end()));
            }
        }
        if (whole) {
            claimed.add(new int[] {table.start(), table.end()});
        }
        return true;
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
}
