package org.modelcards.core.review;

import java.util.List;
import java.util.stream.Collectors;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.model.EvalResult;

/**
 * What makes two table rows "the same row" across versions, so that reordering a table is not a
 * change and a changed value is: an evaluation result by task, dataset, split, metric and slice;
 * other rows by their first column (the risk, the consideration, the group, the dataset).
 */
final class RowIdentity {
    private RowIdentity() {
    }

    static String of(CardField table, Object row) {
        if (row instanceof EvalResult r) {
            return String.join(" | ", List.of(r.taskType(), r.datasetType().isEmpty() ? r.datasetName() : r.datasetType(),
                    r.datasetConfig(), r.datasetSplit(), r.metricType(), r.metricName(), r.slice()));
        }
        List<Column> columns = table.table().orElseThrow().columns();
        Column key = columns.stream().filter(c -> c.id().equals("id") && !((String) c.read(row)).isBlank()).findFirst()
                .orElse(columns.get(0));
        return String.valueOf(key.read(row));
    }

    /** A short readable name of the row for change paths. */
    static String label(Object row) {
        if (row instanceof EvalResult r) {
            return List.of(r.metricType(), r.datasetName().isEmpty() ? r.datasetType() : r.datasetName(), r.datasetSplit(),
                    r.slice().isEmpty() ? "" : "slice " + r.slice()).stream().filter(s -> !s.isBlank())
                    .collect(Collectors.joining(", "));
        }
        return "";
    }
}
