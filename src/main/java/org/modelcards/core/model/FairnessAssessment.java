package org.modelcards.core.model;

/** A group at risk from the model, with the benefits, harms and mitigation for that group. */
public record FairnessAssessment(
        String group,
        String benefits,
        String harms,
        String mitigation) {

    public static final FairnessAssessment EMPTY = new FairnessAssessment(null, null, null, null);

    public FairnessAssessment {
        group = Values.text(group);
        benefits = Values.text(benefits);
        harms = Values.text(harms);
        mitigation = Values.text(mitigation);
    }

    public FairnessAssessment withGroup(String v) { return new FairnessAssessment(v, benefits, harms, mitigation); }
    public FairnessAssessment withBenefits(String v) { return new FairnessAssessment(group, v, harms, mitigation); }
    public FairnessAssessment withHarms(String v) { return new FairnessAssessment(group, benefits, v, mitigation); }
    public FairnessAssessment withMitigation(String v) { return new FairnessAssessment(group, benefits, harms, v); }
}
