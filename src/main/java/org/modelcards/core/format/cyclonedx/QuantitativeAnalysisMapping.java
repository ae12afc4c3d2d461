package org.modelcards.core.format.cyclonedx;

import static org.modelcards.core.format.cyclonedx.BomValues.set;

import java.util.ArrayList;
import java.util.List;
import org.cyclonedx.model.component.modelCard.PerformanceMetric;
import org.cyclonedx.model.component.modelCard.QuantitativeAnalysis;
import org.modelcards.core.model.EvalResult;

/** Maps the card's evaluation results onto CycloneDX's {@code quantitativeAnalysis.performanceMetrics}. */
final class QuantitativeAnalysisMapping {
    private QuantitativeAnalysisMapping() {
    }

    /** The performance metrics, or null when the card has no results. */
    static QuantitativeAnalysis analysis(List<EvalResult> results) {
        if (results.isEmpty()) {
            return null;
        }
        List<PerformanceMetric> metrics = new ArrayList<>();
        for (EvalResult r : results) {
            PerformanceMetric metric = new PerformanceMetric();
            set(r.metricType(), metric::setType);
            set(r.value(), metric::setValue);
            set(r.slice(), metric::setSlice);
            if (!r.ciLow().isEmpty() || !r.ciHigh().isEmpty()) {
                PerformanceMetric.ConfidenceInterval interval = new PerformanceMetric.ConfidenceInterval();
                set(r.ciLow(), interval::setLowerBound);
                set(r.ciHigh(), interval::setUpperBound);
                metric.setConfidenceInterval(interval);
            }
            metrics.add(metric);
        }
        QuantitativeAnalysis analysis = new QuantitativeAnalysis();
        analysis.setPerformanceMetrics(metrics);
        return analysis;
    }
}
