package org.modelcards.core.format.mct;

import static org.modelcards.core.format.mct.MctShapes.items;
import static org.modelcards.core.format.mct.MctShapes.object;
import static org.modelcards.core.format.mct.MctShapes.text;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.modelcards.core.format.ShapeException;
import org.modelcards.core.format.mct.MctShapes.Item;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ModelCard;

/** Reads MCT's {@code quantitative_analysis.performance_metrics} into the card's evaluation results. */
final class QuantitativeAnalysisReader {
    private static final JsonPointer AT = JsonPointer.empty().appendProperty(MctFields.QUANTITATIVE_ANALYSIS);

    private final UnmappedKeys unmapped;

    QuantitativeAnalysisReader(UnmappedKeys unmapped) {
        this.unmapped = unmapped;
    }

    ModelCard read(ModelCard card, ObjectNode node) throws ShapeException {
        if (node == null) {
            return card;
        }
        List<EvalResult> results = new ArrayList<>();
        for (Item item : items(node, "performance_metrics", AT)) {
            JsonPointer rowAt = item.at();
            ObjectNode row = item.object();
            String low = "";
            String high = "";
            ObjectNode interval = object(row, "confidence_interval", rowAt);
            if (interval != null) {
                JsonPointer intervalAt = rowAt.appendProperty("confidence_interval");
                low = text(interval, "lower_bound", intervalAt);
                high = text(interval, "upper_bound", intervalAt);
                unmapped.keepUnknown(interval, intervalAt, List.of("lower_bound", "upper_bound"));
            }
            results.add(new EvalResult(null, null, null, null, null, null, null, text(row, "type", rowAt), null,
                    text(row, "value", rowAt), text(row, "slice", rowAt), low, high, text(row, "threshold", rowAt),
                    null, null, false, null, null, null, null, null, null));
            unmapped.keepUnknown(row, rowAt, List.of("type", "value", "slice", "confidence_interval", "threshold"));
        }
        unmapped.keepUnknown(node, AT, List.of("performance_metrics"));
        return card.withEvaluation(card.evaluation().withResults(results));
    }
}
