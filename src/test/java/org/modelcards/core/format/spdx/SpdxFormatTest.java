package org.modelcards.core.format.spdx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.formats.CardFormats;
import org.modelcards.core.formats.RealCards;
import org.modelcards.core.model.ModelCard;

/**
 * SPDX 3.0.1 exports checked three ways: against the official JSON schema (vendored, see its
 * README), against the model's rules the schema cannot express ({@link SpdxProfileRules}), and field
 * by field against the example card's values, written here by hand.
 */
class SpdxFormatTest {
    private static final Schema SCHEMA;
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-12-04T10:15:30.5Z"), ZoneOffset.UTC);
    private final SpdxFormat spdx = new SpdxFormat(FieldCatalog.standard(), FIXED);

    static {
        try (InputStream in = SpdxFormatTest.class.getResourceAsStream("schema-3.0.1/spdx-json-schema.json")) {
            SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> schemaViolations(String text) throws IOException {
        return SCHEMA.validate(JsonText.mapper().readTree(text)).stream().map(Object::toString).toList();
    }

    private static ModelCard example() throws CardReadException {
        return new CardFiles().open(Path.of("assets/examples/tiny-sentiment.modelcard.json")).card();
    }

    private static List<JsonNode> ofType(JsonNode doc, String type) {
        return StreamSupport.stream(doc.path("@graph").spliterator(), false)
                .filter(n -> n.path("type").asText().equals(type)).toList();
    }

    private static JsonNode byId(JsonNode doc, String id) {
        return StreamSupport.stream(doc.path("@graph").spliterator(), false)
                .filter(n -> n.path("spdxId").asText().equals(id)).findFirst().orElseThrow();
    }

    private static List<JsonNode> related(JsonNode doc, String from, String type) {
        List<JsonNode> to = new ArrayList<>();
        for (JsonNode r : ofType(doc, "Relationship")) {
            if (r.path("from").asText().equals(from) && r.path("relationshipType").asText().equals(type)) {
                r.path("to").forEach(t -> to.add(t.asText().startsWith("urn:") ? byId(doc, t.asText()) : t));
            }
        }
        return to;
    }

    @Test
    void theSchemaRefusesWhatItForbids() throws Exception {
        assertThat(schemaViolations("{\"@context\":\"https://spdx.org/rdf/3.0.1/spdx-context.jsonld\",\"@graph\":[]}"))
                .isEmpty();
        assertThat(schemaViolations("{\"@graph\":[]}")).isNotEmpty();
        assertThat(schemaViolations("{\"@context\":\"https://spdx.org/rdf/3.0.1/spdx-context.jsonld\",\"@graph\":"
                + "[{\"type\":\"ai_AIPackage\",\"spdxId\":\"urn:x:1\",\"creationInfo\":\"_:c\","
                + "\"ai_useSensitivePersonalInformation\":\"maybe\"}]}")).isNotEmpty();
    }

    @Test
    void theExampleCardIsAValidAiPackageWithItsValuesInPlace() throws Exception {
        WriteResult out = spdx.write(example());
        assertThat(schemaViolations(out.text())).isEmpty();
        JsonNode doc = JsonText.mapper().readTree(out.text());
        assertThat(SpdxProfileRules.violations(doc)).isEmpty();

        JsonNode info = doc.path("@graph").get(0);
        assertThat(info.path("type").asText()).isEqualTo("CreationInfo");
        assertThat(info.path("specVersion").asText()).isEqualTo("3.0.1");
        assertThat(info.path("created").asText()).isEqualTo("2026-12-04T10:15:30Z");

        JsonNode model = ofType(doc, "ai_AIPackage").get(0);
        assertThat(model.path("name").asText()).isEqualTo("tiny-sentiment-en");
        assertThat(model.path("software_packageVersion").asText()).isEqualTo("1.0.0");
        assertThat(model.path("releaseTime").asText()).isEqualTo("2025-03-14T00:00:00Z");
        assertThat(model.path("software_primaryPurpose").asText()).isEqualTo("model");
        assertThat(model.path("software_downloadLocation").asText())
                .isEqualTo("https://example.org/example-labs/tiny-sentiment-en");
        assertThat(byId(doc, model.path("suppliedBy").asText()).path("name").asText()).isEqualTo("Example Labs");
        assertThat(byId(doc, model.path("originatedBy").get(0).asText()).path("name").asText())
                .isEqualTo("Example Labs — Applied NLP team");
        assertThat(model.path("ai_domain").get(0).asText()).isEqualTo("text-classification");
        assertThat(model.path("ai_typeOfModel").get(1).asText()).isEqualTo("BERT (encoder-only transformer)");
        assertThat(model.path("ai_informationAboutApplication").asText()).startsWith("Direct use:\nClassifying the sentiment");
        assertThat(model.path("ai_limitation").asText()).startsWith("Limitations:\n- Three document-level labels only");
        assertThat(model.path("externalRef").findValuesAsText("externalRefType"))
                .containsExactly("vcs", "documentation", "other");

        List<JsonNode> declared = related(doc, model.path("spdxId").asText(), "hasDeclaredLicense");
        assertThat(declared).singleElement().satisfies(l -> assertThat(l.path("simplelicensing_licenseExpression").asText())
                .isEqualTo("Apache-2.0"));
        assertThat(related(doc, model.path("spdxId").asText(), "hasConcludedLicense")).singleElement()
                .satisfies(l -> assertThat(l.asText()).isEqualTo("expandedlicensing_NoAssertionLicense"));

        ModelCard card = example();
        assertThat(related(doc, model.path("spdxId").asText(), "trainedOn")).extracting(n -> n.path("name").asText())
                .containsExactlyElementsOf(card.data().training().stream().map(d -> d.name().isEmpty() ? d.id() : d.name()).toList());
        assertThat(related(doc, model.path("spdxId").asText(), "testedOn")).hasSize(card.data().evaluation().size());
        assertThat(model.path("ai_metric")).hasSize((int) card.evaluation().results().stream().filter(r -> !r.value().isEmpty()).count());

        JsonNode document = ofType(doc, "SpdxDocument").get(0);
        assertThat(StreamSupport.stream(document.path("profileConformance").spliterator(), false).map(JsonNode::asText))
                .contains("ai", "core", "software");
        assertThat(document.path("rootElement").get(0).asText()).isEqualTo(model.path("spdxId").asText());
    }

    @Test
    void whatHasNoPlaceIsReportedByField() throws Exception {
        List<String> lost = spdx.write(example()).losses().stream().map(Loss::fieldId).toList();
        assertThat(lost).contains("misuse.risks", "details.parameterCount", "details.baseModels", "details.languages",
                "bias.ethical", "bias.fairness");
        assertThat(lost).doesNotContain("details.name", "intendedUse.directUse", "environment.co2Grams",
                "training.hyperparameters", "data.training");
    }

    @Test
    void aCardWithoutVersionOrDateDoesNotClaimTheAiProfileAndSaysWhy() throws Exception {
        ModelCard card = example();
        card = card.withDetails(card.details().withVersion("").withReleaseDate("March 2025"));
        WriteResult out = spdx.write(card);
        assertThat(schemaViolations(out.text())).isEmpty();
        JsonNode doc = JsonText.mapper().readTree(out.text());
        assertThat(SpdxProfileRules.violations(doc)).isEmpty();
        assertThat(ofType(doc, "SpdxDocument").get(0).path("profileConformance").toString()).doesNotContain("\"ai\"");
        assertThat(out.losses()).extracting(Loss::fieldId).contains("details.version", "details.releaseDate");
        assertThat(out.losses()).filteredOn(l -> l.fieldId().equals("details.releaseDate"))
                .anySatisfy(l -> assertThat(l.reason()).contains("not a YYYY-MM-DD date"));
    }

    @Test
    void aMetricIsKeyedByWhatItWasMeasuredOn() {
        org.modelcards.core.model.EvalResult r = org.modelcards.core.model.EvalResult.EMPTY.withMetricName("accuracy")
                .withDatasetName("imdb").withDatasetSplit("test").withSlice("age 18-25").withValue("0.9");
        assertThat(SpdxValues.metricKey(r)).isEqualTo("accuracy (imdb, test, age 18-25)");
        assertThat(SpdxValues.metricKey(r.withModel("Llama 3.1 8B"))).isEqualTo("accuracy (imdb, test, age 18-25, Llama 3.1 8B)");
        assertThat(SpdxValues.metricKey(org.modelcards.core.model.EvalResult.EMPTY.withMetricType("f1"))).isEqualTo("f1");
    }

    @Test
    void hyperparametersAreEntriesWhenEveryLineIsOneElseTheWholeText() {
        assertThat(SpdxValues.hyperparameters("- **learning rate:** 2e-5\n- batch size: 32\n"))
                .containsExactly(new String[] {"learning rate", "2e-5"}, new String[] {"batch size", "32"});
        assertThat(SpdxValues.hyperparameters("| name | value |\n|---|---|\n| epochs | 3 |"))
                .containsExactly(new String[] {"epochs", "3"});
        assertThat(SpdxValues.hyperparameters("We used AdamW.\n- lr: 1e-4"))
                .containsExactly(new String[] {"hyperparameters", "We used AdamW.\n- lr: 1e-4"});
        assertThat(SpdxValues.hyperparameters("  ")).isEmpty();
    }

    @Test
    void theSameCardGivesTheSameIdsAndTheRegistryListsTheFormat() throws Exception {
        assertThat(spdx.write(example()).text()).isEqualTo(spdx.write(example()).text());
        assertThat(CardFormats.standard().writable()).extracting(f -> f.id()).contains("spdx");
        assertThat(CardFormats.standard().byName("card.spdx.json", null).id()).isEqualTo("spdx");
    }

    /** Every readable real card, of every format, exported to SPDX validates against the schema and the model's rules. */
    @Test
    void everyRealCardExportsToAValidSpdxDocument() throws Exception {
        List<String> invalid = new ArrayList<>();
        int valid = 0;
        for (RealCards.Opened real : RealCards.open().opened()) {
            String text = spdx.write(real.card().card()).text();
            List<String> problems = new ArrayList<>(schemaViolations(text));
            problems.addAll(SpdxProfileRules.violations(JsonText.mapper().readTree(text)));
            if (problems.isEmpty()) {
                valid++;
            } else {
                invalid.add(real.path().getFileName() + ": " + problems);
            }
        }
        assertThat(invalid).isEmpty();
        assertThat(valid).isGreaterThanOrEqualTo(60);
    }
}
