package org.modelcards.core.model;

/** One way the model could be misused: the risk, who could be harmed, and how it is mitigated. */
public record MisuseRisk(
        String risk,
        String harmed,
        String mitigation) {

    public static final MisuseRisk EMPTY = new MisuseRisk(null, null, null);

    public MisuseRisk {
        risk = Values.text(risk);
        harmed = Values.text(harmed);
        mitigation = Values.text(mitigation);
    }

    public MisuseRisk withRisk(String v) { return new MisuseRisk(v, harmed, mitigation); }
    public MisuseRisk withHarmed(String v) { return new MisuseRisk(risk, v, mitigation); }
    public MisuseRisk withMitigation(String v) { return new MisuseRisk(risk, harmed, v); }
}
