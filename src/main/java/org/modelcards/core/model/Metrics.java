package org.modelcards.core.model;

import java.util.List;

/** How performance is measured: metric ids, the measures chosen and why, thresholds and how variation is estimated. */
public record Metrics(
        List<String> ids,
        String measures,
        String decisionThresholds,
        String variation) {

    public static final Metrics EMPTY = new Metrics(null, null, null, null);

    public Metrics {
        ids = Values.list(ids);
        measures = Values.text(measures);
        decisionThresholds = Values.text(decisionThresholds);
        variation = Values.text(variation);
    }

    public Metrics withIds(List<String> v) { return new Metrics(v, measures, decisionThresholds, variation); }
    public Metrics withMeasures(String v) { return new Metrics(ids, v, decisionThresholds, variation); }
    public Metrics withDecisionThresholds(String v) { return new Metrics(ids, measures, v, variation); }
    public Metrics withVariation(String v) { return new Metrics(ids, measures, decisionThresholds, v); }
}
