package org.modelcards.core.model;

import java.util.List;

/** How the model could be misused or abused, and what stands in the way. */
public record Misuse(
        List<MisuseRisk> risks) {

    public static final Misuse EMPTY = new Misuse(null);

    public Misuse {
        risks = Values.list(risks);
    }

    public Misuse withRisks(List<MisuseRisk> v) { return new Misuse(v); }
}
