package org.modelcards.core.model;

import java.util.List;

/** Evaluation results, disaggregated by slice where the author did so. */
public record Evaluation(
        List<EvalResult> results) {

    public static final Evaluation EMPTY = new Evaluation(null);

    public Evaluation {
        results = Values.list(results);
    }

    public Evaluation withResults(List<EvalResult> v) { return new Evaluation(v); }
}
