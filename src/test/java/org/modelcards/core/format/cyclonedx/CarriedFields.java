package org.modelcards.core.format.cyclonedx;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.format.Loss;
import org.modelcards.core.model.ModelCard;

/** Test help: a card reduced to what a CycloneDX BOM carries, so that round trips can be compared with equals. */
final class CarriedFields {
    private static final FieldCatalog CATALOG = FieldCatalog.standard();

    private CarriedFields() {
    }

    /** {@code card} with the fields and columns named in {@code losses} emptied, and blank text emptied everywhere. */
    static ModelCard without(ModelCard card, List<Loss> losses) {
        return clear(card, losses.stream().map(Loss::fieldId).toList());
    }

    /** {@code card} with these field or {@code table.column} ids emptied, and blank text emptied everywhere. */
    static ModelCard clear(ModelCard card, Collection<String> ids) {
        ModelCard result = ids.contains(Losses.UNMAPPED) ? card.withExtras(card.extras().withUnmapped(List.of())) : card;
        for (CardField field : CATALOG.fields()) {
            if (field.kind() == FieldKind.TABLE && !ids.contains(field.id())) {
                List<Object> rows = new ArrayList<>();
                for (Object row : (List<?>) field.read(result)) {
                    for (Column column : field.table().orElseThrow().columns()) {
                        Object value = column.read(row);
                        boolean blank = value instanceof String s && s.isBlank();
                        if (ids.contains(field.id() + "." + column.id()) || blank) {
                            row = column.write(row, column.kind() == FieldKind.BOOLEAN ? (Object) false : "");
                        }
                    }
                    rows.add(row);
                }
                result = field.write(result, rows);
            } else if (ids.contains(field.id()) || field.kind().isText() && ((String) field.read(result)).isBlank()) {
                result = field.write(result, empty(field.kind()));
            }
        }
        return result;
    }

    /**
     * The ids of every non-empty field, or {@code table.column} for authored tables, that the BOM has
     * no place for, including preserved metadata, sections and unknown JSON keys.
     */
    static Set<String> nonEmptyUncarried(ModelCard card) {
        Set<String> ids = new LinkedHashSet<>();
        for (CardField field : CATALOG.fields()) {
            if (field.kind() == FieldKind.TABLE && !field.sectionId().equals("extras")) {
                for (Column column : field.table().orElseThrow().columns()) {
                    String id = field.id() + "." + column.id();
                    boolean any = ((List<?>) field.read(card)).stream().map(column::read)
                            .anyMatch(v -> v instanceof String s ? !s.isBlank() : Boolean.TRUE.equals(v));
                    if (any && !Losses.CARRIED.contains(id)) {
                        ids.add(id);
                    }
                }
            } else if (!field.isEmpty(card) && !Losses.CARRIED.contains(field.id())) {
                ids.add(field.id());
            }
        }
        if (!card.extras().unmapped().isEmpty()) {
            ids.add(Losses.UNMAPPED);
        }
        return ids;
    }

    private static Object empty(FieldKind kind) {
        return switch (kind) {
            case BOOLEAN -> false;
            case LIST, TABLE -> List.of();
            default -> "";
        };
    }
}
