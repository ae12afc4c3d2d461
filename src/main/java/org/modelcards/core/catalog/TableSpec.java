package org.modelcards.core.catalog;

import java.util.List;

/** The rows of a {@link FieldKind#TABLE table} field: their record type, a blank row and the columns. */
public record TableSpec(Class<?> rowType, Object blankRow, List<Column> columns) {
    public TableSpec {
        columns = List.copyOf(columns);
    }

    /** The column with this id, if the table has one. */
    public java.util.Optional<Column> column(String id) {
        return columns.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
