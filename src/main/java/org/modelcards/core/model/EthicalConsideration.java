package org.modelcards.core.model;

/** An ethical consideration raised by the model and the mitigation chosen for it. */
public record EthicalConsideration(
        String name,
        String mitigation) {

    public static final EthicalConsideration EMPTY = new EthicalConsideration(null, null);

    public EthicalConsideration {
        name = Values.text(name);
        mitigation = Values.text(mitigation);
    }

    public EthicalConsideration withName(String v) { return new EthicalConsideration(v, mitigation); }
    public EthicalConsideration withMitigation(String v) { return new EthicalConsideration(name, v); }
}
