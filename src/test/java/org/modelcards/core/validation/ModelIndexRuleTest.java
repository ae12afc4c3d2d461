package org.modelcards.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelcards.core.catalog.Profile.CLASSROOM;
import static org.modelcards.core.catalog.Profile.HUGGINGFACE;
import static org.modelcards.core.validation.RuleAssertions.assertNotReported;
import static org.modelcards.core.validation.RuleAssertions.at;
import static org.modelcards.core.validation.RuleAssertions.issues;
import static org.modelcards.core.validation.RuleAssertions.readme;
import static org.modelcards.core.validation.RuleAssertions.reportedOnce;
import static org.modelcards.core.validation.RuleAssertions.subject;
import static org.modelcards.core.validation.Severity.ERROR;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.Evaluation;
import org.modelcards.core.model.ModelCard;

/** HF-MODEL-INDEX: on the front matter as written, and on the card's rows when there is no front matter. */
class ModelIndexRuleTest {
    private static final String RULE = "HF-MODEL-INDEX";

    /**
     * A README whose front matter is {@code model-index:} followed by {@code indexLines}: line 1 is
     * {@code ---}, line 2 {@code model-index:}, and {@code indexLines} start on line 3.
     */
    private static CardSubject modelIndex(String... indexLines) {
        List<String> lines = new ArrayList<>(List.of("---", "model-index:"));
        lines.addAll(List.of(indexLines));
        lines.addAll(List.of("---", "# tiny-sentiment", ""));
        return readme(lines.toArray(String[]::new));
    }

    /** A well-formed entry; each test changes one line. */
    private static final String[] VALID = {
        "- name: tiny-sentiment",           // line 3
        "  results:",                       // line 4
        "  - task:",                        // line 5
        "      type: text-classification",  // line 6
        "    dataset:",                     // line 7
        "      type: imdb",                 // line 8
        "      name: IMDB",                 // line 9
        "      config: plain_text",         // line 10
        "      split: test",                // line 11
        "    metrics:",                     // line 12
        "    - type: accuracy",             // line 13
        "      value: 0.91",                // line 14
    };

    private static CardSubject validWith(int line, String replacement) {
        String[] lines = VALID.clone();
        lines[line - 3] = replacement;
        return modelIndex(lines);
    }

    @Nested
    class OnTheFrontMatter {
        @Test
        void aWellFormedModelIndexPasses() {
            assertNotReported(modelIndex(VALID), HUGGINGFACE, RULE);
        }

        @Test
        @Covers("HF-MODEL-INDEX")
        void aDatasetConfigWrittenAsANumberIsAnErrorAtTheValue() {
            Issue issue = reportedOnce(validWith(10, "      config: 3"), HUGGINGFACE, RULE, ERROR, ERROR);

            assertThat(issue.fieldId()).isEqualTo("evaluation.results");
            assertThat(issue.message())
                    .isEqualTo("model-index[0].results[0].dataset.config must be a string, not an integer.");
            assertThat(issue.at()).isEqualTo(at(10, 15));
        }

        @Test
        void theSameConfigQuotedAsAStringPasses() {
            assertNotReported(validWith(10, "      config: \"3\""), HUGGINGFACE, RULE);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "split as a year      | 11 | '      split: 2023'    | model-index[0].results[0].dataset.split must be a string, not an integer.   | 11 | 14",
            "config as a boolean  | 10 | '      config: true'   | model-index[0].results[0].dataset.config must be a string, not a boolean.  | 10 | 15",
            "revision as a number |  9 | '      revision: 1.5'  | model-index[0].results[0].dataset.revision must be a string, not a number. |  9 | 17",
            "metric type missing  | 13 | '    - name: Accuracy' | model-index[0].results[0].metrics[0].type is missing.                     | 13 |  7",
            "metric value null    | 14 | '      value: null'    | model-index[0].results[0].metrics[0].value is missing.                    | 13 |  7",
            "task type empty      |  6 | '      type: \"\"'     | model-index[0].results[0].task.type is missing.                           |  6 | 13",
        })
        void eachWrongShapeIsReportedWithItsPathAndPosition(String name, int line, String replacement, String message,
                int atLine, int atColumn) {
            List<Issue> found = issues(validWith(line, replacement), HUGGINGFACE, Strictness.RELEASE, RULE);

            assertThat(found).extracting(Issue::message).contains(message);
            Issue issue = found.stream().filter(i -> i.message().equals(message)).findFirst().orElseThrow();
            assertThat(issue.severity()).isEqualTo(ERROR);
            assertThat(issue.at()).isEqualTo(at(atLine, atColumn));
        }

        @Test
        void aMissingDatasetNameIsReportedAtTheDataset() {
            Issue issue = reportedOnce(validWith(9, "      revision: main"), HUGGINGFACE, RULE, ERROR, ERROR);

            assertThat(issue.message()).isEqualTo("model-index[0].results[0].dataset.name is missing.");
            assertThat(issue.at()).isEqualTo(at(8, 7));
        }

        @Test
        void aTaskWrittenAsAStringIsAnError() {
            String[] lines = VALID.clone();
            lines[5 - 3] = "  - task: classify";
            lines[6 - 3] = "    # (no task type)";

            Issue issue = reportedOnce(modelIndex(lines), HUGGINGFACE, RULE, ERROR, ERROR);

            assertThat(issue.message()).isEqualTo("model-index[0].results[0].task must be a mapping, not a string.");
            assertThat(issue.at()).isEqualTo(at(5, 11));
        }

        @Test
        void aModelIndexThatIsNotAListIsAnError() {
            CardSubject card = readme(
                    "---",
                    "model-index:",
                    "  name: tiny-sentiment",
                    "---");

            Issue issue = reportedOnce(card, HUGGINGFACE, RULE, ERROR, ERROR);

            assertThat(issue.message()).isEqualTo("model-index must be a list, not a mapping.");
            assertThat(issue.at()).isEqualTo(at(3, 3));
        }

        @Test
        void anEntryWithoutResultsIsAnError() {
            Issue issue = reportedOnce(modelIndex("- name: tiny-sentiment"), HUGGINGFACE, RULE, ERROR, ERROR);

            assertThat(issue.message()).isEqualTo("model-index[0].results is missing.");
            assertThat(issue.at()).isEqualTo(at(3, 3));
        }

        @Test
        void aSourceWithoutAUrlIsAnErrorAndASourceWithOnePasses() {
            List<String> withSource = new ArrayList<>(List.of(VALID));
            withSource.addAll(List.of("    source:", "      name: Leaderboard")); // lines 15-16
            Issue issue = reportedOnce(modelIndex(withSource.toArray(String[]::new)), HUGGINGFACE, RULE, ERROR, ERROR);

            assertThat(issue.message()).isEqualTo("model-index[0].results[0].source needs a url.");
            assertThat(issue.at()).isEqualTo(at(16, 7));

            withSource.add("      url: https://example.org/leaderboard");
            assertNotReported(modelIndex(withSource.toArray(String[]::new)), HUGGINGFACE, RULE);
        }

        @Test
        void frontMatterWithoutAModelIndexHasNothingToCheck() {
            assertNotReported(readme("---", "license: mit", "---", "# tiny"), HUGGINGFACE, RULE);
        }

        @Test
        void theClassroomProfileChecksItToo() {
            assertThat(issues(validWith(10, "      config: 3"), CLASSROOM, Strictness.RELEASE, RULE)).hasSize(1);
        }
    }

    @Nested
    class OnTheCardsRows {
        private final EvalResult complete = EvalResult.EMPTY.withTaskType("text-classification")
                .withDatasetType("imdb").withDatasetName("IMDB").withMetricType("accuracy").withValue("0.91");

        private CardSubject rows(EvalResult... rows) {
            return subject(ModelCard.EMPTY.withEvaluation(Evaluation.EMPTY.withResults(List.of(rows))));
        }

        @Test
        void aCompleteRowPasses() {
            assertNotReported(rows(complete), HUGGINGFACE, RULE);
        }

        @Test
        @Covers("HF-MODEL-INDEX")
        void aRowWithoutATaskTypeIsAnErrorNamingTheCell() {
            Issue issue = reportedOnce(rows(complete, complete.withTaskType("").withSlice("long reviews")), HUGGINGFACE,
                    RULE, ERROR, ERROR);

            assertThat(issue.fieldId()).isEqualTo("evaluation.results");
            assertThat(issue.message())
                    .isEqualTo("evaluation.results[1].taskType is missing (model-index needs task.type).");
        }

        @Test
        void aRowWithASourceNameButNoUrlIsAnError() {
            Issue issue = reportedOnce(rows(complete.withSourceName("Open LLM Leaderboard")), HUGGINGFACE, RULE,
                    ERROR, ERROR);

            assertThat(issue.message()).isEqualTo("evaluation.results[0].sourceUrl is missing: a source needs a url.");
        }

        @Test
        void eachMissingCellIsReported() {
            assertThat(issues(rows(EvalResult.EMPTY.withMetricName("Accuracy")), HUGGINGFACE, Strictness.RELEASE, RULE))
                    .extracting(Issue::message).containsExactly(
                            "evaluation.results[0].taskType is missing (model-index needs task.type).",
                            "evaluation.results[0].metricType is missing (model-index needs metrics[].type).",
                            "evaluation.results[0].value is missing (model-index needs metrics[].value).");
        }
    }
}
