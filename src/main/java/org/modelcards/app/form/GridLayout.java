package org.modelcards.app.form;

import java.util.List;
import java.util.Map;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.catalog.TableSpec;

/**
 * Which columns of a table go in the grid and which in the detail pane of the selected row. Long
 * (Markdown) values are never squeezed into a one-line cell; a wide table (evaluation results, 22
 * columns) keeps the columns a reader compares in the grid and the rest in the detail pane.
 */
final class GridLayout {
    /** The grid columns of the tables too wide for all of theirs. */
    private static final Map<String, List<String>> KEY_COLUMNS = Map.of(
            "evaluation.results", List.of("taskType", "datasetName", "datasetConfig", "datasetSplit", "metricType",
                    "value", "slice", "ciLow", "ciHigh"),
            "data.training", List.of("id", "name", "size", "license"),
            "data.evaluation", List.of("id", "name", "size", "license"));

    private GridLayout() {
    }

    static List<Column> gridColumns(String tableId, TableSpec spec) {
        List<String> keys = KEY_COLUMNS.get(tableId);
        if (keys != null) {
            return keys.stream().map(spec::column).flatMap(java.util.Optional::stream).toList();
        }
        return spec.columns().stream().filter(c -> c.kind() != FieldKind.MARKDOWN).toList();
    }

    static List<Column> detailColumns(String tableId, TableSpec spec) {
        List<Column> grid = gridColumns(tableId, spec);
        return spec.columns().stream().filter(c -> !grid.contains(c)).toList();
    }

    /** A column's starting width by what it holds; the grid then fits the pane. */
    static double width(Column column) {
        return switch (column.kind()) {
            case NUMBER -> 70;
            case BOOLEAN -> 60;
            default -> column.id().toLowerCase(java.util.Locale.ROOT).contains("name") ? 150 : 110;
        };
    }
}
