package org.modelcards.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelcards.core.catalog.Profile.EU_GPAI;
import static org.modelcards.core.catalog.Profile.MITCHELL;
import static org.modelcards.core.validation.RuleAssertions.assertNotReported;
import static org.modelcards.core.validation.RuleAssertions.reportedOnce;
import static org.modelcards.core.validation.RuleAssertions.subject;
import static org.modelcards.core.validation.Severity.ERROR;
import static org.modelcards.core.validation.Severity.WARNING;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.Evaluation;
import org.modelcards.core.model.ModelCard;

/** EVAL-DUPLICATE and EVAL-CONFLICT: one result per task, dataset, split, metric and slice. */
class EvalResultRulesTest {
    private static final EvalResult ACCURACY = EvalResult.EMPTY.withTaskType("text-classification")
            .withDatasetType("imdb").withDatasetName("IMDB").withDatasetSplit("test")
            .withMetricType("accuracy").withValue("0.91");

    private static CardSubject results(EvalResult... rows) {
        return subject(ModelCard.EMPTY.withEvaluation(Evaluation.EMPTY.withResults(List.of(rows))));
    }

    @Test
    @Covers("EVAL-DUPLICATE")
    void theSameResultListedTwiceIsAWarning() {
        Issue issue = reportedOnce(results(ACCURACY, ACCURACY), MITCHELL, "EVAL-DUPLICATE", WARNING, WARNING);

        assertThat(issue.fieldId()).isEqualTo("evaluation.results");
        assertThat(issue.message()).isEqualTo("evaluation.results[1] repeats evaluation.results[0] (accuracy on IMDB).");
        assertNotReported(results(ACCURACY, ACCURACY), MITCHELL, "EVAL-CONFLICT");
    }

    @Test
    void aRepeatIsComparedWithTheFirstRowOfItsKind() {
        EvalResult f1 = ACCURACY.withMetricType("f1").withValue("0.87");

        Issue issue = reportedOnce(results(ACCURACY, f1, ACCURACY.withValue(" 0.91 ")), EU_GPAI, "EVAL-DUPLICATE",
                WARNING, WARNING);

        assertThat(issue.message()).isEqualTo("evaluation.results[2] repeats evaluation.results[0] (accuracy on IMDB).");
    }

    @Test
    @Covers("EVAL-CONFLICT")
    void twoDifferentValuesForTheSameResultAreAnError() {
        EvalResult slice = ACCURACY.withSlice("long reviews");

        Issue issue = reportedOnce(results(slice, slice.withValue("0.89")), MITCHELL, "EVAL-CONFLICT", WARNING, WARNING);

        assertThat(issue.fieldId()).isEqualTo("evaluation.results");
        assertThat(issue.message()).isEqualTo(
                "evaluation.results[1] contradicts evaluation.results[0] (accuracy on IMDB, slice long reviews: 0.91 vs 0.89).");
        assertNotReported(results(slice, slice.withValue("0.89")), MITCHELL, "EVAL-DUPLICATE");
    }

    @Test
    void resultsToldApartBySplitSliceOrMetricPass() {
        CardSubject card = results(ACCURACY, ACCURACY.withDatasetSplit("validation").withValue("0.93"),
                ACCURACY.withSlice("long reviews").withValue("0.82"), ACCURACY.withMetricType("f1").withValue("0.87"));

        assertNotReported(card, MITCHELL, "EVAL-CONFLICT");
        assertNotReported(card, MITCHELL, "EVAL-DUPLICATE");
    }

    @Test
    void theSameNumberWrittenDifferentlyIsARepeatNotAContradiction() {
        CardSubject card = results(ACCURACY.withValue("0.9"), ACCURACY.withValue("0.90"));

        assertNotReported(card, MITCHELL, "EVAL-CONFLICT");
        reportedOnce(card, MITCHELL, "EVAL-DUPLICATE", WARNING, WARNING);
    }

    @Test
    void resultsToldApartBySourcePass() {
        CardSubject card = results(
                ACCURACY.withSourceName("Tech report").withSourceUrl("https://example.org/report.pdf"),
                ACCURACY.withValue("0.89").withSourceName("Reproduction").withSourceUrl("https://example.org/repro"));

        assertNotReported(card, MITCHELL, "EVAL-CONFLICT");
    }
}
