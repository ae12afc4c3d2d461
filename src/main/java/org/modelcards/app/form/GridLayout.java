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
            // what tells rows apart on real cards: the dataset and its config, the metric, the model
            // (a publisher's table compares several), the group; the rest is in the detail pane
            "evaluation.results", List.of("taskType", "datasetName", "datasetConfig", "metricType", "metricName",
                    "model", "value", "slice", "ciLow", "ciHigh"),
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

    /**
     * What a reader of the table must know of where its rows go: evaluation rows with a slice (a
     * group) have no place in the Hub's {@code model-index}, so a README keeps them in a results
     * table in its text. Blank when there is nothing to say.
     */
    static String note(String tableId, TableSpec spec, List<?> rows) {
        if (!"evaluation.results".equals(tableId)) {
            return "";
        }
        var slice = spec.column("slice");
        long sliced = slice.map(c -> rows.stream().filter(r -> !c.isEmpty(r)).count()).orElse(0L);
        return sliced == 0 ? "" : sliced + (sliced == 1 ? " row has" : " rows have") + " a slice (a group): the Hub's "
                + "model-index has no place for one, so a README save writes "
                + (sliced == 1 ? "it" : "them") + " to a results table in the card's text, not to the metadata.";
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
