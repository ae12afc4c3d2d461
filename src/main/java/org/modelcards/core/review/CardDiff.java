package org.modelcards.core.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.model.ExtraSection;
import org.modelcards.core.model.ModelCard;

/**
 * Compares two cards field by field through the catalogue, whatever formats they came from: lists
 * and tables are matched by identity, not position, so reordering is not a change.
 *
 * <pre>{@code
 * List<Change> changes = new CardDiff(FieldCatalog.standard()).compare(previous, proposed);
 * }</pre>
 */
public final class CardDiff {
    private final FieldCatalog catalog;

    public CardDiff(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    public List<Change> compare(ModelCard base, ModelCard proposed) {
        List<Change> changes = new ArrayList<>();
        for (CardField field : catalog.authoredFields()) {
            Object before = field.read(base);
            Object after = field.read(proposed);
            if (Objects.equals(before, after)) {
                continue;
            }
            switch (field.kind()) {
                case LIST -> compareLists(field, (List<?>) before, (List<?>) after, changes);
                case TABLE -> compareTables(field, (List<?>) before, (List<?>) after, changes);
                default -> scalar(field.id(), field.id(), String.valueOf(before), String.valueOf(after), changes);
            }
        }
        compareExtras(base, proposed, changes);
        return changes;
    }

    private static void scalar(String fieldId, String path, String before, String after, List<Change> changes) {
        if (before.strip().equals(after.strip())) {
            return;
        }
        boolean wasEmpty = before.isBlank() || before.equals("false");
        boolean isEmpty = after.isBlank() || after.equals("false");
        Change.Kind kind = wasEmpty ? Change.Kind.ADDED : isEmpty ? Change.Kind.REMOVED : Change.Kind.CHANGED;
        changes.add(new Change(fieldId, path, kind, before, after));
    }

    /** Items added and removed; the same items in another order are no change. */
    private static void compareLists(CardField field, List<?> before, List<?> after, List<Change> changes) {
        Set<Object> was = new LinkedHashSet<>(before);
        Set<Object> now = new LinkedHashSet<>(after);
        for (Object item : now) {
            if (!was.contains(item)) {
                changes.add(new Change(field.id(), field.id() + "[+]", Change.Kind.ADDED, "", String.valueOf(item)));
            }
        }
        for (Object item : was) {
            if (!now.contains(item)) {
                changes.add(new Change(field.id(), field.id() + "[-]", Change.Kind.REMOVED, String.valueOf(item), ""));
            }
        }
    }

    /** Rows matched by identity; for a matched row, each changed cell is a change of its own. */
    private void compareTables(CardField field, List<?> before, List<?> after, List<Change> changes) {
        Map<String, Object> was = index(field, before);
        Map<String, Object> now = index(field, after);
        for (Map.Entry<String, Object> row : now.entrySet()) {
            Object old = was.get(row.getKey());
            String name = field.id() + "[" + display(row.getKey(), row.getValue()) + "]";
            if (old == null) {
                changes.add(new Change(field.id(), name, Change.Kind.ADDED, "", describe(field, row.getValue())));
            } else if (!old.equals(row.getValue())) {
                for (Column column : field.table().orElseThrow().columns()) {
                    scalar(field.id(), name + "." + column.id(), String.valueOf(column.read(old)),
                            String.valueOf(column.read(row.getValue())), changes);
                }
            }
        }
        for (Map.Entry<String, Object> row : was.entrySet()) {
            if (!now.containsKey(row.getKey())) {
                changes.add(new Change(field.id(), field.id() + "[" + display(row.getKey(), row.getValue()) + "]",
                        Change.Kind.REMOVED, describe(field, row.getValue()), ""));
            }
        }
    }

    /** Rows by identity; a repeated identity gets a counter so that no row is lost. */
    private static Map<String, Object> index(CardField field, List<?> rows) {
        Map<String, Object> index = new LinkedHashMap<>();
        for (Object row : rows) {
            String key = RowIdentity.of(field, row);
            String unique = key;
            for (int n = 2; index.containsKey(unique); n++) {
                unique = key + " #" + n;
            }
            index.put(unique, row);
        }
        return index;
    }

    private static String display(String key, Object row) {
        String label = RowIdentity.label(row);
        return label.isEmpty() ? key : label;
    }

    private static String describe(CardField field, Object row) {
        List<String> cells = new ArrayList<>();
        for (Column column : field.table().orElseThrow().columns()) {
            Object cell = column.read(row);
            boolean empty = cell instanceof String s ? s.isBlank() : !Boolean.TRUE.equals(cell);
            if (!empty) {
                cells.add(column.id() + ": " + cell);
            }
        }
        return String.join("; ", cells);
    }

    /** Unknown metadata by key and unknown sections by heading, as the card keeps them. */
    private static void compareExtras(ModelCard base, ModelCard proposed, List<Change> changes) {
        Map<String, String> was = new LinkedHashMap<>();
        base.extras().metadata().forEach(e -> was.put(e.key(), e.value()));
        Map<String, String> now = new LinkedHashMap<>();
        proposed.extras().metadata().forEach(e -> now.put(e.key(), e.value()));
        keyed("extras.metadata", was, now, changes);
        Map<String, String> sectionsWas = new LinkedHashMap<>();
        for (ExtraSection s : base.extras().sections()) {
            sectionsWas.merge(s.heading(), s.markdown(), (a, b) -> a + "\n\n" + b);
        }
        Map<String, String> sectionsNow = new LinkedHashMap<>();
        for (ExtraSection s : proposed.extras().sections()) {
            sectionsNow.merge(s.heading(), s.markdown(), (a, b) -> a + "\n\n" + b);
        }
        keyed("extras.sections", sectionsWas, sectionsNow, changes);
    }

    private static void keyed(String fieldId, Map<String, String> was, Map<String, String> now, List<Change> changes) {
        Set<String> keys = new LinkedHashSet<>(was.keySet());
        keys.addAll(now.keySet());
        for (String key : keys) {
            scalar(fieldId, fieldId + "[" + key + "]", was.getOrDefault(key, ""), now.getOrDefault(key, ""), changes);
        }
    }
}
