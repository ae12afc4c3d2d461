package org.modelcards.core.validation.rules;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.euact.SignificantFigures;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Findings;
import org.modelcards.core.validation.Meaning;
import org.modelcards.core.validation.Rule;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.RuleSource;
import org.modelcards.core.validation.Severity;

/**
 * What the Model Documentation Form asks of its figures beyond their presence: parameters, compute,
 * energy and data size to two significant figures; a unit for the data points; the methodology
 * whenever a compute, energy or inference figure is given; and the training energy, or why it is not known.
 */
final class EuFormRule implements Rule {
    private static final Set<Profile> EU = Set.of(Profile.EU_GPAI, Profile.CLASSROOM);
    static final RuleInfo FIGURES = RuleInfo.of("EU-MDF-SIGNIFICANT-FIGURES", Severity.WARNING, EU, RuleSource.EU_AI_ACT,
            "Parameters, training compute, energy, data points and inference compute are given to two significant figures or more (Model Documentation Form items 2.8, 6.4, 7.2, 8.1, 8.3).");
    static final RuleInfo UNIT = RuleInfo.of("EU-MDF-UNIT", Severity.WARNING, EU, RuleSource.EU_AI_ACT,
            "The number of data points says what a data point is: tokens, images, hours (item 6.4).");
    static final RuleInfo METHODOLOGY = RuleInfo.of("EU-MDF-METHODOLOGY", Severity.WARNING, EU, RuleSource.EU_AI_ACT,
            "A compute, energy or inference figure comes with the methodology behind it (items 7.3, 8.2, 8.4).");
    static final RuleInfo ENERGY = RuleInfo.of("EU-MDF-ENERGY", Severity.WARNING, EU, RuleSource.EU_AI_ACT,
            "A card documenting the model for the EU gives the training energy, or says why it cannot be known (item 8.1).");

    /** The figures the form wants to two significant figures. */
    private static final List<String> PRECISE = List.of("details.parameterCount", "euForm.dataPoints", "training.flops",
            "environment.energyKwh", "euForm.inferenceFlops");
    /** A figure and the methodology field it needs. */
    private static final List<List<String>> METHODS = List.of(List.of("training.flops", "euForm.computeMethodology"),
            List.of("environment.energyKwh", "euForm.energyMethodology"),
            List.of("euForm.inferenceFlops", "euForm.inferenceMethodology"));

    private final FieldCatalog catalog;
    private final Meaning meaning;

    EuFormRule(FieldCatalog catalog, Meaning meaning) {
        this.catalog = catalog;
        this.meaning = meaning;
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(FIGURES, UNIT, METHODOLOGY, ENERGY);
    }

    @Override
    public void check(CardSubject subject, Findings findings) {
        ModelCard card = subject.card();
        for (String id : PRECISE) {
            String written = text(card, id);
            OptionalInt figures = SignificantFigures.of(written);
            if (figures.isPresent() && figures.getAsInt() < 2) {
                findings.report(FIGURES, id, id, id + " \"" + written + "\" has " + figures.getAsInt()
                        + " significant figure; the Model Documentation Form asks for at least two.",
                        "Write the figure you know more precisely, e.g. 7.3e10 rather than 7e10 (or 7.0e10 if it is exact).");
            }
        }
        if (given(card, "euForm.dataPoints") && !given(card, "euForm.dataPointUnit")) {
            findings.report(UNIT, "euForm.dataPointUnit", "euForm.dataPointUnit", "euForm.dataPoints is given without "
                    + "its unit, so the number cannot be compared.", "Say what one data point is: tokens (and which tokenizer), images, hours.");
        }
        for (List<String> pair : METHODS) {
            if (given(card, pair.get(0)) && !given(card, pair.get(1))) {
                findings.report(METHODOLOGY, pair.get(1), pair.get(1), pair.get(0) + " is given, but not "
                        + pair.get(1) + ": the Model Documentation Form asks how the figure was measured or estimated.",
                        "Say how it was counted or measured, so that the figure can be checked.");
            }
        }
        boolean documentsForTheEu = catalog.section("euForm").orElseThrow().fields().stream().anyMatch(f -> meaningful(f, card));
        if (documentsForTheEu && !given(card, "environment.energyKwh") && !given(card, "euForm.energyUnavailable")) {
            findings.report(ENERGY, "environment.energyKwh", "environment.energyKwh", "The training energy "
                    + "(environment.energyKwh) is missing and euForm.energyUnavailable does not say why.",
                    "Give the known or estimated energy in kWh (it may be estimated from the compute used), or say why it cannot be known.");
        }
    }

    private boolean given(ModelCard card, String id) {
        return meaningful(catalog.require(id), card);
    }

    private boolean meaningful(CardField field, ModelCard card) {
        return meaning.isMeaningful(field, card);
    }

    private String text(ModelCard card, String id) {
        return catalog.require(id).read(card) instanceof String s ? s : "";
    }
}
