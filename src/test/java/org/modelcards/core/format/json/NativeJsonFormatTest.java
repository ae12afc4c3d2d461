package org.modelcards.core.format.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.model.ExtraField;
import org.modelcards.core.model.ModelCard;

class NativeJsonFormatTest {
    static final Path EXAMPLE = Path.of("assets/examples/tiny-sentiment.modelcard.json");
    private final NativeJsonFormat json = new NativeJsonFormat();

    @Test
    void theExampleCardIsWrittenBackByteForByte() throws Exception {
        String text = Files.readString(EXAMPLE);
        ModelCard card = json.read(text, EXAMPLE.toString());
        assertThat(card.details().name()).isEqualTo("tiny-sentiment-en");
        assertThat(card.evaluation().results()).hasSizeGreaterThan(5);
        assertThat(card.extras().unmapped()).isEmpty();
        assertThat(json.write(card).text()).isEqualTo(text);
        assertThat(json.write(card).isLossless()).isTrue();
    }

    @Test
    void unknownKeysAreKeptWhereTheyWereAndNumbersAsWritten() throws Exception {
        String text = resource("unknown-keys.modelcard.json");
        ModelCard card = json.read(text, "unknown-keys");
        assertThat(card.extras().unmapped()).extracting(ExtraField::key).containsExactly(
                "/details/internalId", "/evaluation/results/0/reviewer", "/x-pipeline", "/notes");
        assertThat(card.extras().unmapped().get(1).value()).isEqualTo("{\"name\":\"R. Ng\",\"scores\":[1,2.50]}");
        assertThat(card.evaluation().results().get(0).value()).isEqualTo("0.910");
        assertThat(card.evaluation().results().get(0).ciLow()).isEqualTo("about 0.9");
        assertThat(card.details().parameterCount()).isEqualTo("7000000000");
        assertThat(json.write(card).text()).isEqualTo(text);
    }

    @Test
    void anyKeyOrderAndLayoutIsWrittenInCatalogueOrderLeavingOutEmptyValues() throws Exception {
        ModelCard card = json.read(resource("messy.json"), "messy.json");
        assertThat(json.write(card).text()).isEqualTo(resource("messy.expected.json"));
    }

    @Test
    void anUnknownKeyWhoseRowWasDeletedMovesToTheTopLevelInsteadOfBeingLost() throws Exception {
        ModelCard card = json.read(resource("unknown-keys.modelcard.json"), "unknown-keys");
        ModelCard withoutRows = card.withEvaluation(card.evaluation().withResults(java.util.List.of()));
        String written = json.write(withoutRows).text();
        assertThat(written).contains("\"/evaluation/results/0/reviewer\": {");
        assertThat(json.read(written, "again").extras().unmapped()).hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "not JSON              | '{\"schemaVersion\": \"1.0\",\n  \"details\": {\"name\": \"x\",}\n}' | 2 | 27 | invalid JSON",
        "truncated             | '{\"schemaVersion\": \"1.0\",\n\"details\": {' | 2 | 13 | invalid JSON",
        "trailing garbage      | '{\"schemaVersion\": \"1.0\"} x' | 1 | 26 | invalid JSON",
        "duplicate key         | '{\"schemaVersion\": \"1.0\",\n\"details\": {\"name\": \"a\",\n \"name\": \"b\"}}' | 3 | 8 | Duplicate field 'name'",
        "array at top          | '[1, 2]' | 1 | 1 | must be a JSON object, not an array",
        "no version            | '{\"details\": {\"name\": \"x\"}}' | 1 | 1 | \"schemaVersion\" is missing",
        "future major          | '{\"schemaVersion\": \"2.0\"}' | 1 | 19 | not supported",
        "version not text      | '{\"schemaVersion\": 1}' | 1 | 19 | must be a string",
        "section not object    | '{\"schemaVersion\": \"1.0\",\n\"license\": \"mit\"}' | 2 | 12 | license must be an object, not a string",
        "object for text       | '{\"schemaVersion\": \"1.0\",\n\"details\": {\n  \"name\": {\"en\": \"x\"}}}' | 3 | 11 | details.name must be a string, not an object",
        "string for list       | '{\"schemaVersion\": \"1.0\",\n\"details\": {\"tags\": \"nlp\"}}' | 2 | 21 | details.tags must be an array of strings",
        "object in list        | '{\"schemaVersion\": \"1.0\",\n\"details\": {\"tags\": [\"a\", {}]}}' | 2 | 27 | details.tags[1] must be a string",
        "text for flag         | '{\"schemaVersion\": \"1.0\",\n\"environment\": {\"estimated\": \"yes\"}}' | 2 | 30 | environment.estimated must be true or false",
        "row not object        | '{\"schemaVersion\": \"1.0\",\n\"evaluation\": {\"results\": [\n  {}, 3]}}' | 3 | 7 | evaluation.results[1] must be an object, not a number",
        "bad cell              | '{\"schemaVersion\": \"1.0\",\n\"evaluation\": {\"results\": [\n  {\"verified\": 1}]}}' | 3 | 16 | evaluation.results[0].verified must be true or false",
        "empty text            | '' | 0 | 0 | empty file",
    })
    void badInputIsOneProblemWithLineAndColumn(String name, String text, int line, int column, String message) {
        assertThatThrownBy(() -> json.read(text, "card.json"))
                .isInstanceOfSatisfying(CardReadException.class, e -> {
                    ReadProblem problem = e.problem();
                    assertThat(problem.source()).isEqualTo("card.json");
                    assertThat(problem.message()).contains(message);
                    assertThat(problem.line()).as("line").isEqualTo(line);
                    assertThat(problem.column()).as("column").isEqualTo(column);
                    assertThat(problem.toString()).startsWith(line > 0 ? "card.json:" + line + ":" + column + ": " : "card.json: ");
                });
    }

    @Test
    void deeplyNestedInputIsRefusedNotAStackOverflow() {
        String text = "{\"schemaVersion\": \"1.0\", \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThatThrownBy(() -> json.read(text, "deep.json")).isInstanceOf(CardReadException.class)
                .hasMessageContaining("deep.json:1:");
    }

    @Test
    void nullValuesReadAsEmpty() throws Exception {
        ModelCard card = json.read("{\"schemaVersion\": \"1.0\", \"details\": {\"name\": null, \"tags\": null}, \"license\": null}", "n");
        assertThat(card).isEqualTo(ModelCard.EMPTY);
    }

    @Test
    void numbersAndBooleansInTextFieldsAreReadAsTheirText() throws Exception {
        ModelCard card = json.read("{\"schemaVersion\": \"1.3\", \"details\": {\"version\": 2.10, \"name\": true}}", "n");
        assertThat(card.details().version()).isEqualTo("2.10");
        assertThat(card.details().name()).isEqualTo("true");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = NativeJsonFormatTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
