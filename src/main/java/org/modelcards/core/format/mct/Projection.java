package org.modelcards.core.format.mct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.model.ModelCard;

/**
 * Compares two cards on what MCT carries. Blank text counts as empty: a blank date or link says
 * nothing, so leaving it out loses nothing.
 */
final class Projection {
    private Projection() {
    }

    /**
     * The carried fields and columns that {@code card} fills and whose values differ in {@code other},
     * with the value there. (A field {@code card} leaves empty loses nothing if {@code other} fills it:
     * the value came from another field, which is the one reported.)
     */
    static Map<String, String> differences(FieldCatalog catalog, ModelCard card, ModelCard other) {
        Map<String, String> differ = new LinkedHashMap<>();
        for (CardField field : catalog.fields()) {
            if (field.table().isPresent()) {
                List<?> rows = (List<?>) field.read(card);
                List<?> otherRows = (List<?>) field.read(other);
                for (Column column : field.table().get().columns()) {
                    if (!MctFields.carries(column)) {
                        continue;
                    }
                    if (rows.stream().allMatch(column::isEmpty)) {
                        continue;
                    }
                    if (rows.size() != otherRows.size()) {
                        differ.put(column.textKey(), otherRows.size() + " rows instead of " + rows.size());
                        continue;
                    }
                    for (int i = 0; i < rows.size(); i++) {
                        Object value = column.read(otherRows.get(i));
                        if (!same(column.read(rows.get(i)), value)) {
                            differ.put(column.textKey(), "row " + (i + 1) + ": " + shown(value));
                            break;
                        }
                    }
                }
            } else if (MctFields.carries(field.id()) && !field.isEmpty(card)) {
                Object value = field.read(other);
                if (!same(field.read(card), value)) {
                    differ.put(field.id(), shown(value));
                }
            }
        }
        return differ;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof String s && b instanceof String t) {
            return s.isBlank() && t.isBlank() || s.equals(t);
        }
        return a.equals(b);
    }

    private static String shown(Object value) {
        if (value instanceof String s) {
            return s.isEmpty() ? "nothing" : MctWriter.quote(s);
        }
        return String.valueOf(value);
    }
}
