package org.modelcards.core.format.hf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.formats.CardFormats;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ExtraField;
import org.modelcards.core.model.ModelCard;

/** The Hub's {@code .eval_results} files: its documentation's examples read, invalid entries located, model-index migrated. */
class EvalResultsFormatTest {
    private final EvalResultsFormat format = new EvalResultsFormat();

    private static String resource(String name) throws IOException {
        try (InputStream in = EvalResultsFormatTest.class.getResourceAsStream("eval-results/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theDocumentationsFullExampleFillsARowAndKeepsTheRest() throws Exception {
        LoadedCard loaded = format.load(resource("hub-docs-full.yaml"), ".eval_results/hle.yaml");
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.card().evaluation().results()).extracting(EvalResult::datasetType, EvalResult::datasetConfig,
                EvalResult::datasetRevision, EvalResult::value, EvalResult::verifyToken, EvalResult::sourceUrl,
                EvalResult::sourceName).containsExactly(tuple("cais/hle", "default", "<hash>", "20.90", "<token>",
                        "https://huggingface.co/spaces/SaylorTwift/smollm3-mmlu-pro", "Eval traces"));
        assertThat(loaded.card().extras().unmapped()).extracting(ExtraField::key, ExtraField::value).containsExactly(
                tuple("/0/date", "\"2025-01-15\""), tuple("/0/evaluation_framework", "\"hle\""),
                tuple("/0/notes", "\"no-tools\""), tuple("/0/source/user", "\"SaylorTwift\""));
    }

    @Test
    void theMinimalExampleIsOneRow() throws Exception {
        ModelCard card = format.read(resource("hub-docs-minimal.yaml"), ".eval_results/gpqa.yaml");
        assertThat(card.evaluation().results()).extracting(EvalResult::datasetType, EvalResult::datasetConfig, EvalResult::value)
                .containsExactly(tuple("Idavidrein/gpqa", "gpqa_diamond", "0.412"));
    }

    @Test
    void anEntryTheHubWouldRefuseIsAProblemAtItsPlaceAndTheOthersAreRead() throws Exception {
        String yaml = """
                - dataset:
                    id: cais/hle
                    task_id: default
                  value: 20.9
                - dataset:
                    id: openai/gsm8k
                  value: 86.2
                - dataset:
                    id: Idavidrein/gpqa
                    task_id: gpqa_diamond
                  value: [1, 2]
                - dataset:
                    id: Idavidrein/gpqa
                    task_id: gpqa_main
                  value: 0.3
                  source:
                    name: no url
                """;
        LoadedCard loaded = format.load(yaml, ".eval_results/mixed.yaml");
        assertThat(loaded.card().evaluation().results()).extracting(EvalResult::datasetType, EvalResult::value)
                .containsExactly(tuple("cais/hle", "20.9"), tuple("Idavidrein/gpqa", "0.3"));
        assertThat(loaded.problems()).extracting(ReadProblem::code).containsOnly(ReadProblem.EVAL_RESULTS_ENTRY);
        assertThat(loaded.problems()).extracting(ReadProblem::line, ReadProblem::column)
                .containsExactly(tuple(5, 3), tuple(11, 10), tuple(16, 3));
        assertThat(loaded.problems().get(0).message()).contains("entry 2", "task_id", "not read");
        assertThat(loaded.problems().get(1).message()).contains("entry 3", "a value", "a list");
        assertThat(loaded.problems().get(2).message()).contains("entry 4", "source needs a url");
    }

    @Test
    void aFileThatIsNoListIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> format.load("dataset:\n  id: x\n", ".eval_results/x.yaml"))
                .isInstanceOfSatisfying(CardReadException.class, e -> assertThat(e.problem().line()).isEqualTo(1));
        assertThatThrownBy(() -> format.load("- dataset: [\n", ".eval_results/x.yaml"))
                .isInstanceOfSatisfying(CardReadException.class, e -> assertThat(e.problem().code()).isEqualTo(ReadProblem.YAML_SYNTAX));
    }

    @Test
    void modelIndexResultsMigrateAndWhatDoesNotFitIsReported() throws Exception {
        ModelCard card = new CardFiles().open(Path.of(
                "src/test/resources/realcards/hub/huggingface__huggingface_hub__tests__fixtures__cards__sample_simple_model_index.md")).card();
        WriteResult out = format.write(card);
        // read by an independent YAML parser, not this format's reader
        JsonNode entries = new ObjectMapper(new YAMLFactory()).readTree(out.text());
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).path("dataset").path("id").asText()).isEqualTo("beans");
        assertThat(entries.get(0).path("dataset").path("task_id").asText()).isEqualTo("default");
        assertThat(entries.get(0).path("value").isNumber()).isTrue();
        assertThat(entries.get(0).path("value").decimalValue()).isEqualByComparingTo("0.9");
        assertThat(entries.get(1).path("dataset").path("revision").asText()).isEqualTo("5503434ddd753f426f4b38109466949a1217c2bb");
        assertThat(entries.get(1).path("value").decimalValue()).isEqualByComparingTo("0.66");
        List<String> lost = out.losses().stream().map(Loss::fieldId).toList();
        assertThat(lost).contains("evaluation.results.datasetConfig", "evaluation.results", "evaluation.results.metricType",
                "evaluation.results.taskType", "evaluation.results.datasetName", "evaluation.results.datasetSplit",
                "evaluation.results.datasetArgs", "details.name", "license.id");
        assertThat(out.losses()).filteredOn(l -> l.fieldId().equals("evaluation.results"))
                .singleElement().satisfies(l -> assertThat(l.reason()).contains("row 2", "row 1"));
        // and this format's reader gives the carried values back
        assertThat(format.read(out.text(), "x.yaml").evaluation().results()).extracting(EvalResult::datasetType,
                EvalResult::datasetConfig, EvalResult::value).containsExactly(tuple("beans", "default", "0.9"),
                tuple("beans", "default", "0.66"));
    }

    @Test
    void aRowWithoutAHubDatasetIdIsNotWritten() {
        ModelCard card = ModelCard.EMPTY.withEvaluation(ModelCard.EMPTY.evaluation().withResults(List.of(
                EvalResult.EMPTY.withDatasetName("Our private set").withValue("0.7"),
                EvalResult.EMPTY.withDatasetType("cais/mmlu").withDatasetConfig("all").withValue("66.7"))));
        WriteResult out = format.write(card);
        assertThat(out.text()).isEqualTo("- dataset:\n    id: cais/mmlu\n    task_id: all\n  value: 66.7\n");
        assertThat(out.losses()).extracting(Loss::fieldId).contains("evaluation.results.datasetType");
        assertThat(format.write(ModelCard.EMPTY).text()).isEqualTo("[]\n");
    }

    @Test
    void theRegistryFindsTheFilesByContentAndWritesThemWhereTheHubLooks() throws Exception {
        CardFormats formats = CardFormats.standard();
        assertThat(formats.detect("hle.yaml", resource("hub-docs-minimal.yaml")).id()).isEqualTo("eval-results");
        assertThat(formats.detect("config.yaml", "steps:\n  - run: make\n").id()).isNotEqualTo("eval-results");
        assertThat(formats.isReadableName("ci.yaml")).isFalse();
        assertThat(format.outputName("README")).isEqualTo(".eval_results/README.yaml");
    }
}
