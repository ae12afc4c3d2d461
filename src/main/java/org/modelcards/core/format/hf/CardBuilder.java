package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.TableSpec;
import org.modelcards.core.format.SourceMap;
import org.modelcards.core.format.TextPosition;
import org.modelcards.core.model.ModelCard;

/** Accumulates a card read from a README, field by field, with where each value came from. */
final class CardBuilder {
    private final FieldCatalog catalog;
    private final Map<String, TextPosition> positions = new HashMap<>();
    private ModelCard card = ModelCard.EMPTY;

    CardBuilder(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    ModelCard card() {
        return card;
    }

    SourceMap positions() {
        return new SourceMap(positions);
    }

    boolean isEmpty(String fieldId) {
        return catalog.require(fieldId).isEmpty(card);
    }

    Object read(String fieldId) {
        return catalog.require(fieldId).read(card);
    }

    void set(String fieldId, Object value, TextPosition at) {
        card = catalog.require(fieldId).write(card, value);
        at(fieldId, at);
    }

    /** Records where a path (field, row or cell) is, without changing the card. */
    void at(String path, TextPosition at) {
        if (at.isKnown()) {
            positions.putIfAbsent(path, at);
        }
    }

    void apply(java.util.function.UnaryOperator<ModelCard> change) {
        card = change.apply(card);
    }

    /** Appends rows to a table field, one per text, each text in the given column. */
    void addRows(String fieldId, String columnId, List<String> texts, TextPosition at) {
        CardField field = catalog.require(fieldId);
        TableSpec table = field.table().orElseThrow();
        Column column = table.column(columnId).orElseThrow();
        List<Object> rows = new ArrayList<>((List<?>) field.read(card));
        for (String text : texts) {
            at(fieldId + "[" + rows.size() + "]", at);
            rows.add(column.write(table.blankRow(), text));
        }
        set(fieldId, rows, at);
    }
}
