package org.modelcards.core.format.hf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ModelCard;

/** Tables in a README body: results tables become evaluation rows, key/value tables fill fields, each patched in its cell. */
class BodyTablesImportTest {
    private static final String HTML_RESULTS = String.join("\n",
            "# Model Card for Parrot",
            "",
            "## Benchmark scores",
            "",
            "We report results on standard benchmarks.",
            "",
            "### Base models",
            "",
            "<table>",
            "  <tr>",
            "   <td><strong>Category</strong>",
            "   </td>",
            "   <td><strong>Benchmark</strong>",
            "   </td>",
            "   <td><strong>Metric</strong>",
            "   </td>",
            "   <td><strong>Parrot 7B</strong>",
            "   </td>",
            "   <td><strong>Parrot 70B</strong>",
            "   </td>",
            "  </tr>",
            "  <tr>",
            "   <td rowspan=\"2\" >General",
            "   </td>",
            "   <td>MMLU",
            "   </td>",
            "   <td>acc",
            "   </td>",
            "   <td>66.7",
            "   </td>",
            "   <td>79.5",
            "   </td>",
            "  </tr>",
            "  <tr>",
            "   <td>Winogrande",
            "   </td>",
            "   <td>acc",
            "   </td>",
            "   <td>-",
            "   </td>",
            "   <td>83.3",
            "   </td>",
            "  </tr>",
            "</table>",
            "",
            "More text after the table.",
            "");

    @Test
    void anHtmlResultsTableBecomesRowsWithRowspansSpreadAndBlankCellsSkipped() {
        List<EvalResult> rows = HubReadme.parse(HTML_RESULTS, "README.md").loaded().card().evaluation().results();
        assertThat(rows).extracting(EvalResult::datasetName, EvalResult::metricName, EvalResult::model, EvalResult::value,
                EvalResult::taskName).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MMLU", "acc", "Parrot 7B", "66.7", "General"),
                        org.assertj.core.groups.Tuple.tuple("MMLU", "acc", "Parrot 70B", "79.5", "General"),
                        org.assertj.core.groups.Tuple.tuple("Winogrande", "acc", "Parrot 70B", "83.3", "General"));
        ModelCard card = HubReadme.parse(HTML_RESULTS, "README.md").loaded().card();
        // "We report results ..." introduces the tables; it is kept as written, not taken as their summary
        assertThat(card.evaluation().summary()).isEmpty();
        assertThat(card.extras().sections()).extracting(s -> s.heading()).containsExactly("Benchmark scores", "Base models");
        assertThat(card.extras().sections().get(0).markdown()).isEqualTo("We report results on standard benchmarks.");
        assertThat(card.extras().sections().get(1).markdown()).doesNotContain("<td>").contains("More text after the table.");
    }

    @Test
    void editingOneResultPatchesThatCellOnly() {
        HubReadme readme = HubReadme.parse(HTML_RESULTS, "README.md");
        ModelCard card = readme.loaded().card();
        List<EvalResult> rows = new ArrayList<>(card.evaluation().results());
        rows.set(1, rows.get(1).withValue("80.1"));
        WriteResult written = readme.write(card.withEvaluation(card.evaluation().withResults(rows)));
        assertThat(written.losses()).isEmpty();
        assertThat(written.text()).isEqualTo(HTML_RESULTS.replace("<td>79.5", "<td>80.1"));
    }

    @Test
    void aNewResultGoesToTheMetadataAndTheTableStays() {
        HubReadme readme = HubReadme.parse(HTML_RESULTS, "README.md");
        ModelCard card = readme.loaded().card();
        List<EvalResult> rows = new ArrayList<>(card.evaluation().results());
        rows.add(EvalResult.EMPTY.withTaskType("text-generation").withDatasetType("gsm8k").withDatasetName("GSM8K")
                .withMetricType("accuracy").withValue("55.0"));
        WriteResult written = readme.write(card.withEvaluation(card.evaluation().withResults(rows)));
        assertThat(written.losses()).isEmpty();
        assertThat(written.text()).startsWith("---\n").contains("model-index:").contains("GSM8K").endsWith(HTML_RESULTS);
        assertThat(written.text()).doesNotContain("MMLU\n    ");
        assertThat(HubReadme.parse(written.text(), "README.md").loaded().card().evaluation().results()).hasSize(4);
    }

    @Test
    void whatATableCannotTakeIsReportedNotDropped() {
        HubReadme readme = HubReadme.parse(HTML_RESULTS, "README.md");
        ModelCard card = readme.loaded().card();
        List<EvalResult> rows = new ArrayList<>(card.evaluation().results());
        rows.set(0, rows.get(0).withDatasetName("MMLU-Pro"));
        WriteResult written = readme.write(card.withEvaluation(card.evaluation().withResults(rows)));
        assertThat(written.losses()).extracting(l -> l.fieldId()).anyMatch(p -> p.startsWith("evaluation.results"));
    }

    @Test
    void anUneditedCardWithTablesIsWrittenBackByteForByte() {
        HubReadme readme = HubReadme.parse(HTML_RESULTS, "README.md");
        assertThat(readme.write(readme.loaded().card()).text()).isEqualTo(HTML_RESULTS);
    }

    @Test
    void aPipeResultsTableNamesItsMetricsByColumn() {
        String text = "# Model Card for Owl\n\n## Evaluation\n\n| Dataset | Accuracy | F1 |\n|---|---:|---:|\n"
                + "| **SST-2** | **91.2** | 90.8 |\n| IMDB | 88.0% | n/a |\n";
        List<EvalResult> rows = HubReadme.parse(text, "README.md").loaded().card().evaluation().results();
        assertThat(rows).extracting(EvalResult::datasetName, EvalResult::metricName, EvalResult::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SST-2", "Accuracy", "91.2"),
                org.assertj.core.groups.Tuple.tuple("SST-2", "F1", "90.8"),
                org.assertj.core.groups.Tuple.tuple("IMDB", "Accuracy", "88.0%"));
        HubReadme readme = HubReadme.parse(text, "README.md");
        ModelCard card = readme.loaded().card();
        List<EvalResult> edited = new ArrayList<>(rows);
        edited.set(0, edited.get(0).withValue("92.0"));
        WriteResult written = readme.write(card.withEvaluation(card.evaluation().withResults(edited)));
        assertThat(written.text()).isEqualTo(text.replace("**91.2**", "**92.0**"));
        assertThat(written.losses()).isEmpty();
    }

    @Test
    void trainingLogsAndTablesOutsideEvaluationAreNotResults() {
        String log = "# Model Card for Owl\n\n## Training results\n\n| Training Loss | Epoch | Step | Validation Loss | Accuracy |\n"
                + "|:---:|:---:|:---:|:---:|:---:|\n| 0.5 | 1.0 | 100 | 0.4 | 0.9 |\n";
        assertThat(HubReadme.parse(log, "README.md").loaded().card().evaluation().results()).isEmpty();
        String sizes = "# Model Card for Owl\n\n## Model Details\n\n| Size | Layers | Heads |\n|---|---|---|\n| base | 12 | 12 |\n";
        assertThat(HubReadme.parse(sizes, "README.md").loaded().card().evaluation().results()).isEmpty();
    }

    @Test
    void aTableRepeatingTheModelIndexAddsNothing() {
        String text = "---\nmodel-index:\n- name: owl\n  results:\n  - task:\n      type: text-classification\n    dataset:\n"
                + "      type: sst2\n      name: SST-2\n    metrics:\n    - type: accuracy\n      value: 91.2\n---\n\n"
                + "## Evaluation results\n\n| Benchmark | Score |\n|---|---|\n| SST-2 | 91.2 |\n";
        assertThat(HubReadme.parse(text, "README.md").loaded().card().evaluation().results()).hasSize(1);
    }

    @Test
    void aKeyValueTableFillsItsFieldsAndAnEditPatchesTheCell() {
        String text = "# Model Card for Owl\n\n## Model Details\n\n| Field | Value |\n|---|---|\n| Developed by | Owl Lab |\n"
                + "| Model date | January 2021 |\n| Model version | 1.0 |\n\nSome prose.\n";
        HubReadme readme = HubReadme.parse(text, "README.md");
        ModelCard card = readme.loaded().card();
        assertThat(card.details().developers()).containsExactly("Owl Lab");
        assertThat(card.details().releaseDate()).isEqualTo("January 2021");
        assertThat(card.details().version()).isEqualTo("1.0");
        assertThat(card.details().description()).isEqualTo("Some prose.");
        WriteResult written = readme.write(card.withDetails(card.details().withReleaseDate("March 2021 | Q1")));
        assertThat(written.text()).isEqualTo(text.replace("January 2021", "March 2021 \\| Q1"));
        assertThat(written.losses()).isEmpty();
        assertThat(readme.write(card).text()).isEqualTo(text);
    }

    @Test
    void aPartlyKnownPipeTableGivesUpItsKnownRowsAndKeepsTheRest() {
        String text = "# Model Card for Owl\n\n## Model Details\n\n| Property | Value |\n|---|---|\n| Model type | Transformer |\n"
                + "| Vocabulary | 32k |\n";
        ModelCard card = HubReadme.parse(text, "README.md").loaded().card();
        assertThat(card.details().modelType()).isEqualTo("Transformer");
        assertThat(card.details().description()).contains("| Vocabulary | 32k |").doesNotContain("Transformer");
    }

    @Test
    void anHtmlKeyValueTableFillsItsFields() {
        String text = "# Model Card for Owl\n\n## Model Details\n\n<table>\n<tr><td>Model type</td><td>Transformer</td></tr>\n"
                + "<tr><td>Release date</td><td>May 2024</td></tr>\n</table>\n";
        HubReadme readme = HubReadme.parse(text, "README.md");
        ModelCard card = readme.loaded().card();
        assertThat(card.details().modelType()).isEqualTo("Transformer");
        assertThat(card.details().releaseDate()).isEqualTo("May 2024");
        WriteResult written = readme.write(card.withDetails(card.details().withModelType("Mixture <of> experts")));
        assertThat(written.text()).isEqualTo(text.replace(">Transformer<", ">Mixture &lt;of&gt; experts<"));
        assertThat(written.losses()).isEmpty();
    }

    @Test
    void aLicenceNamedInProseFillsNameAndLinkAndAnIdStaysAnId() {
        String statement = "# Model Card for Owl\n\n**License:** A custom commercial license, the Owl 3 Community License, is"
                + " available at: [https://example.org/LICENSE](https://example.org/LICENSE)\n";
        ModelCard card = HubReadme.parse(statement, "README.md").loaded().card();
        assertThat(card.license().name()).isEqualTo("Owl 3 Community License");
        assertThat(card.license().link()).isEqualTo("https://example.org/LICENSE");
        assertThat(card.license().id()).isEmpty();
        ModelCard id = HubReadme.parse("# Model Card for Owl\n\n- **License:** mit\n", "README.md").loaded().card();
        assertThat(id.license().id()).isEqualTo("mit");
        assertThat(id.license().name()).isEmpty();
    }

    @Test
    void aReadmeThatNamesNoModelIsCalledAfterItsFolderOnlyWhenThePathNamesOne() {
        assertThat(HubReadme.folderName(java.nio.file.Path.of("models/llama3_1/MODEL_CARD.md"))).contains("llama3_1");
        assertThat(HubReadme.folderName(java.nio.file.Path.of("/repos/owl-7b/README.md"))).contains("owl-7b");
        assertThat(HubReadme.folderName(java.nio.file.Path.of("README.md"))).isEmpty();
        assertThat(HubReadme.folderName(java.nio.file.Path.of("cards/notes.md"))).isEmpty();
    }

    @Test
    void resultsKeptInTheTextAreNotCheckedAsModelIndexEntries() {
        HubReadme readme = HubReadme.parse(HTML_RESULTS, "README.md");
        ModelCard card = readme.loaded().card();
        assertThat(readme.resultsInText(card)).containsExactly(0, 1, 2);
        List<EvalResult> rows = new ArrayList<>(card.evaluation().results());
        rows.add(EvalResult.EMPTY.withDatasetName("GSM8K").withValue("55.0"));
        ModelCard added = card.withEvaluation(card.evaluation().withResults(rows));
        assertThat(readme.resultsInText(added)).containsExactly(0, 1, 2);
        org.modelcards.core.validation.CardSubject subject = org.modelcards.core.validation.CardSubject.of(added)
                .withResultsInText(readme.resultsInText(added));
        var issues = org.modelcards.core.validation.checker.Validator.standard().validate(subject,
                org.modelcards.core.catalog.Profile.HUGGINGFACE, org.modelcards.core.validation.Strictness.RELEASE).issues();
        assertThat(issues).filteredOn(i -> i.ruleId().equals("HF-MODEL-INDEX")).isNotEmpty()
                .allMatch(i -> i.fieldId().equals("evaluation.results") && i.message().startsWith("evaluation.results[3]"));
    }

    @Test
    void aSentenceListOfLanguagesLosesItsAndAndFullStop() {
        ModelCard card = HubReadme.parse("# Model Card for Owl\n\n**Supported languages:** English, German, and Thai.\n",
                "README.md").loaded().card();
        assertThat(card.details().languages()).containsExactly("en", "de", "th");
    }
}
