package org.modelcards.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.modelcards.core.catalog.Profile.HUGGINGFACE;
import static org.modelcards.core.catalog.Profile.MITCHELL;
import static org.modelcards.core.validation.RuleAssertions.VALIDATOR;
import static org.modelcards.core.validation.RuleAssertions.cardWith;
import static org.modelcards.core.validation.RuleAssertions.example;
import static org.modelcards.core.validation.RuleAssertions.subject;
import static org.modelcards.core.validation.RuleAssertions.validate;
import static org.modelcards.core.validation.RuleAssertions.with;
import static org.modelcards.core.validation.RuleAssertions.without;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.model.Misuse;
import org.modelcards.core.model.MisuseRisk;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.validation.Completeness.SectionScore;

/** How complete a card is for a profile. */
class CompletenessTest {
    private static final ModelCard EXAMPLE = example();

    private static Completeness completeness(ModelCard card, Profile profile) {
        return VALIDATOR.completeness(card, profile);
    }

    private static SectionScore section(Completeness completeness, String sectionId) {
        return completeness.sections().stream().filter(s -> s.sectionId().equals(sectionId)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void anEmptyCardScoresZero(Profile profile) {
        Completeness empty = completeness(ModelCard.EMPTY, profile);

        assertThat(empty.overall()).isZero();
        assertThat(empty.percent()).isZero();
        assertThat(empty.sections()).filteredOn(SectionScore::counts).isNotEmpty()
                .allSatisfy(s -> {
                    assertThat(s.score()).isZero();
                    assertThat(s.filled()).isEmpty();
                });
    }

    @Test
    void theBundledExampleScores100ForHuggingface() {
        Completeness complete = completeness(EXAMPLE, HUGGINGFACE);

        assertThat(complete.percent()).isEqualTo(100);
        assertThat(complete.overall()).isEqualTo(1.0);
        assertThat(complete.sections()).allSatisfy(s -> assertThat(s.missing()).isEmpty());
        assertThat(validate(subject(EXAMPLE), HUGGINGFACE, Strictness.RELEASE).completeness().percent()).isEqualTo(100);
    }

    @Test
    void aRealValueCounts() {
        Completeness named = completeness(cardWith("details.name", "tiny-sentiment-en"), HUGGINGFACE);

        assertThat(named.overall()).isPositive();
        assertThat(section(named, "details").filled()).containsExactly("details.name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[More Information Needed]", "N/A", "n/a", "None", "TBD", "unknown", "-", "TODO"})
    void aFieldHoldingOnlyAPlaceholderOrANonAnswerDoesNotCountAsFilled(String text) {
        Completeness placeholder = completeness(cardWith("details.name", text), HUGGINGFACE);

        assertThat(placeholder.overall()).isZero();
        assertThat(section(placeholder, "details").missing()).contains("details.name");
        assertThat(section(placeholder, "details").filled()).doesNotContain("details.name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[More Information Needed]", "N/A"})
    void thePlaceholderCostsTheExampleItsFullScore(String text) {
        Completeness card = completeness(with(EXAMPLE, "bias.limitations", text), HUGGINGFACE);

        assertThat(card.percent()).isLessThan(100);
        assertThat(section(card, "bias").missing()).containsExactly("bias.limitations");
    }

    @Test
    void aListCountsOnlyWhenOneItemSaysSomething() {
        Completeness placeholders = completeness(cardWith("details.tags", List.of("N/A", "[More Information Needed]")),
                HUGGINGFACE);
        Completeness oneReal = completeness(cardWith("details.tags", List.of("N/A", "sentiment-analysis")), HUGGINGFACE);

        assertThat(section(placeholders, "details").filled()).doesNotContain("details.tags");
        assertThat(section(oneReal, "details").filled()).contains("details.tags");
    }

    @Test
    void aRequiredFieldWeighsTwiceARecommendedOne() {
        double required = completeness(cardWith("details.name", "tiny-sentiment-en"), HUGGINGFACE).overall();
        double recommended = completeness(cardWith("details.summary", "A small English sentiment classifier."),
                HUGGINGFACE).overall();

        assertThat(recommended).isPositive();
        assertThat(required).isCloseTo(2 * recommended, within(1e-12));
    }

    @Test
    void sectionsAProfileAsksNothingOfDoNotCount() {
        SectionScore misuse = section(completeness(ModelCard.EMPTY, HUGGINGFACE), "misuse");
        assertThat(misuse.counts()).isFalse();
        assertThat(misuse.filled()).isEmpty();
        assertThat(misuse.missing()).isEmpty();

        ModelCard withRisks = ModelCard.EMPTY.withMisuse(Misuse.EMPTY.withRisks(List.of(
                MisuseRisk.EMPTY.withRisk("Profiling individual reviewers").withHarmed("Reviewers"))));
        assertThat(completeness(withRisks, HUGGINGFACE).overall()).isZero();
        assertThat(completeness(withRisks, MITCHELL).overall()).isPositive();

        ModelCard exampleWithoutRisks = without(EXAMPLE, "misuse.risks");
        assertThat(completeness(exampleWithoutRisks, HUGGINGFACE).percent()).isEqualTo(100);
        assertThat(completeness(exampleWithoutRisks, MITCHELL).percent()).isLessThan(100);
    }

    @Test
    void preservedSectionsAreNotScored() {
        assertThat(completeness(EXAMPLE, HUGGINGFACE).sections()).extracting(SectionScore::sectionId)
                .doesNotContain("extras");
    }

    @Test
    void aTableWhoseRowsHoldOnlyPlaceholdersDoesNotCountAsFilled() {
        ModelCard placeholderRow = ModelCard.EMPTY.withMisuse(Misuse.EMPTY.withRisks(List.of(
                MisuseRisk.EMPTY.withRisk("[More Information Needed]").withMitigation("N/A"))));
        ModelCard blankRow = ModelCard.EMPTY.withMisuse(Misuse.EMPTY.withRisks(List.of(MisuseRisk.EMPTY)));

        for (ModelCard card : List.of(placeholderRow, blankRow)) {
            SectionScore misuse = section(completeness(card, MITCHELL), "misuse");
            assertThat(misuse.filled()).isEmpty();
            assertThat(misuse.missing()).containsExactly("misuse.risks");
        }
    }
}
