package org.modelcards.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelcards.core.catalog.Profile.EU_GPAI;
import static org.modelcards.core.catalog.Profile.HUGGINGFACE;
import static org.modelcards.core.catalog.Profile.MITCHELL;
import static org.modelcards.core.validation.RuleAssertions.assertNotReported;
import static org.modelcards.core.validation.RuleAssertions.at;
import static org.modelcards.core.validation.RuleAssertions.cardWith;
import static org.modelcards.core.validation.RuleAssertions.readme;
import static org.modelcards.core.validation.RuleAssertions.reportedOnce;
import static org.modelcards.core.validation.RuleAssertions.subject;
import static org.modelcards.core.validation.Severity.ERROR;
import static org.modelcards.core.validation.Severity.INFO;
import static org.modelcards.core.validation.Severity.WARNING;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelcards.core.model.Considerations;
import org.modelcards.core.model.Details;
import org.modelcards.core.model.IntendedUse;
import org.modelcards.core.model.Misuse;
import org.modelcards.core.model.MisuseRisk;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.model.Training;

/** LINT-TEMPLATE-TEXT, LINT-EMPTY-ANSWER and LINT-TOO-SHORT: what real cards get wrong in their prose. */
class ContentRulesTest {
    private static final String REAL_LIMITATIONS =
            "Accuracy drops to 0.82 on reviews longer than 100 tokens and on sarcastic reviews.";

    private static CardSubject limitations(String text) {
        return subject(ModelCard.EMPTY.withBias(Considerations.EMPTY.withLimitations(text)));
    }

    private static CardSubject description(String text) {
        return subject(ModelCard.EMPTY.withDetails(Details.EMPTY.withDescription(text)));
    }

    @Nested
    class TemplateText {
        @Test
        @Covers("LINT-TEMPLATE-TEXT")
        void theTemplatesPlaceholderLeftInIsAnErrorForAReleaseAndAWarningForADraft() {
            CardSubject card = subject(ModelCard.EMPTY.withDetails(Details.EMPTY.withSummary("[More Information Needed]")));

            Issue issue = reportedOnce(card, HUGGINGFACE, "LINT-TEMPLATE-TEXT", ERROR, WARNING);

            assertThat(issue.fieldId()).isEqualTo("details.summary");
            assertThat(issue.message())
                    .isEqualTo("details.summary still contains template text \"[More Information Needed]\".");
        }

        @Test
        void aTemplatePromptInsideProseIsFound() {
            CardSubject card = description("Provide a longer summary of what this model is. It classifies reviews.");

            Issue issue = reportedOnce(card, MITCHELL, "LINT-TEMPLATE-TEXT", ERROR, WARNING);

            assertThat(issue.message()).isEqualTo("details.description still contains template text "
                    + "\"Provide a longer summary of what this model is.\".");
        }

        @Test
        void aPlaceholderInAListItemNamesTheItem() {
            CardSubject card = subject(ModelCard.EMPTY.withIntendedUse(
                    IntendedUse.EMPTY.withPrimaryUsers(List.of("Data analysts", "TODO: ask product"))));

            Issue issue = reportedOnce(card, MITCHELL, "LINT-TEMPLATE-TEXT", ERROR, WARNING);

            assertThat(issue.fieldId()).isEqualTo("intendedUse.primaryUsers");
            assertThat(issue.message()).isEqualTo("intendedUse.primaryUsers[1] still contains template text \"TODO\".");
        }

        @Test
        void aPlaceholderInASectionTheCardDoesNotModelIsFoundAtItsHeading() {
            CardSubject card = readme(
                    "---",
                    "license: mit",
                    "---",
                    "# tiny-sentiment",
                    "",
                    "## Deployment notes",
                    "",
                    "[More Information Needed]");

            Issue issue = reportedOnce(card, HUGGINGFACE, "LINT-TEMPLATE-TEXT", ERROR, WARNING);

            assertThat(issue.fieldId()).isEqualTo("extras.sections");
            assertThat(issue.message())
                    .isEqualTo("section \"Deployment notes\" still contains template text \"[More Information Needed]\".");
            assertThat(issue.at()).isEqualTo(at(6, 1));
        }

        @Test
        void realTextPasses() {
            CardSubject card = subject(ModelCard.EMPTY.withDetails(Details.EMPTY
                    .withSummary("A 4.4M-parameter English sentiment classifier for product reviews.")));

            assertNotReported(card, HUGGINGFACE, "LINT-TEMPLATE-TEXT");
        }

        @Test
        void lowerCaseTodoInProseIsNotAPlaceholder() {
            assertNotReported(description("Lists what a shop has to do next: a todo list for its support team."),
                    HUGGINGFACE, "LINT-TEMPLATE-TEXT");
        }
    }

    @Nested
    class EmptyAnswers {
        @Test
        @Covers("LINT-EMPTY-ANSWER")
        void limitationsAnsweredWithNaAreAnErrorForAReleaseAndAWarningForADraft() {
            Issue issue = reportedOnce(limitations("N/A"), MITCHELL, "LINT-EMPTY-ANSWER", WARNING, WARNING);

            assertThat(issue.fieldId()).isEqualTo("bias.limitations");
            assertThat(issue.message()).isEqualTo("bias.limitations says \"N/A\", which tells readers nothing.");
        }

        @Test
        void anOutOfScopeItemAnsweredWithNoneNamesTheItem() {
            CardSubject card = subject(ModelCard.EMPTY.withIntendedUse(IntendedUse.EMPTY.withOutOfScope(List.of(" None. "))));

            Issue issue = reportedOnce(card, HUGGINGFACE, "LINT-EMPTY-ANSWER", WARNING, WARNING);

            assertThat(issue.fieldId()).isEqualTo("intendedUse.outOfScope");
            assertThat(issue.message()).isEqualTo("intendedUse.outOfScope[0] says \"None.\", which tells readers nothing.");
        }

        @Test
        void aMisuseRiskAnsweredWithNothingNamesTheCell() {
            CardSubject card = subject(ModelCard.EMPTY.withMisuse(Misuse.EMPTY.withRisks(
                    List.of(MisuseRisk.EMPTY.withRisk("Profiling reviewers").withHarmed("Reviewers"),
                            MisuseRisk.EMPTY.withRisk("nothing")))));

            Issue issue = reportedOnce(card, EU_GPAI, "LINT-EMPTY-ANSWER", WARNING, WARNING);

            assertThat(issue.fieldId()).isEqualTo("misuse.risks");
            assertThat(issue.message()).isEqualTo("misuse.risks[1].risk says \"nothing\", which tells readers nothing.");
        }

        @Test
        void aRealLimitationPasses() {
            assertNotReported(limitations(REAL_LIMITATIONS), MITCHELL, "LINT-EMPTY-ANSWER");
        }

        @Test
        void aNonAnswerOutsideTheRiskSectionsIsNotThisRulesConcern() {
            CardSubject card = subject(ModelCard.EMPTY.withTraining(Training.EMPTY.withProcedure("N/A")));

            assertNotReported(card, EU_GPAI, "LINT-EMPTY-ANSWER");
        }
    }

    @Nested
    class TooShort {
        @Test
        @Covers("LINT-TOO-SHORT")
        void aProseAnswerOfFourWordsIsAWarningForAReleaseAndANoteForADraft() {
            Issue issue = reportedOnce(description("Classifies product review sentiment."), MITCHELL, "LINT-TOO-SHORT",
                    WARNING, INFO);

            assertThat(issue.fieldId()).isEqualTo("details.description");
            assertThat(issue.message()).isEqualTo("details.description is only 4 word(s) long.");
        }

        @Test
        void fiveWordsAreEnough() {
            assertNotReported(description("Classifies English product review sentiment."), MITCHELL, "LINT-TOO-SHORT");
        }

        @Test
        void aOneLineTextFieldIsNotProse() {
            CardSubject card = subject(ModelCard.EMPTY.withDetails(Details.EMPTY.withModelType("Encoder")));

            assertNotReported(card, MITCHELL, "LINT-TOO-SHORT");
        }

        @ParameterizedTest
        @ValueSource(strings = {"N/A", "[More Information Needed]"})
        void placeholdersAndNonAnswersAreReportedByTheOtherRulesOnly(String text) {
            assertNotReported(limitations(text), MITCHELL, "LINT-TOO-SHORT");
        }

        @Test
        void aShortAnswerInAReadmeIsFoundAtItsSection() {
            CardSubject card = readme(
                    "# tiny-sentiment",
                    "",
                    "## Limitations",
                    "",
                    "Sarcasm.");

            Issue issue = reportedOnce(card, HUGGINGFACE, "LINT-TOO-SHORT", WARNING, INFO);

            assertThat(issue.message()).isEqualTo("bias.limitations is only 1 word(s) long.");
            assertThat(issue.at()).isEqualTo(at(3, 1));
        }
    }

    @Test
    void aFieldSetThroughTheCatalogueIsCheckedLikeAnyOther() {
        reportedOnce(subject(cardWith("bias.biases", "none known")), MITCHELL, "LINT-EMPTY-ANSWER", WARNING, WARNING);
    }
}
