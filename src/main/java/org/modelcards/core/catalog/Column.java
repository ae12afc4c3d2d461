package org.modelcards.core.catalog;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One column of a {@link FieldKind#TABLE table} field: a component of the table's row record.
 *
 * <p>Its id is relative to the table, e.g. {@code datasetSplit} in {@code evaluation.results}; the
 * texts are under {@code evaluation.results.datasetSplit}.
 */
public final class Column {
    private final String id;
    private final String tableId;
    private final FieldKind kind;
    private final Function<Object, Object> getter;
    private final BiFunction<Object, Object, Object> setter;

    Column(String id, String tableId, FieldKind kind, Function<Object, Object> getter,
            BiFunction<Object, Object, Object> setter) {
        this.id = id;
        this.tableId = tableId;
        this.kind = kind;
        this.getter = getter;
        this.setter = setter;
    }

    /** The column's id within its table, e.g. {@code metricType}. */
    public String id() {
        return id;
    }

    /** The key of this column's texts: table id + "." + column id. */
    public String textKey() {
        return tableId + "." + id;
    }

    public FieldKind kind() {
        return kind;
    }

    /** The value of this column in {@code row}: a String, or a Boolean for {@link FieldKind#BOOLEAN}. */
    public Object read(Object row) {
        return getter.apply(row);
    }

    /** Whether the column says nothing in {@code row}: blank text or false, as {@link CardField#isEmpty} counts. */
    public boolean isEmpty(Object row) {
        return FieldValues.isEmpty(read(row));
    }

    /** A copy of {@code row} with this column set to {@code value}. */
    public Object write(Object row, Object value) {
        return setter.apply(row, FieldValues.checked(textKey(), kind, value));
    }
}
