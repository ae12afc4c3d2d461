package org.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Hub's .eval_results files from the command line: checked for their entries only, and written from model-index. */
class EvalResultsCliTest {
    @TempDir
    Path dir;

    @Test
    void validateReportsEachBadEntryAtItsPlaceAndNoCardRules() throws Exception {
        Path folder = Files.createDirectories(dir.resolve(".eval_results"));
        Path good = Files.writeString(folder.resolve("gpqa.yaml"), "- dataset:\n    id: Idavidrein/gpqa\n    task_id: gpqa_diamond\n  value: 0.412\n");
        Path bad = Files.writeString(folder.resolve("bad.yaml"), "- dataset:\n    id: x/y\n  value: 3\n");
        CliTest.Run run = CliTest.run("validate", good.toString(), bad.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains(bad + ":1:3: error: entry 1's dataset needs a task_id");
        assertThat(run.out()).doesNotContain(good.toString() + ":").contains("2 files checked").contains("1 error,");
    }

    @Test
    void convertWritesTheFileWhereTheHubLooks() throws Exception {
        Path card = Files.writeString(dir.resolve("README.md"), """
                ---
                model-index:
                - name: m
                  results:
                  - task:
                      type: text-generation
                    dataset:
                      type: cais/mmlu
                      name: MMLU
                      config: all
                    metrics:
                    - type: accuracy
                      value: 66.7
                ---
                # m
                """);
        CliTest.Run run = CliTest.run("convert", card.toString(), "--to", "eval-results", "-o", dir.resolve("out").toString());
        assertThat(run.code()).isZero();
        assertThat(Files.readString(dir.resolve("out/.eval_results/README.yaml")))
                .isEqualTo("- dataset:\n    id: cais/mmlu\n    task_id: all\n  value: 66.7\n");
        assertThat(run.err()).contains("evaluation.results.metricType", "evaluation.results.datasetName");
    }
}
