package org.modelcards.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelcards.core.catalog.Profile.CLASSROOM;
import static org.modelcards.core.catalog.Profile.EU_GPAI;
import static org.modelcards.core.catalog.Profile.HUGGINGFACE;
import static org.modelcards.core.catalog.Profile.MITCHELL;
import static org.modelcards.core.validation.RuleAssertions.assertNotReported;
import static org.modelcards.core.validation.RuleAssertions.cardWith;
import static org.modelcards.core.validation.RuleAssertions.reportedOnce;
import static org.modelcards.core.validation.RuleAssertions.subject;
import static org.modelcards.core.validation.Severity.ERROR;
import static org.modelcards.core.validation.Severity.WARNING;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelcards.core.model.Details;
import org.modelcards.core.model.Environment;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.Evaluation;
import org.modelcards.core.model.Licensing;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.model.Training;

/** VALUE-DATE, VALUE-URL, VALUE-NUMBER, VALUE-CI-ORDER and VALUE-UNIT. */
class TypedValueRulesTest {
    private static CardSubject row(EvalResult row) {
        return subject(ModelCard.EMPTY.withEvaluation(Evaluation.EMPTY.withResults(List.of(row))));
    }

    private static CardSubject releaseDate(String date) {
        return subject(ModelCard.EMPTY.withDetails(Details.EMPTY.withReleaseDate(date)));
    }

    @Nested
    class Dates {
        @Test
        @Covers("VALUE-DATE")
        void aDateThatIsNotIso8601IsAnError() {
            Issue issue = reportedOnce(releaseDate("14/03/2025"), MITCHELL, "VALUE-DATE", WARNING, WARNING);

            assertThat(issue.fieldId()).isEqualTo("details.releaseDate");
            assertThat(issue.message()).isEqualTo("details.releaseDate \"14/03/2025\" is not an ISO 8601 date.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-02-30", "2025-13", "March 2025", "2025-3-14", "25-03-14"})
        void impossibleOrLooselyWrittenDatesAreErrors(String date) {
            reportedOnce(releaseDate(date), HUGGINGFACE, "VALUE-DATE", WARNING, WARNING);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-03-14", "2025-03", "2025", " 2024-02-29 "})
        void isoDatesPass(String date) {
            assertNotReported(releaseDate(date), HUGGINGFACE, "VALUE-DATE");
        }

        @ParameterizedTest
        @ValueSource(strings = {"N/A", "unknown", "[More Information Needed]"})
        void placeholdersAreLeftToTheContentRules(String date) {
            assertNotReported(releaseDate(date), EU_GPAI, "VALUE-DATE");
        }
    }

    @Nested
    class Urls {
        @Test
        @Covers("VALUE-URL")
        void aLinkWithoutSchemeIsAnError() {
            CardSubject card = subject(ModelCard.EMPTY.withDetails(Details.EMPTY.withPaperUrl("www.example.org/paper.pdf")));

            Issue issue = reportedOnce(card, MITCHELL, "VALUE-URL", WARNING, WARNING);

            assertThat(issue.fieldId()).isEqualTo("details.paperUrl");
            assertThat(issue.message()).isEqualTo("details.paperUrl \"www.example.org/paper.pdf\" is not a valid http(s) URL.");
        }

        @Test
        void aBadUrlInATableCellNamesTheCell() {
            Issue issue = reportedOnce(row(EvalResult.EMPTY.withSourceUrl("https://example.org/my report.pdf")), MITCHELL,
                    "VALUE-URL", WARNING, WARNING);

            assertThat(issue.fieldId()).isEqualTo("evaluation.results");
            assertThat(issue.message()).isEqualTo(
                    "evaluation.results[0].sourceUrl \"https://example.org/my report.pdf\" is not a valid http(s) URL.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ftp://example.org/paper.pdf", "mailto:someone@example.org", "https://", "paper.pdf"})
        void otherSchemesAndRelativePathsAreErrors(String url) {
            CardSubject card = subject(ModelCard.EMPTY.withDetails(Details.EMPTY.withRepositoryUrl(url)));

            reportedOnce(card, MITCHELL, "VALUE-URL", WARNING, WARNING);
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://example.org/paper.pdf", "http://localhost:8080/demo", "HTTPS://EXAMPLE.ORG"})
        void absoluteWebUrlsPass(String url) {
            assertNotReported(subject(ModelCard.EMPTY.withDetails(Details.EMPTY.withDemoUrl(url))), MITCHELL, "VALUE-URL");
        }

        @Test
        void theLicenceLinkMayNameAFileInTheRepository() {
            CardSubject card = subject(ModelCard.EMPTY.withLicense(Licensing.EMPTY.withId("other").withLink("LICENSE.md")));

            assertNotReported(card, HUGGINGFACE, "VALUE-URL");
        }

        @Test
        void theLicenceLinkMustStillBeAUrlOrAPath() {
            CardSubject card = subject(ModelCard.EMPTY.withLicense(Licensing.EMPTY.withLink("javascript:alert(1)")));

            Issue issue = reportedOnce(card, HUGGINGFACE, "VALUE-URL", WARNING, WARNING);

            assertThat(issue.fieldId()).isEqualTo("license.link");
            assertThat(issue.message()).isEqualTo("license.link \"javascript:alert(1)\" is not a valid URL or repository path.");
        }
    }

    @Nested
    class Numbers {
        @Test
        @Covers("VALUE-NUMBER")
        void aCountWrittenInWordsIsAnError() {
            Issue issue = reportedOnce(subject(cardWith("details.parameterCount", "about 7B")), EU_GPAI, "VALUE-NUMBER",
                    WARNING, WARNING);

            assertThat(issue.fieldId()).isEqualTo("details.parameterCount");
            assertThat(issue.message()).isEqualTo("details.parameterCount \"about 7B\" is not a number.");
        }

        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource(delimiter = '|', value = {
            "details.parameterCount | 4.5     | details.parameterCount is not a whole number (4.5).",
            "details.contextWindow  | -512    | details.contextWindow is negative (-512).",
            "training.hours         | -3      | training.hours is negative (-3).",
            "environment.co2Grams   | -0.5    | environment.co2Grams is negative (-0.5).",
            "training.flops         | 2.7e16x | training.flops \"2.7e16x\" is not a number.",
        })
        void countsAreWholeAndQuantitiesAreNotNegative(String field, String value, String message) {
            Issue issue = reportedOnce(subject(cardWith(field, value)), EU_GPAI, "VALUE-NUMBER", WARNING, WARNING);

            assertThat(issue.fieldId()).isEqualTo(field);
            assertThat(issue.message()).isEqualTo(message);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"1e999999999", "1e-999999999", "1E+99999999999", "1e1000"})
        void aNumberTooLargeToWriteOutIsOutOfRangeAndIsNeverExpanded(String value) {
            Issue issue = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                    () -> reportedOnce(subject(cardWith("details.parameterCount", value)), EU_GPAI, "VALUE-NUMBER", WARNING, WARNING));

            assertThat(issue.message()).isEqualTo("details.parameterCount \"" + value
                    + "\" is out of range: written out it would have more than 1000 digits.");
        }

        @Test
        void thousandsOfDigitsAreOutOfRangeAndQuotedByTheirStartOnly() {
            String digits = "7".repeat(5000);
            Issue issue = reportedOnce(subject(cardWith("details.parameterCount", digits)), EU_GPAI, "VALUE-NUMBER",
                    WARNING, WARNING);

            assertThat(issue.message()).isEqualTo("details.parameterCount \"77777777777777777777... (5000 characters)\""
                    + " is out of range: written out it would have more than 1000 digits.");
        }

        @Test
        void aMetricValueMayBeAnyText() {
            // the Hub allows any metric value: api-model.ts types it as unknown, huggingface_hub as Any
            assertNotReported(row(EvalResult.EMPTY.withValue("91%")), MITCHELL, "VALUE-NUMBER");
            assertNotReported(row(EvalResult.EMPTY.withValue("286.26 +/- 16.68")), HUGGINGFACE, "VALUE-NUMBER");
        }

        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource(delimiter = '|', value = {
            "details.parameterCount | 7e9",
            "details.parameterCount | 66,000,000",
            "details.parameterCount | 4.4e6",
            "details.contextWindow  | 0",
            "training.hours         | 3.1",
            "training.flops         | 2.7e16",
        })
        void wellFormedNumbersPass(String field, String value) {
            assertNotReported(subject(cardWith(field, value)), EU_GPAI, "VALUE-NUMBER");
        }

        @Test
        void aMetricValueMayBeNegative() {
            assertNotReported(row(EvalResult.EMPTY.withValue("-1.25")), MITCHELL, "VALUE-NUMBER");
        }
    }

    @Nested
    class ConfidenceIntervals {
        private final EvalResult accuracy = EvalResult.EMPTY.withMetricType("accuracy").withValue("0.90");

        @Test
        @Covers("VALUE-CI-ORDER")
        void anIntervalThatDoesNotContainItsValueIsAWarning() {
            Issue issue = reportedOnce(row(accuracy.withCiLow("0.92").withCiHigh("0.95")), MITCHELL, "VALUE-CI-ORDER",
                    WARNING, WARNING);

            assertThat(issue.fieldId()).isEqualTo("evaluation.results");
            assertThat(issue.message()).isEqualTo(
                    "evaluation.results[0] has a confidence interval [0.92, 0.95] that does not contain its value 0.90.");
        }

        @ParameterizedTest(name = "[{0}, {1}]")
        @CsvSource({"0.95, 0.85", "0.80, 0.85", "'', 0.89", "0.91, ''"})
        void boundsInTheWrongOrderOrOnTheWrongSideAreWarnings(String low, String high) {
            reportedOnce(row(accuracy.withCiLow(low).withCiHigh(high)), HUGGINGFACE, "VALUE-CI-ORDER", WARNING, WARNING);
        }

        @ParameterizedTest(name = "[{0}, {1}]")
        @CsvSource({"0.88, 0.92", "0.90, 0.90", "'', 0.95", "0.85, ''", "'', ''"})
        void anIntervalAroundItsValuePasses(String low, String high) {
            assertNotReported(row(accuracy.withCiLow(low).withCiHigh(high)), MITCHELL, "VALUE-CI-ORDER");
        }
    }

    @Nested
    class Units {
        private CardSubject environment(Environment environment) {
            return subject(ModelCard.EMPTY.withEnvironment(environment));
        }

        @Test
        @Covers("VALUE-UNIT")
        void co2InKilogramsIsAWarning() {
            Issue issue = reportedOnce(environment(Environment.EMPTY.withCo2Grams("2.94 kg")), CLASSROOM, "VALUE-UNIT",
                    WARNING, WARNING);

            assertThat(issue.fieldId()).isEqualTo("environment.co2Grams");
            assertThat(issue.message()).startsWith(
                    "environment.co2Grams \"2.94 kg\" has a unit other than grams; the Hub records CO2 in grams.");
        }

        @Test
        @Covers("VALUE-UNIT")
        void energyInMegawattHoursIsAWarning() {
            Issue issue = reportedOnce(environment(Environment.EMPTY.withEnergyKwh("1.2 MWh")), EU_GPAI, "VALUE-UNIT",
                    WARNING, WARNING);

            assertThat(issue.fieldId()).isEqualTo("environment.energyKwh");
            assertThat(issue.message()).isEqualTo("environment.energyKwh \"1.2 MWh\" has a unit other than kWh.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"3 t", "0.4 tonnes", "12 tCO2eq", "5kg"})
        void otherMassUnitsAreWarnings(String co2) {
            reportedOnce(environment(Environment.EMPTY.withCo2Grams(co2)), MITCHELL, "VALUE-UNIT", WARNING, WARNING);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1100 Wh", "4 MJ", "0.002 GWh"})
        void otherEnergyUnitsAreWarnings(String energy) {
            reportedOnce(environment(Environment.EMPTY.withEnergyKwh(energy)), MITCHELL, "VALUE-UNIT", WARNING, WARNING);
        }

        @Test
        void plainNumbersInTheRightUnitPass() {
            CardSubject card = environment(Environment.EMPTY.withCo2Grams("2940").withEnergyKwh("1200"));

            assertNotReported(card, MITCHELL, "VALUE-UNIT");
        }

        @Test
        void energyAlreadyInKilowattHoursPasses() {
            assertNotReported(environment(Environment.EMPTY.withEnergyKwh("1.1 kWh")), MITCHELL, "VALUE-UNIT");
        }

        @Test
        void trainingHoursAreNotAUnitMatter() {
            assertNotReported(subject(ModelCard.EMPTY.withTraining(Training.EMPTY.withHours("3 h"))), MITCHELL, "VALUE-UNIT");
        }
    }
}
