package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.List;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ModelCard;

/** Writes a field's body text as {@link BodyReader} reads it back: prose as is, lists as bullets, tables as pipe tables. */
final class BodyRenderer {
    private final FieldCatalog catalog;
    private final CatalogTexts texts;

    BodyRenderer(FieldCatalog catalog, CatalogTexts texts) {
        this.catalog = catalog;
        this.texts = texts;
    }

    /** The Markdown under the field's heading, lines ending in {@code eol}; empty when the field is. */
    String content(String fieldId, ModelCard card, String eol) {
        CardField field = catalog.require(fieldId);
        String markdown;
        if (fieldId.equals("details.citationBibtex")) {
            markdown = citation(card);
        } else if (fieldId.equals("evaluation.results")) {
            markdown = needsResultsTable(card) ? table(field, (List<?>) field.read(card)) : "";
        } else if (field.kind() == FieldKind.TABLE) {
            markdown = table(field, (List<?>) field.read(card));
        } else if (field.kind() == FieldKind.LIST) {
            List<String> lines = new ArrayList<>();
            for (Object item : (List<?>) field.read(card)) {
                lines.add("- " + String.valueOf(item).replace("\n", "\n  "));
            }
            markdown = String.join("\n", lines);
        } else if (field.kind() == FieldKind.BOOLEAN) {
            markdown = Boolean.TRUE.equals(field.read(card)) ? "yes" : "";
        } else {
            markdown = (String) field.read(card);
        }
        return markdown.replace("\n", eol);
    }

    /** A label line's value: lists joined with commas, yes for a true flag. */
    String labelValue(String fieldId, ModelCard card) {
        Object value = catalog.require(fieldId).read(card);
        if (value instanceof List<?> items) {
            return String.join(", ", items.stream().map(String::valueOf).toList());
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "";
        }
        return ((String) value).replace("\n", " ");
    }

    /** The label a field is written under. */
    String label(String fieldId) {
        return HubTemplate.label(fieldId, texts.label(fieldId));
    }

    /** Slices, confidence intervals and thresholds have no place in model-index: they need the body table. */
    static boolean needsResultsTable(ModelCard card) {
        for (EvalResult row : card.evaluation().results()) {
            if (!row.slice().isEmpty() || !row.ciLow().isEmpty() || !row.ciHigh().isEmpty() || !row.threshold().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private String citation(ModelCard card) {
        List<String> parts = new ArrayList<>();
        if (!card.details().citationBibtex().isEmpty()) {
            parts.add("**BibTeX:**\n\n```bibtex\n" + card.details().citationBibtex() + "\n```");
        }
        if (!card.details().citationApa().isEmpty()) {
            parts.add("**APA:**\n\n" + card.details().citationApa());
        }
        return String.join("\n\n", parts);
    }

    /** All rows, with the columns any row fills, headed by the columns' labels. */
    private String table(CardField field, List<?> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        List<Column> columns = new ArrayList<>();
        for (Column column : field.table().orElseThrow().columns()) {
            boolean used = rows.stream().anyMatch(row -> {
                Object cell = column.read(row);
                return cell instanceof String s ? !s.isEmpty() : Boolean.TRUE.equals(cell);
            });
            if (used) {
                columns.add(column);
            }
        }
        if (columns.isEmpty()) {
            columns.add(field.table().orElseThrow().columns().get(0));
        }
        List<String> headers = columns.stream().map(c -> texts.label(c.textKey())).toList();
        List<List<String>> cells = new ArrayList<>();
        for (Object row : rows) {
            cells.add(columns.stream().map(c -> {
                Object cell = c.read(row);
                return cell instanceof Boolean flag ? (flag ? "yes" : "no") : (String) cell;
            }).toList());
        }
        return MarkdownTable.render(headers, cells, "\n").stripTrailing();
    }
}
