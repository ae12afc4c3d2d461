package org.modelcards.app.find;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.model.ModelCard;

/** Where a text occurs in a card's values: each field (and table cell) that holds it, in the form's order. */
public final class FindViewModel {
    /** One place: the field to go to, where to say it is (labels, not ids), and the offset in its text. */
    public record Match(String fieldId, String where, int offset) {
    }

    private final FieldCatalog catalog;
    private final CatalogTexts texts;

    public FindViewModel(FieldCatalog catalog, CatalogTexts texts) {
        this.catalog = catalog;
        this.texts = texts;
    }

    /** Every occurrence of {@code query} (case-insensitive) in {@code card}; none for a blank query. */
    public List<Match> find(ModelCard card, String query) {
        List<Match> matches = new ArrayList<>();
        String needle = query.toLowerCase(Locale.ROOT);
        if (needle.isBlank()) {
            return matches;
        }
        for (var section : catalog.sections()) {
            for (CardField field : section.fields()) {
                Object value = field.read(card);
                String label = texts.sectionLabel(section.id()) + " › " + texts.label(field.id());
                if (field.kind() == FieldKind.TABLE) {
                    List<?> rows = (List<?>) value;
                    for (int r = 0; r < rows.size(); r++) {
                        for (Column column : field.table().orElseThrow().columns()) {
                            if (column.read(rows.get(r)) instanceof String s) {
                                add(matches, field.id(), label + " › row " + (r + 1) + " › "
                                        + texts.label(column.textKey()), s, needle);
                            }
                        }
                    }
                } else if (value instanceof List<?> list) {
                    add(matches, field.id(), label, String.join("\n", list.stream().map(String::valueOf).toList()), needle);
                } else if (value instanceof String s) {
                    add(matches, field.id(), label, s, needle);
                }
            }
        }
        return matches;
    }

    private static void add(List<Match> matches, String fieldId, String where, String text, String needle) {
        String haystack = text.toLowerCase(Locale.ROOT);
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            matches.add(new Match(fieldId, where, i));
        }
    }
}
