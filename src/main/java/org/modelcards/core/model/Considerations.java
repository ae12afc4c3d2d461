package org.modelcards.core.model;

import java.util.List;

/** Known biases, limitations and trade-offs, and what users are advised to do about them. */
public record Considerations(
        String biases,
        String limitations,
        String tradeoffs,
        String recommendations,
        List<EthicalConsideration> ethical,
        List<FairnessAssessment> fairness) {

    public static final Considerations EMPTY = new Considerations(null, null, null, null, null, null);

    public Considerations {
        biases = Values.text(biases);
        limitations = Values.text(limitations);
        tradeoffs = Values.text(tradeoffs);
        recommendations = Values.text(recommendations);
        ethical = Values.list(ethical);
        fairness = Values.list(fairness);
    }

    public Considerations withBiases(String v) { return new Considerations(v, limitations, tradeoffs, recommendations, ethical, fairness); }
    public Considerations withLimitations(String v) { return new Considerations(biases, v, tradeoffs, recommendations, ethical, fairness); }
    public Considerations withTradeoffs(String v) { return new Considerations(biases, limitations, v, recommendations, ethical, fairness); }
    public Considerations withRecommendations(String v) { return new Considerations(biases, limitations, tradeoffs, v, ethical, fairness); }
    public Considerations withEthical(List<EthicalConsideration> v) { return new Considerations(biases, limitations, tradeoffs, recommendations, v, fairness); }
    public Considerations withFairness(List<FairnessAssessment> v) { return new Considerations(biases, limitations, tradeoffs, recommendations, ethical, v); }
}
