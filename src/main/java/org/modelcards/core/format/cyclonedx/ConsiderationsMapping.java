package org.modelcards.core.format.cyclonedx;

import static org.modelcards.core.format.cyclonedx.BomValues.set;

import java.util.ArrayList;
import java.util.List;
import org.cyclonedx.model.component.modelCard.consideration.EnvironmentalConsideration;
import org.cyclonedx.model.component.modelCard.consideration.Risk;
import org.modelcards.core.model.Considerations;
import org.modelcards.core.model.EthicalConsideration;
import org.modelcards.core.model.FairnessAssessment;
import org.modelcards.core.model.IntendedUse;
import org.modelcards.core.model.ModelCard;

/**
 * Maps the card's intended use, limitations, trade-offs, ethical and fairness considerations and
 * environment onto CycloneDX's {@code considerations}.
 */
final class ConsiderationsMapping {
    private final EnvironmentMapping environment;

    ConsiderationsMapping(MappingNotes notes) {
        this.environment = new EnvironmentMapping(notes);
    }

    /** The considerations, or null when the card gives none. */
    org.cyclonedx.model.component.modelCard.Considerations considerations(ModelCard card) {
        IntendedUse use = card.intendedUse();
        Considerations bias = card.bias();
        var c = new org.cyclonedx.model.component.modelCard.Considerations();
        boolean any = false;
        if (!use.primaryUsers().isEmpty()) {
            c.setUsers(use.primaryUsers());
            any = true;
        }
        // positional: direct use first, downstream use second
        if (!use.downstreamUse().isEmpty()) {
            c.setUseCases(List.of(use.directUse(), use.downstreamUse()));
            any = true;
        } else if (!use.directUse().isEmpty()) {
            c.setUseCases(List.of(use.directUse()));
            any = true;
        }
        if (!bias.limitations().isEmpty()) {
            c.setTechnicalLimitations(List.of(bias.limitations()));
            any = true;
        }
        if (!bias.tradeoffs().isEmpty()) {
            c.setPerformanceTradeoffs(List.of(bias.tradeoffs()));
            any = true;
        }
        if (!bias.ethical().isEmpty()) {
            c.setEthicalConsiderations(risks(bias.ethical()));
            any = true;
        }
        if (!bias.fairness().isEmpty()) {
            c.setFairnessAssessments(assessments(bias.fairness()));
            any = true;
        }
        EnvironmentalConsideration environmental = environment.environment(card.environment());
        if (environmental != null) {
            c.setEnvironmentalConsiderations(environmental);
            any = true;
        }
        return any ? c : null;
    }

    private static List<Risk> risks(List<EthicalConsideration> ethical) {
        List<Risk> risks = new ArrayList<>();
        for (EthicalConsideration e : ethical) {
            Risk risk = new Risk();
            set(e.name(), risk::setName);
            set(e.mitigation(), risk::setMitigationStrategy);
            risks.add(risk);
        }
        return risks;
    }

    private static List<org.cyclonedx.model.component.modelCard.consideration.FairnessAssessment> assessments(
            List<FairnessAssessment> fairness) {
        List<org.cyclonedx.model.component.modelCard.consideration.FairnessAssessment> assessments = new ArrayList<>();
        for (FairnessAssessment f : fairness) {
            var a = new org.cyclonedx.model.component.modelCard.consideration.FairnessAssessment();
            set(f.group(), a::setGroupAtRisk);
            set(f.benefits(), a::setBenefits);
            set(f.harms(), a::setHarms);
            set(f.mitigation(), a::setMitigationStrategy);
            assessments.add(a);
        }
        return assessments;
    }
}
