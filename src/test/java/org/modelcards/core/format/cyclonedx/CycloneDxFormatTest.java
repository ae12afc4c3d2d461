package org.modelcards.core.format.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.Dataset;
import org.modelcards.core.model.Details;
import org.modelcards.core.model.Environment;
import org.modelcards.core.model.Licensing;
import org.modelcards.core.model.MisuseRisk;
import org.modelcards.core.model.ModelCard;

class CycloneDxFormatTest {
    static final Path EXAMPLE = Path.of("assets/examples/tiny-sentiment.modelcard.json");
    private final CycloneDxFormat cyclonedx = new CycloneDxFormat();

    @Test
    void theExampleCardIsAValidCycloneDx16MlBom() throws Exception {
        WriteResult bom = cyclonedx.write(example());

        assertThat(validationErrors(bom.text())).isEmpty();
        Bom parsed = new JsonParser().parse(bom.text().getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.getSpecVersion()).isEqualTo("1.6");
        assertThat(parsed.getSerialNumber()).matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(bom.text()).doesNotContain("timestamp");
        Component model = parsed.getMetadata().getComponent();
        assertThat(model.getType()).isEqualTo(Component.Type.MACHINE_LEARNING_MODEL);
        assertThat(model.getName()).isEqualTo("tiny-sentiment-en");
        assertThat(model.getLicenses().getLicenses().get(0).getId()).isEqualTo("Apache-2.0");
        assertThat(model.getModelCard().getQuantitativeAnalysis().getPerformanceMetrics()).hasSize(example().evaluation().results().size());
        assertThat(bom.text()).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void aSmallCardIsWrittenAsTheGoldenBom() throws Exception {
        ModelCard card = new NativeJsonFormat().read(resource("small.modelcard.json"), "small.modelcard.json");

        WriteResult bom = cyclonedx.write(card);

        assertThat(bom.text()).isEqualTo(resource("small.cdx.json"));
        assertThat(bom.losses()).extracting(Loss::fieldId).containsExactly(
                "details.releaseDate", "data.training.size", "evaluation.results.datasetName", "environment.hardware");
        assertThat(cyclonedx.write(card).text()).as("reproducible").isEqualTo(bom.text());
    }

    @Test
    void theExampleCardComesBackEqualOnEverythingCarried() throws Exception {
        ModelCard card = example();
        WriteResult bom = cyclonedx.write(card);

        ModelCard back = cyclonedx.read(bom.text(), "tiny-sentiment.cdx.json");

        assertThat(back).isEqualTo(CarriedFields.without(card, bom.losses()));
        assertThat(back.details().description()).contains("\n\n- In-distribution test accuracy");
        assertThat(back.intendedUse().outOfScope()).isEqualTo(card.intendedUse().outOfScope());
        assertThat(back.misuse()).isEqualTo(card.misuse());
        assertThat(back.environment().co2Grams()).isEqualTo("374");
    }

    @Test
    void lossesAreExactlyTheNonEmptyFieldsCycloneDxHasNoPlaceFor() throws Exception {
        ModelCard card = example();

        List<Loss> losses = cyclonedx.write(card).losses();

        // the example's model type is prose, not one of CycloneDX's learning approaches
        assertThat(losses).extracting(Loss::fieldId)
                .containsExactlyInAnyOrderElementsOf(with(CarriedFields.nonEmptyUncarried(card), "details.modelType"));
        assertThat(losses).allSatisfy(loss -> assertThat(loss.reason()).isNotBlank());

        ModelCard approach = card.withDetails(card.details().withModelType("supervised"));
        assertThat(cyclonedx.write(approach).losses()).extracting(Loss::fieldId)
                .containsExactlyInAnyOrderElementsOf(CarriedFields.nonEmptyUncarried(approach));
    }

    @Test
    void aCardWithOnlyCarriedFieldsIsLossless() throws Exception {
        ModelCard card = CarriedFields.clear(example(), CarriedFields.nonEmptyUncarried(example()));
        card = card.withDetails(card.details().withModelType("self-supervised"));

        WriteResult bom = cyclonedx.write(card);

        assertThat(bom.isLossless()).as("%s", bom.losses()).isTrue();
        assertThat(cyclonedx.read(bom.text(), "bom")).isEqualTo(card);
    }

    @Test
    void co2GramsAreWrittenAsTonnesOfCo2EquivalentAndReadBackAsGrams() throws Exception {
        ModelCard card = ModelCard.EMPTY.withEnvironment(Environment.EMPTY.withEnergyKwh("1.1").withCo2Grams("374"));

        WriteResult bom = cyclonedx.write(card);

        assertThat(bom.text()).contains("\"co2CostEquivalent\": {\n")
                .contains("\"value\": 0.000374,\n")
                .contains("\"unit\": \"tCO2eq\"");
        var consumption = new JsonParser().parse(bom.text().getBytes(StandardCharsets.UTF_8)).getMetadata().getComponent()
                .getModelCard().getConsiderations().getEnvironmentalConsiderations().getEnergyConsumptions().get(0);
        assertThat(consumption.getCo2CostEquivalent().getValue()).isEqualTo(0.000374);
        assertThat(consumption.getActivityEnergyCost().getValue()).isEqualTo(1.1);
        assertThat(cyclonedx.read(bom.text(), "bom").environment()).isEqualTo(card.environment());
        assertThat(bom.isLossless()).isTrue();
    }

    @ParameterizedTest(name = "{0} g")
    @CsvSource({"374, 0.000374", "2940, 0.00294", "1000000, 1", "0.5, 0.0000005", "123456789, 123.456789"})
    void gramsToTonnes(String grams, String tonnes) throws Exception {
        ModelCard card = ModelCard.EMPTY.withEnvironment(Environment.EMPTY.withEnergyKwh("2").withCo2Grams(grams));

        WriteResult bom = cyclonedx.write(card);

        assertThat(bom.text()).containsPattern("\"value\": " + tonnes.replace(".", "\\.") + ",\\s*\"unit\": \"tCO2eq\"");
        assertThat(cyclonedx.read(bom.text(), "bom").environment().co2Grams()).isEqualTo(grams);
    }

    @Test
    void numbersThatDoNotComeBackAsWrittenAndCo2WithoutEnergyAreLosses() throws Exception {
        ModelCard commas = ModelCard.EMPTY.withEnvironment(Environment.EMPTY.withEnergyKwh("1,000").withCo2Grams("about 3 kg"));
        assertThat(cyclonedx.write(commas).losses()).containsExactly(
                new Loss("environment.co2Grams", "CycloneDX records CO2 as a number (converted from grams to tonnes of CO2 equivalent)"),
                new Loss("environment.energyKwh", "CycloneDX does not keep it as written: it reads back as \"1000\""));

        ModelCard noEnergy = ModelCard.EMPTY.withEnvironment(Environment.EMPTY.withCo2Grams("374").withCloudProvider("Example Cloud"));
        assertThat(cyclonedx.write(noEnergy).losses()).extracting(Loss::fieldId)
                .containsExactly("environment.cloudProvider", "environment.co2Grams");
        assertThat(cyclonedx.write(noEnergy).losses().get(0).reason()).contains("environment.energyKwh");
        assertThat(validationErrors(cyclonedx.write(noEnergy).text())).isEmpty();
    }

    @Test
    void outOfScopeUsesAndMisuseRisksAreNamedProperties() throws Exception {
        ModelCard card = ModelCard.EMPTY
                .withIntendedUse(ModelCard.EMPTY.intendedUse().withOutOfScope(List.of("medical text", "")))
                .withMisuse(ModelCard.EMPTY.misuse().withRisks(List.of(
                        new MisuseRisk("profiling", "", "out of scope"), new MisuseRisk("", "reviewers", ""))));

        WriteResult bom = cyclonedx.write(card);

        var properties = new JsonParser().parse(bom.text().getBytes(StandardCharsets.UTF_8)).getMetadata().getComponent().getProperties();
        assertThat(properties).extracting(p -> p.getName() + "=" + p.getValue()).containsExactly(
                "modelcard:outOfScope=medical text", "modelcard:outOfScope=",
                "modelcard:misuse:risk=profiling", "modelcard:misuse:harmed=", "modelcard:misuse:mitigation=out of scope",
                "modelcard:misuse:risk=", "modelcard:misuse:harmed=reviewers", "modelcard:misuse:mitigation=");
        assertThat(cyclonedx.read(bom.text(), "bom")).isEqualTo(card);
    }

    @Test
    void licencesGoAsSpdxIdsWhenTheyAreOneAndByNameOtherwise() throws Exception {
        assertThat(licence(Licensing.EMPTY.withId("apache-2.0").withSpdxId("Apache-2.0"))).isEqualTo("{\"id\":\"Apache-2.0\",\"licensing\":{\"altIds\":[\"apache-2.0\"]}}");
        assertThat(licence(Licensing.EMPTY.withId("cc-by-4.0"))).isEqualTo("{\"id\":\"CC-BY-4.0\",\"licensing\":{\"altIds\":[\"cc-by-4.0\"]}}");
        assertThat(licence(Licensing.EMPTY.withId("odbl"))).isEqualTo("{\"id\":\"ODbL-1.0\",\"licensing\":{\"altIds\":[\"odbl\"]}}");
        assertThat(licence(Licensing.EMPTY.withId("other").withName("kestrel-rail-1.0").withLink("https://example.org/LICENSE.md")))
                .isEqualTo("{\"name\":\"kestrel-rail-1.0\",\"licensing\":{\"altIds\":[\"other\"]},\"url\":\"https://example.org/LICENSE.md\"}");
        assertThat(licence(Licensing.EMPTY.withId("llama2"))).isEqualTo("{\"name\":\"llama2\",\"licensing\":{\"altIds\":[\"llama2\"]}}");

        for (Licensing l : List.of(Licensing.EMPTY.withId("apache-2.0").withSpdxId("Apache-2.0"),
                Licensing.EMPTY.withId("other").withName("kestrel-rail-1.0").withLink("LICENSE.md"),
                Licensing.EMPTY.withId("llama2"), Licensing.EMPTY.withSpdxId("MIT"), Licensing.EMPTY.withName("custom"))) {
            WriteResult bom = cyclonedx.write(ModelCard.EMPTY.withLicense(l));
            assertThat(bom.isLossless()).as("%s", l).isTrue();
            assertThat(cyclonedx.read(bom.text(), "bom").license()).isEqualTo(l);
            assertThat(validationErrors(bom.text())).isEmpty();
        }
    }

    @Test
    void aLicenceThatIsNotSpdxOrAUrlThatIsNotOneIsALossNotAnInvalidBom() throws Exception {
        ModelCard card = ModelCard.EMPTY
                .withLicense(Licensing.EMPTY.withSpdxId("apache 2").withName("Apache").withLink("see website"))
                .withDetails(Details.EMPTY.withPaperUrl("https://example.org/a paper.pdf"));

        WriteResult bom = cyclonedx.write(card);

        assertThat(validationErrors(bom.text())).isEmpty();
        assertThat(bom.losses()).extracting(Loss::fieldId).containsExactly("details.paperUrl", "license.spdxId", "license.link");
        assertThat(bom.losses().get(1).reason()).contains("not an SPDX licence id");
        assertThat(bom.losses().get(2).reason()).contains("not a URL");
    }

    @Test
    void theModelTypeIsWrittenWhenItIsACycloneDxLearningApproach() throws Exception {
        ModelCard spelled = ModelCard.EMPTY.withDetails(Details.EMPTY.withModelType("Reinforcement learning"));

        WriteResult bom = cyclonedx.write(spelled);

        assertThat(bom.text()).contains("\"type\": \"reinforcement-learning\"");
        assertThat(bom.losses()).containsExactly(new Loss("details.modelType",
                "written as the CycloneDX learning approach \"reinforcement-learning\"; the spelling \"Reinforcement learning\" is not kept"));
    }

    @Test
    void trainingAndEvaluationDatasetsAreToldApartByTheirBomRefs() throws Exception {
        ModelCard card = ModelCard.EMPTY.withData(ModelCard.EMPTY.data()
                .withTraining(List.of(Dataset.EMPTY.withName("a").withSensitiveData("names\nremoved"), Dataset.EMPTY))
                .withEvaluation(List.of(Dataset.EMPTY.withName("b").withDescription("held out"))));

        WriteResult bom = cyclonedx.write(card);

        assertThat(bom.text()).contains("\"bom-ref\": \"training-data-2\"").contains("\"bom-ref\": \"evaluation-data-1\"");
        assertThat(cyclonedx.read(bom.text(), "bom")).isEqualTo(card);
    }

    @Test
    void multiLineTextKeepsItsLineBreaksDespiteTheLibrarysStringTrimming() throws Exception {
        ModelCard card = ModelCard.EMPTY.withDetails(Details.EMPTY.withName("  padded  ").withDescription("one\n\n\ttwo  three\r\n"));

        WriteResult bom = cyclonedx.write(card);

        assertThat(bom.text()).contains("\"description\": \"one\\n\\n\\ttwo  three\\r\\n\"").contains("\"name\": \"  padded  \"");
        assertThat(cyclonedx.read(bom.text(), "bom")).isEqualTo(card);
    }

    @Test
    void anEmptyCardIsStillAModelComponent() throws Exception {
        WriteResult bom = cyclonedx.write(ModelCard.EMPTY);

        assertThat(validationErrors(bom.text())).isEmpty();
        assertThat(bom.isLossless()).isTrue();
        assertThat(cyclonedx.read(bom.text(), "bom")).isEqualTo(ModelCard.EMPTY);
    }

    @Test
    void theSerialNumberFollowsTheContent() {
        ModelCard a = ModelCard.EMPTY.withDetails(Details.EMPTY.withName("a"));
        ModelCard b = ModelCard.EMPTY.withDetails(Details.EMPTY.withName("b"));

        assertThat(serial(cyclonedx.write(a).text())).isEqualTo(serial(cyclonedx.write(a).text()))
                .isNotEqualTo(serial(cyclonedx.write(b).text()));
    }

    @Test
    void aBomFromAnotherToolIsRead() throws Exception {
        ModelCard card = cyclonedx.read(resource("other-tool.cdx.json"), "other-tool.cdx.json");

        assertThat(card.details().name()).isEqualTo("resnet-50");
        assertThat(card.details().developers()).containsExactly("Vision Team");
        assertThat(card.details().modelType()).isEqualTo("supervised");
        assertThat(card.license().spdxId()).isEqualTo("Apache-2.0 OR MIT");
        assertThat(card.intendedUse().directUse()).isEqualTo("Image classification");
        assertThat(card.intendedUse().downstreamUse()).isEqualTo("Feature extraction\n\nTransfer learning");
        assertThat(card.bias().limitations()).isEqualTo("Low light\n\nSmall objects");
        assertThat(card.data().training()).extracting(Dataset::name).containsExactly("imagenet-1k", "component-ref-7");
        assertThat(card.evaluation().results()).hasSize(1);
        assertThat(card.evaluation().results().get(0).value()).isEqualTo("0.761");
        assertThat(card.environment().energyKwh()).isEqualTo("250");
        assertThat(card.environment().co2Grams()).isEqualTo("42000");
        assertThat(card.environment().trainingType()).isEmpty();
    }

    @Test
    void aBomWithoutAModelCardSaysSo() {
        String bom = "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"version\": 1,\n"
                + " \"components\": [{\"type\": \"library\", \"name\": \"jackson-databind\"}]}";

        assertThatThrownBy(() -> cyclonedx.read(bom, "app.cdx.json"))
                .isInstanceOfSatisfying(CardReadException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo(ReadProblem.NOT_A_CARD);
                    assertThat(e.getMessage()).isEqualTo("app.cdx.json: not a model card: this CycloneDX BOM has no"
                            + " machine-learning-model component with a modelCard");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "invalid JSON       | '{\"bomFormat\": \"CycloneDX\",\n  \"components\": [1,}' | JSON-SYNTAX | 2 | 20 | invalid JSON",
        "duplicate key      | '{\"bomFormat\": \"CycloneDX\",\n\"bomFormat\": \"x\"}' | JSON-SYNTAX | 2 | 12 | Duplicate field 'bomFormat'",
        "trailing garbage   | '{\"bomFormat\": \"CycloneDX\"} x' | JSON-SYNTAX | 1 | 28 | invalid JSON",
        "empty              | '' | NOT-A-CARD | 0 | 0 | empty file",
        "native card        | '{\"schemaVersion\": \"1.0\", \"details\": {\"name\": \"x\"}}' | NOT-A-CARD | 1 | 1 | not a CycloneDX BOM",
        "SPDX document      | '{\"spdxVersion\": \"SPDX-2.3\", \"packages\": []}' | NOT-A-CARD | 1 | 1 | not a CycloneDX BOM",
        "array              | '[{\"bomFormat\": \"CycloneDX\"}]' | NOT-A-CARD | 1 | 1 | not a CycloneDX BOM",
        "wrong shape        | '{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\",\n \"components\": \"none\"}' | NOT-A-CARD | 2 | 16 | not a readable CycloneDX BOM at components: expected a list, found text \"none\"",
        "unknown type       | '{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\",\n \"metadata\": {\"component\": {\"type\": \"robot\", \"name\": \"x\"}}}' | NOT-A-CARD | 0 | 0 | not a readable CycloneDX BOM: expected one of the values the schema lists, found \"robot\"",
        "no model           | '{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\"}' | NOT-A-CARD | 0 | 0 | not a model card",
    })
    void unreadableInputIsOneClearProblem(String name, String text, String code, int line, int column, String message) {
        assertThatThrownBy(() -> cyclonedx.read(text, "bom.json"))
                .isInstanceOfSatisfying(CardReadException.class, e -> {
                    ReadProblem problem = e.problem();
                    assertThat(problem.code()).isEqualTo(code);
                    assertThat(problem.source()).isEqualTo("bom.json");
                    assertThat(problem.message()).contains(message).doesNotContain("\n");
                    assertThat(problem.line()).as("line").isEqualTo(line);
                    assertThat(problem.column()).as("column").isEqualTo(column);
                });
    }

    @Test
    void deeplyNestedInputIsRefusedNotAStackOverflow() {
        String text = "{\"bomFormat\": \"CycloneDX\", \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}";

        assertThatThrownBy(() -> cyclonedx.read(text, "deep.json")).isInstanceOfSatisfying(CardReadException.class,
                e -> assertThat(e.problem().code()).isEqualTo(ReadProblem.JSON_SYNTAX));
    }

    @Test
    void itIsTheCycloneDxFormat() {
        assertThat(cyclonedx.id()).isEqualTo("cyclonedx");
        assertThat(CycloneDxFormat.EXTENSION).isEqualTo(".cdx.json");
    }

    static List<ParseException> validationErrors(String text) throws IOException {
        return new JsonParser().validate(text.getBytes(StandardCharsets.UTF_8), Version.VERSION_16);
    }

    private String licence(Licensing licensing) throws Exception {
        String text = cyclonedx.write(ModelCard.EMPTY.withLicense(licensing)).text();
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        return node.at("/metadata/component/licenses/0/license").toString();
    }

    private static String serial(String text) {
        return text.substring(text.indexOf("urn:uuid:"), text.indexOf("urn:uuid:") + 45);
    }

    private static List<String> with(java.util.Set<String> ids, String id) {
        java.util.List<String> all = new java.util.ArrayList<>(ids);
        all.add(id);
        return all;
    }

    static ModelCard example() throws Exception {
        return new NativeJsonFormat().read(Files.readString(EXAMPLE), EXAMPLE.toString());
    }

    static String resource(String name) throws IOException {
        try (InputStream in = CycloneDxFormatTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
