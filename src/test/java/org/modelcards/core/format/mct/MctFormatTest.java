package org.modelcards.core.format.mct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.Considerations;
import org.modelcards.core.model.DataSources;
import org.modelcards.core.model.Dataset;
import org.modelcards.core.model.Details;
import org.modelcards.core.model.EthicalConsideration;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.Evaluation;
import org.modelcards.core.model.ExtraField;
import org.modelcards.core.model.IntendedUse;
import org.modelcards.core.model.Licensing;
import org.modelcards.core.model.Misuse;
import org.modelcards.core.model.MisuseRisk;
import org.modelcards.core.model.ModelCard;

class MctFormatTest {
    static final Path EXAMPLE = Path.of("assets/examples/tiny-sentiment.modelcard.json");
    private final MctFormat mct = new MctFormat();

    /** A small card touching every part of the mapping, plus one uncarried field per kind. */
    static ModelCard smallCard() {
        Details details = Details.EMPTY.withName("Kestrel Triage")
                .withSummary("Routes support tickets to one of five queues.")
                .withDescription("XLM-R base fine-tuned on 40,000 tickets.\n\nReturns a probability per queue.")
                .withVersion("1.2.0").withReleaseDate("2024-06-18")
                .withDevelopers(List.of("Ostrea Lab", "A. Fournier")).withContact("kestrel@example.org")
                .withFunders(List.of("Ostrea Lab"))
                .withArchitecture("XLM-RoBERTa base encoder with a linear head")
                .withInputFormats("Ticket subject and body, up to 256 tokens")
                .withOutputFormats("Five probabilities that sum to 1")
                .withRepositoryUrl("https://github.com/ostrea/kestrel")
                .withPaperUrl("https://arxiv.org/abs/2406.00001")
                .withCitationBibtex("@misc{kestrel2024, title={Kestrel Triage}}");
        return ModelCard.EMPTY.withDetails(details)
                .withLicense(Licensing.EMPTY.withId("apache-2.0").withSpdxId("Apache-2.0"))
                .withIntendedUse(IntendedUse.EMPTY.withDirectUse("Routing tickets for a person to handle.")
                        .withPrimaryUsers(List.of("Support teams"))
                        .withOutOfScope(List.of("Medical triage", "Closing accounts automatically")))
                .withMisuse(Misuse.EMPTY.withRisks(List.of(new MisuseRisk("Ranking agents by their tickets",
                        "Support agents", "Out of scope; scores are per ticket"))))
                .withBias(Considerations.EMPTY.withLimitations("English and French only.")
                        .withEthical(List.of(new EthicalConsideration("Urgent tickets can be misrouted",
                                "People review the 'other' queue hourly"))))
                .withData(new DataSources(
                        List.of(Dataset.EMPTY.withName("Support tickets 2023").withLink("https://example.org/data/tickets")
                                .withSensitiveData("Customer names").withSize("40,000 tickets")),
                        List.of(Dataset.EMPTY.withName("Held-out tickets").withDescription("2,000 tickets from 2024."))))
                .withEvaluation(Evaluation.EMPTY.withResults(List.of(
                        EvalResult.EMPTY.withMetricType("accuracy").withValue("0.910").withSlice("all tickets")
                                .withDatasetName("Held-out tickets"),
                        EvalResult.EMPTY.withMetricType("accuracy").withValue("0.884").withSlice("French"))));
    }

    @Test
    void theIdIsMct() {
        assertThat(mct.id()).isEqualTo("mct");
    }

    @Test
    void aSmallCardIsWrittenAsTheGoldenFile() throws Exception {
        WriteResult result = mct.write(smallCard());
        assertThat(result.text()).isEqualTo(resource("small.expected.json"));
        assertThat(result.text()).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void theSmallCardLosesExactlyItsFilledFieldsThatMctDoesNotCarry() {
        assertThat(mct.write(smallCard()).losses()).extracting(Loss::fieldId).containsExactly(
                "details.funders", "license.id", "misuse.risks.harmed", "data.training.size",
                "evaluation.results.datasetName");
        assertThat(mct.write(smallCard()).losses()).allSatisfy(loss -> assertThat(loss.reason()).isNotBlank());
    }

    @Test
    void theWritersListOfCarriedFieldsIsTheOneTheTestsExpect() {
        assertThat(MctFields.CARRIED).containsExactlyInAnyOrderElementsOf(CarriedFields.IDS);
    }

    @Test
    void theBundledExampleIsWrittenWithinThe002Schema() throws Exception {
        WriteResult result = mct.write(example());
        JsonNode written = JsonText.mapper().readTree(result.text());
        assertThat(MctSchemaRules.violations(written)).isEmpty();
        assertThat(written.get("schema_version").asText()).isEqualTo("0.0.2");
        assertThat(written.at("/model_details/version/date").asText()).isEqualTo("2025-03-14");
        assertThat(written.at("/model_details/licenses")).hasSize(1);
        assertThat(written.at("/model_details/licenses/0/identifier").asText()).isEqualTo("Apache-2.0");
        assertThat(written.at("/quantitative_analysis/performance_metrics/0/value").isNumber()).isTrue();
    }

    @Test
    void theBundledExampleLosesExactlyItsFilledUncarriedFields() throws Exception {
        ModelCard card = example();
        List<String> lost = mct.write(card).losses().stream().map(Loss::fieldId).toList();
        assertThat(lost).containsExactlyElementsOf(CarriedFields.uncarriedAndFilled(card));
        assertThat(lost).contains("license.id", "details.parameterCount", "misuse.risks.harmed", "bias.recommendations",
                        "evaluation.results.ciLow", "evaluation.results.threshold", "training.procedure",
                        "environment.co2Grams", "more.gettingStarted")
                .doesNotContain("details.releaseDate", "details.paperUrl", "intendedUse.outOfScope", "bias.biases",
                        "evaluation.results.value", "data.training.name");
    }

    @Test
    void theBundledExampleReadsBackEqualOnEveryCarriedField() throws Exception {
        ModelCard card = example();
        ModelCard back = mct.read(mct.write(card).text(), "model_card.json");
        assertThat(CarriedFields.differences(card, back)).isEmpty();
        assertThat(back.intendedUse().outOfScope()).hasSize(8).isEqualTo(card.intendedUse().outOfScope());
        assertThat(back.data().training()).hasSameSizeAs(card.data().training());
        assertThat(back.data().evaluation()).hasSameSizeAs(card.data().evaluation());
        assertThat(back.extras().unmapped()).isEmpty();
    }

    @Test
    void outOfScopeUsesAreUseCasesMarkedAsSuch() throws Exception {
        JsonNode written = JsonText.mapper().readTree(mct.write(smallCard()).text());
        assertThat(written.at("/considerations/use_cases")).extracting(n -> n.get("description").asText())
                .containsExactly("Routing tickets for a person to handle.", "Out of scope: Medical triage",
                        "Out of scope: Closing accounts automatically");
        ModelCard back = mct.read(written.toString(), "m");
        assertThat(back.intendedUse()).isEqualTo(smallCard().intendedUse());
    }

    @Test
    void datasetsSayWhatTheyWereUsedForAndReadBackIntoTheirPlace() throws Exception {
        JsonNode written = JsonText.mapper().readTree(mct.write(smallCard()).text());
        assertThat(written.at("/model_parameters/data/0/description").asText()).isEqualTo("Used for training.");
        assertThat(written.at("/model_parameters/data/1/description").asText())
                .isEqualTo("Used for evaluation.\n\n2,000 tickets from 2024.");
        ModelCard back = mct.read(written.toString(), "m");
        assertThat(back.data().training()).extracting(Dataset::name, Dataset::sensitiveData, Dataset::description)
                .containsExactly(tuple("Support tickets 2023", "Customer names", ""));
        assertThat(back.data().evaluation()).extracting(Dataset::name, Dataset::description)
                .containsExactly(tuple("Held-out tickets", "2,000 tickets from 2024."));
    }

    /**
     * The sample MctFormatProperties once failed on (about one run in twenty): java.net.URI took
     * {@code A++:!!#[} for a URI, the schema's format: uri does not ("[" has no place in a fragment).
     */
    @Test
    void aLinkJavaAcceptsButRfc3986RefusesIsALossNotAnInvalidReference() throws Exception {
        ModelCard card = smallCard().withDetails(smallCard().details().withRepositoryUrl("A++:!!#[").withPaperUrl("")
                .withDemoUrl(""));
        WriteResult result = mct.write(card);
        JsonNode written = JsonText.mapper().readTree(result.text());
        assertThat(MctSchemaRules.violations(written)).isEmpty();
        assertThat(written.at("/model_details").has("references")).isFalse();
        assertThat(result.losses()).extracting(Loss::fieldId).contains("details.repositoryUrl");
    }

    @Test
    void valuesOutsideTheSchemasFormatsAreLossesNotInvalidOutput() throws Exception {
        ModelCard card = smallCard()
                .withDetails(smallCard().details().withReleaseDate("14 March 2025")
                        .withRepositoryUrl("github.com/ostrea/kestrel").withPaperUrl(""))
                .withData(new DataSources(List.of(Dataset.EMPTY.withName("tickets").withLink("see the wiki")), List.of()))
                .withEvaluation(Evaluation.EMPTY.withResults(List.of(
                        EvalResult.EMPTY.withMetricType("accuracy").withValue("about 0.9"),
                        EvalResult.EMPTY.withMetricType("f1").withValue("9.1e-1"))));
        WriteResult result = mct.write(card);
        JsonNode written = JsonText.mapper().readTree(result.text());
        assertThat(MctSchemaRules.violations(written)).isEmpty();
        assertThat(written.at("/model_details/version").has("date")).isFalse();
        assertThat(written.at("/model_details").has("references")).isFalse();
        assertThat(written.at("/model_parameters/data/0").has("link")).isFalse();
        assertThat(written.at("/quantitative_analysis/performance_metrics/0").has("value")).isFalse();
        assertThat(written.at("/quantitative_analysis/performance_metrics/1/value").decimalValue())
                .isEqualByComparingTo("0.91");
        List<Loss> valueLosses = result.losses().stream()
                .filter(l -> !List.of("details.funders", "license.id", "misuse.risks.harmed").contains(l.fieldId()))
                .toList();
        assertThat(valueLosses).extracting(Loss::fieldId).containsExactly("details.releaseDate",
                "details.repositoryUrl", "data.training.link", "evaluation.results.value", "evaluation.results.value");
        assertThat(valueLosses.get(0).reason()).startsWith("\"14 March 2025\" is not a date written YYYY-MM-DD");
        assertThat(valueLosses.get(1).reason()).startsWith("\"github.com/ostrea/kestrel\" is not an absolute URI");
        assertThat(valueLosses.get(2).reason()).startsWith("\"see the wiki\" (row 1) is not an absolute URI");
        assertThat(valueLosses.get(3).reason()).startsWith("\"about 0.9\" (row 1) is not a number");
        assertThat(valueLosses.get(4).reason()).startsWith("\"9.1e-1\" (row 2) is written as the number 0.91");
    }

    @Test
    void aLinkThatWouldReadBackAsAnotherKindIsReported() throws Exception {
        ModelCard card = ModelCard.EMPTY.withDetails(Details.EMPTY.withName("x")
                .withPaperUrl("https://example.org/report"));
        WriteResult result = mct.write(card);
        assertThat(result.text()).contains("\"reference\": \"https://example.org/report\"");
        assertThat(result.losses()).singleElement().satisfies(loss -> {
            assertThat(loss.fieldId()).isEqualTo("details.paperUrl");
            assertThat(loss.reason()).contains("would read back as the repository link");
        });
        assertThat(mct.read(result.text(), "m").details().repositoryUrl()).isEqualTo("https://example.org/report");
    }

    @Test
    void anEmptyCardIsAnEmptyModelDetails() throws Exception {
        WriteResult result = mct.write(ModelCard.EMPTY);
        assertThat(result.text()).isEqualTo("{\n  \"schema_version\": \"0.0.2\",\n  \"model_details\": { }\n}\n");
        assertThat(result.isLossless()).isTrue();
        assertThat(mct.read(result.text(), "m")).isEqualTo(ModelCard.EMPTY);
    }

    @Test
    void unknownKeysOfTheSourceAreALossBecauseTheSchemaAllowsNoOthers() {
        ModelCard card = ModelCard.EMPTY.withExtras(ModelCard.EMPTY.extras()
                .withUnmapped(List.of(new ExtraField("/x-internal", "42"))));
        assertThat(mct.write(card).losses()).extracting(Loss::fieldId).containsExactly("extras.unmapped");
        assertThat(mct.write(card).losses().get(0).reason()).endsWith("allows no other keys: /x-internal");
        assertThat(mct.write(card).text()).doesNotContain("x-internal");
    }

    @Test
    void aVersion001CardIsMigratedAsTheToolkitDoes() throws Exception {
        ModelCard card = mct.read(resource("v0.0.1.model_card.json"), "v0.0.1.json");
        Details d = card.details();
        assertThat(d.name()).isEqualTo("Pet Classifier");
        assertThat(d.summary()).isEqualTo("Tells cat photos from dog photos.");
        assertThat(d.developers()).containsExactly("Vision Team", "A. Researcher");
        assertThat(d.contact()).isEqualTo("vision@example.org");
        assertThat(d.version()).isEqualTo("v1.0");
        assertThat(d.releaseDate()).isEqualTo("2021-05-01");
        // the toolkit turns the 0.0.1 licence string into custom text, which the card keeps as the licence name
        assertThat(card.license().name()).isEqualTo("Apache-2.0");
        assertThat(card.license().spdxId()).isEmpty();
        assertThat(d.repositoryUrl()).isEqualTo("https://github.com/example/pet-classifier");
        assertThat(d.paperUrl()).isEqualTo("https://arxiv.org/abs/1801.04381");
        assertThat(d.citationBibtex()).isEqualTo("@misc{pets2021, title={Pet Classifier}, year={2021}}");
        assertThat(d.architecture()).isEqualTo("MobileNetV2, fine-tuned");
        assertThat(d.inputFormats()).isEqualTo("RGB image, 224x224");
        assertThat(d.outputFormats()).isEqualTo("Probability of 'dog'");
        // train and eval become the list the toolkit makes; an unnamed set gets the toolkit's name
        assertThat(card.data().training()).extracting(Dataset::name, Dataset::link, Dataset::description)
                .containsExactly(tuple("Pets (train split)", "https://example.org/datasets/pets", ""));
        assertThat(card.data().evaluation()).extracting(Dataset::name, Dataset::link)
                .containsExactly(tuple("Validation Set", "https://example.org/datasets/pets-eval"));
        assertThat(card.evaluation().results()).extracting(EvalResult::metricType, EvalResult::value, EvalResult::slice,
                        EvalResult::ciLow, EvalResult::ciHigh, EvalResult::threshold)
                .containsExactly(tuple("accuracy", "0.910", "cats", "0.89", "0.93", "0.5"),
                        tuple("accuracy", "0.88", "dogs", "", "", ""));
        assertThat(card.intendedUse().primaryUsers()).containsExactly("Pet app developers", "Students");
        assertThat(card.intendedUse().directUse()).isEqualTo("Sorting a personal photo library");
        assertThat(card.bias().limitations())
                .isEqualTo("Trained on well-lit photos.\n\nBreeds outside the training set are often wrong.");
        assertThat(card.bias().tradeoffs()).isEqualTo("Small and fast rather than most accurate.");
        assertThat(card.bias().ethical()).containsExactly(new EthicalConsideration(
                "Photos of people may be labelled as pets.", "Ask users to confirm the photo shows a pet."));
        assertThat(card.extras().unmapped()).extracting(ExtraField::key, ExtraField::value).containsExactly(
                tuple("/model_details/version/diff", "\"First release.\""),
                tuple("/model_parameters/data/0/sensitive", "false"),
                tuple("/model_parameters/data/0/graphics", "{\"description\":\"Class balance\"}"));
        assertThat(MctSchemaRules.violations(JsonText.mapper().readTree(mct.write(card).text()))).isEmpty();
    }

    @Test
    void a001CardWithoutItsVersionIsRecognisedByItsShape() throws Exception {
        ModelCard card = mct.read("{\"model_details\": {\"name\": \"n\", \"license\": \"MIT\", "
                + "\"references\": [\"https://github.com/a/b\"]}, \"considerations\": {\"use_cases\": [\"u\"]}}", "m");
        assertThat(card.license().name()).isEqualTo("MIT");
        assertThat(card.details().repositoryUrl()).isEqualTo("https://github.com/a/b");
        assertThat(card.intendedUse().directUse()).isEqualTo("u");
    }

    @Test
    void aToolkit002CardKeepsWhatTheCardHasNoPlaceForUnderItsPointer() throws Exception {
        ModelCard card = mct.read(resource("toolkit-0.0.2.model_card.json"), "model_card.json");
        assertThat(card.details().developers()).containsExactly("Acoustics Lab", "J. Doe");
        assertThat(card.details().contact()).isEqualTo("lab@example.org, jdoe@example.org");
        assertThat(card.license().spdxId()).isEqualTo("CC-BY-4.0");
        assertThat(card.details().repositoryUrl()).isEqualTo("https://example.org/bird-calls/code");
        assertThat(card.details().paperUrl()).isEqualTo("https://arxiv.org/abs/2101.00001");
        assertThat(card.details().citationApa()).isEqualTo("Acoustics Lab (2023). Bird Call Detector.");
        assertThat(card.data().training()).extracting(Dataset::name, Dataset::sensitiveData, Dataset::description)
                .containsExactly(tuple("Field recordings 2022", "location, voices", "Ten-second clips."));
        assertThat(card.data().evaluation()).extracting(Dataset::name).containsExactly("Validation Set");
        assertThat(card.evaluation().results()).extracting(EvalResult::value, EvalResult::ciLow, EvalResult::ciHigh)
                .containsExactly(tuple("0.87", "0.83", "0.91"));
        assertThat(card.intendedUse().directUse()).isEqualTo("Counting calls in long recordings.");
        assertThat(card.intendedUse().outOfScope()).containsExactly("identifying people from voices");
        assertThat(card.extras().unmapped()).extracting(ExtraField::key).containsExactly(
                "/model_details/version/diff",
                "/model_details/licenses/1/identifier",
                "/model_details/citations/1",
                "/model_details/path",
                "/model_parameters/data/0/graphics",
                "/model_parameters/output_format_map",
                "/quantitative_analysis/graphics");
        assertThat(card.extras().unmapped().get(2).value())
                .isEqualTo("{\"style\":\"MLA\",\"citation\":\"Lab, Acoustics. Bird Call Detector.\"}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "not JSON              | '{\"model_details\": {\"name\": \"x\",}\n}' | JSON-SYNTAX | 1 | 32 | invalid JSON",
        "truncated             | '{\"model_details\":\n{' | JSON-SYNTAX | 2 | 2 | invalid JSON",
        "trailing garbage      | '{\"model_details\": {}} x' | JSON-SYNTAX | 1 | 23 | invalid JSON",
        "duplicate key         | '{\"model_details\": {\"name\": \"a\",\n \"name\": \"b\"}}' | JSON-SYNTAX | 2 | 8 | Duplicate field 'name'",
        "empty text            | '' | NOT-A-CARD | 0 | 0 | empty file",
        "array at top          | '\n [1, 2]' | NOT-A-CARD | 2 | 2 | the top level must be a JSON object, not an array",
        "other JSON            | '{\"id\": 1, \"items\": []}' | NOT-A-CARD | 1 | 1 | not a Model Card Toolkit card: it has none of the keys schema_version, model_details",
        "empty object          | '{}' | NOT-A-CARD | 1 | 1 | it is an empty object",
        "native card           | '{\"schemaVersion\": \"1.0\", \"details\": {}}' | NOT-A-CARD | 1 | 1 | read it as json",
        "unknown version       | '{\"schema_version\": \"0.0.3\"}' | NOT-A-CARD | 1 | 20 | schema_version \"0.0.3\" is not supported",
        "version not text      | '{\"schema_version\": 2}' | NOT-A-CARD | 1 | 20 | schema_version must be a string",
        "details not object    | '{\"schema_version\": \"0.0.2\",\n\"model_details\": \"x\"}' | NOT-A-CARD | 2 | 18 | model_details must be an object, not a string",
        "owners not array      | '{\"model_details\": {\n  \"owners\": {\"name\": \"a\"}}}' | NOT-A-CARD | 2 | 13 | model_details.owners must be an array, not an object",
        "owner not object      | '{\"model_details\": {\"owners\": [\n  {}, \"a\"]}}' | NOT-A-CARD | 2 | 7 | model_details.owners[1] must be an object, not a string",
        "object for text       | '{\"model_details\": {\n  \"name\": {\"en\": \"x\"}}}' | NOT-A-CARD | 2 | 11 | model_details.name must be a string, not an object",
        "array for value       | '{\"quantitative_analysis\": {\"performance_metrics\": [\n{\"value\": [1]}]}}' | NOT-A-CARD | 2 | 11 | quantitative_analysis.performance_metrics[0].value must be a string, not an array",
    })
    void badInputIsOneProblemWithLineAndColumn(String name, String text, String code, int line, int column,
            String message) {
        assertThatThrownBy(() -> mct.read(text, "model_card.json"))
                .isInstanceOfSatisfying(CardReadException.class, e -> {
                    ReadProblem problem = e.problem();
                    assertThat(problem.code()).isEqualTo(code);
                    assertThat(problem.source()).isEqualTo("model_card.json");
                    assertThat(problem.message()).contains(message);
                    assertThat(problem.line()).as("line").isEqualTo(line);
                    assertThat(problem.column()).as("column").isEqualTo(column);
                    assertThat(problem.toString())
                            .startsWith(line > 0 ? "model_card.json:" + line + ":" + column + ": " : "model_card.json: ");
                });
    }

    @Test
    void aProblemInA001CardPointsAtTheKeyAsWritten() {
        String text = "{\"schema_version\": \"0.0.1\",\n \"considerations\": {\"users\": [\n  \"a\", [\"b\"]]}}";
        assertThatThrownBy(() -> mct.read(text, "m.json")).isInstanceOfSatisfying(CardReadException.class, e -> {
            assertThat(e.problem().message()).contains("considerations.users[1] must be an object, not an array");
            assertThat(e.problem().line()).isEqualTo(3);
            assertThat(e.problem().column()).isEqualTo(8);
        });
    }

    @Test
    void deeplyNestedInputIsRefusedNotAStackOverflow() {
        String text = "{\"model_details\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThatThrownBy(() -> mct.read(text, "deep.json")).isInstanceOf(CardReadException.class)
                .hasMessageContaining("deep.json:1:");
    }

    @Test
    void nullsReadAsEmpty() throws Exception {
        ModelCard card = mct.read("{\"schema_version\": null, \"model_details\": {\"name\": null, \"owners\": null},"
                + " \"considerations\": null}", "n");
        assertThat(card).isEqualTo(ModelCard.EMPTY);
    }

    static ModelCard example() throws IOException, CardReadException {
        return new NativeJsonFormat().read(Files.readString(EXAMPLE), EXAMPLE.toString());
    }

    static String resource(String name) throws IOException {
        try (InputStream in = MctFormatTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
