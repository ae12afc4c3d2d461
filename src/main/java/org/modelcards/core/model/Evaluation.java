package org.modelcards.core.model;

import java.util.List;

/** Evaluation results, disaggregated by slice where the author did so, and what they mean in prose. */
public record Evaluation(
        List<EvalResult> results,
        String summary) {

    public static final Evaluation EMPTY = new Evaluation(null, null);

    public Evaluation {
        results = Values.list(results);
        summary = Values.text(summary);
    }

    public Evaluation withResults(List<EvalResult> v) { return new Evaluation(v, summary); }
    public Evaluation withSummary(String v) { return new Evaluation(results, v); }
}
