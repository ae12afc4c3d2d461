package org.modelcards.core.model;

/** Mitchell et al.'s factors: the groups, instruments and environments that change how the model performs. */
public record Factors(
        String relevant,
        String evaluation) {

    public static final Factors EMPTY = new Factors(null, null);

    public Factors {
        relevant = Values.text(relevant);
        evaluation = Values.text(evaluation);
    }

    public Factors withRelevant(String v) { return new Factors(v, evaluation); }
    public Factors withEvaluation(String v) { return new Factors(relevant, v); }
}
