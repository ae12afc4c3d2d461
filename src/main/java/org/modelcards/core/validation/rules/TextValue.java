package org.modelcards.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.model.ModelCard;

/**
 * One piece of text on a card with its path: a text field ({@code details.name}), a list item
 * ({@code details.tags[1]}) or a table cell ({@code evaluation.results[2].metricType}).
 */
record TextValue(CardField field, FieldKind kind, String path, String text) {
    /** Every non-empty text on the card, in catalogue order. */
    static List<TextValue> all(ModelCard card, FieldCatalog catalog) {
        List<TextValue> values = new ArrayList<>();
        for (CardField field : catalog.authoredFields()) {
            Object value = field.read(card);
            switch (field.kind()) {
                case LIST -> {
                    List<?> items = (List<?>) value;
                    for (int i = 0; i < items.size(); i++) {
                        add(values, field, FieldKind.TEXT, field.id() + "[" + i + "]", (String) items.get(i));
                    }
                }
                case TABLE -> {
                    List<?> rows = (List<?>) value;
                    for (int i = 0; i < rows.size(); i++) {
                        for (Column column : field.table().orElseThrow().columns()) {
                            if (column.kind().isText()) {
                                add(values, field, column.kind(), field.id() + "[" + i + "]." + column.id(),
                                        (String) column.read(rows.get(i)));
                            }
                        }
                    }
                }
                case BOOLEAN -> { }
                default -> add(values, field, field.kind(), field.id(), (String) value);
            }
        }
        return values;
    }

    private static void add(List<TextValue> values, CardField field, FieldKind kind, String path, String text) {
        if (!text.isEmpty()) {
            values.add(new TextValue(field, kind, path, text));
        }
    }
}
