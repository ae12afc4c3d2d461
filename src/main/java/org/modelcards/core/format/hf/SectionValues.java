package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.catalog.TableSpec;
import org.modelcards.core.format.TextPosition;
import org.modelcards.core.model.Dataset;

/**
 * A section's text as its field's value: prose as it is, bullets as list items, a pipe table with
 * the field's column labels as rows, other text as a row's description, a citation split into its
 * BibTeX and APA parts.
 */
final class SectionValues {
    private static final Pattern BULLET = Pattern.compile("^[ \\t]{0,3}(?:[-*+]|\\d+[.)])[ \\t]+(.*)$");
    private static final Pattern BIBTEX = Pattern.compile("(?s)```[a-zA-Z]*\\R(.*?)\\R\\s*```");
    private static final Pattern APA = Pattern.compile("(?is)\\*\\*APA:?\\*\\*:?\\s*(.+?)(?=\\R\\s*\\R\\s*\\*\\*|\\z)");

    private final FieldCatalog catalog;
    private final CatalogTexts texts;
    private final CardBuilder card;

    SectionValues(FieldCatalog catalog, CatalogTexts texts, CardBuilder card) {
        this.catalog = catalog;
        this.texts = texts;
        this.card = card;
    }

    void fill(String fieldId, String content, TextPosition at) {
        card.at(fieldId, at);
        if (content.isEmpty()) {
            return;
        }
        CardField field = catalog.require(fieldId);
        String value = BodyReader.normalize(content);
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
                row = column.write(row, column.kind() == FieldKind.BOOLEAN ? LabelValues.isYes(cells.get(i)) : cells.get(i));
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
}
