package org.modelcards.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelcards.core.catalog.Profile.EU_GPAI;
import static org.modelcards.core.catalog.Profile.HUGGINGFACE;
import static org.modelcards.core.validation.RuleAssertions.assertNotReported;
import static org.modelcards.core.validation.RuleAssertions.example;
import static org.modelcards.core.validation.RuleAssertions.reportedOnce;
import static org.modelcards.core.validation.RuleAssertions.subject;
import static org.modelcards.core.validation.RuleAssertions.with;
import static org.modelcards.core.validation.RuleAssertions.without;
import static org.modelcards.core.validation.Severity.WARNING;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modelcards.core.euact.Recipient;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.validation.checker.Validator;

/** The Model Documentation Form's rules on figures, units and methodologies, and completeness per recipient. */
class EuFormRulesTest {
    private static final ModelCard EXAMPLE = example();

    @Test
    void theExampleBreaksNoneOfThem() {
        for (String rule : new String[] {"EU-MDF-SIGNIFICANT-FIGURES", "EU-MDF-UNIT", "EU-MDF-METHODOLOGY", "EU-MDF-ENERGY"}) {
            assertNotReported(subject(EXAMPLE), EU_GPAI, rule);
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"details.parameterCount, 7e10", "training.flops, 4e24", "environment.energyKwh, 20000000",
        "euForm.inferenceFlops, 100000000000000", "euForm.dataPoints, 2e13"})
    @Covers("EU-MDF-SIGNIFICANT-FIGURES")
    void aFigureWithOneSignificantFigureIsTooCoarse(String field, String value) {
        Issue issue = reportedOnce(subject(with(EXAMPLE, field, value)), EU_GPAI, "EU-MDF-SIGNIFICANT-FIGURES", WARNING, WARNING);
        assertThat(issue.fieldId()).isEqualTo(field);
        assertThat(issue.message()).contains("1 significant figure").contains("at least two");
        assertNotReported(subject(with(EXAMPLE, field, value)), HUGGINGFACE, "EU-MDF-SIGNIFICANT-FIGURES");
        assertNotReported(subject(with(EXAMPLE, field, "7.0e10")), EU_GPAI, "EU-MDF-SIGNIFICANT-FIGURES");
    }

    @Test
    @Covers("EU-MDF-UNIT")
    void dataPointsNeedTheirUnit() {
        Issue issue = reportedOnce(subject(without(EXAMPLE, "euForm.dataPointUnit")), EU_GPAI, "EU-MDF-UNIT", WARNING, WARNING);
        assertThat(issue.fieldId()).isEqualTo("euForm.dataPointUnit");
    }

    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource({"training.flops, euForm.computeMethodology", "environment.energyKwh, euForm.energyMethodology",
        "euForm.inferenceFlops, euForm.inferenceMethodology"})
    @Covers("EU-MDF-METHODOLOGY")
    void aFigureNeedsItsMethodology(String figure, String methodology) {
        Issue issue = reportedOnce(subject(without(EXAMPLE, methodology)), EU_GPAI, "EU-MDF-METHODOLOGY", WARNING, WARNING);
        assertThat(issue.fieldId()).isEqualTo(methodology);
        assertThat(issue.message()).startsWith(figure + " is given");
        // without the figure there is nothing to explain
        assertNotReported(subject(without(without(EXAMPLE, methodology), figure)), EU_GPAI, "EU-MDF-METHODOLOGY");
    }

    @Test
    @Covers("EU-MDF-ENERGY")
    void theTrainingEnergyIsGivenOrSaidToBeUnknowable() {
        ModelCard noEnergy = without(without(EXAMPLE, "environment.energyKwh"), "euForm.energyMethodology");
        Issue issue = reportedOnce(subject(noEnergy), EU_GPAI, "EU-MDF-ENERGY", WARNING, WARNING);
        assertThat(issue.fieldId()).isEqualTo("environment.energyKwh");
        assertNotReported(subject(with(noEnergy, "euForm.energyUnavailable",
                "The cloud provider reports no power figures for the rented cluster.")), EU_GPAI, "EU-MDF-ENERGY");
        // a card that does not document the model for the EU is not asked
        assertNotReported(subject(ModelCard.EMPTY), EU_GPAI, "EU-MDF-ENERGY");
    }

    @Test
    void completenessIsCountedPerRecipientOverTheItemsItIsGiven() {
        Validator validator = Validator.standard();
        for (Recipient recipient : Recipient.values()) {
            FormCompleteness full = validator.formCompleteness(EXAMPLE, recipient);
            assertThat(full.missing()).as(recipient.id()).isEmpty();
            assertThat(full.percent()).isEqualTo(100);
        }
        ModelCard noCompute = without(EXAMPLE, "training.flops");
        assertThat(validator.formCompleteness(noCompute, Recipient.AUTHORITY).missing()).containsExactly("7.2");
        assertThat(validator.formCompleteness(noCompute, Recipient.DOWNSTREAM).missing()).isEmpty();
        ModelCard noParameters = without(EXAMPLE, "details.parameterCount");
        assertThat(validator.formCompleteness(noParameters, Recipient.DOWNSTREAM).missing()).containsExactly("2.8");
        // the hand-counted number of items each recipient must be given an answer for
        assertThat(validator.formCompleteness(EXAMPLE, Recipient.AI_OFFICE).answered()).hasSize(40);
        assertThat(validator.formCompleteness(EXAMPLE, Recipient.AUTHORITY).answered()).hasSize(39);
        assertThat(validator.formCompleteness(EXAMPLE, Recipient.DOWNSTREAM).answered()).hasSize(25);
        assertThat(validator.formCompleteness(ModelCard.EMPTY, Recipient.DOWNSTREAM).percent()).isZero();
    }
}
