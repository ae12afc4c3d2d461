package org.modelcards.core.format.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.formats.OpenedCard;
import org.modelcards.core.formats.RealCards;
import org.modelcards.core.model.ModelCard;

/** CycloneDX 1.7 beside 1.6: the same BOM declaring 1.7, valid against the official 1.7 schema (vendored, see its README). */
class CycloneDx17Test {
    /** The vendored schema, its references to http://cyclonedx.org/schema/ resolved to the folder beside it. */
    static final Schema SCHEMA_1_7 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                    builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix("http://cyclonedx.org/schema/",
                            "classpath:org/modelcards/core/format/cyclonedx/schema-1.7/")))
            .getSchema(SchemaLocation.of("http://cyclonedx.org/schema/bom-1.7.schema.json"));

    private final CardFormat v17 = new CycloneDxFormat().atSpecVersion("1.7").orElseThrow();

    static List<String> violations(String text) throws IOException {
        return SCHEMA_1_7.validate(JsonText.mapper().readTree(text)).stream().map(Object::toString).toList();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CycloneDx17Test.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void versionsAreDeclaredAnd16StaysTheDefault() {
        CycloneDxFormat format = new CycloneDxFormat();
        assertThat(format.specVersions()).containsExactly("1.6", "1.7");
        assertThat(format.specVersion()).isEqualTo("1.6");
        assertThat(format.atSpecVersion("1.8")).isEmpty();
        assertThat(format.atSpecVersion("1.7").orElseThrow().id()).isEqualTo("cyclonedx");
    }

    @Test
    void theSmallCardAt17IsTheGolden16BomDeclaring17AndValidatesAgainstThe17Schema() throws Exception {
        ModelCard card = new NativeJsonFormat().read(resource("small.modelcard.json"), "small.modelcard.json");
        WriteResult written = v17.writer().orElseThrow().write(card);
        assertThat(violations(written.text())).isEmpty();
        ObjectNode bom = (ObjectNode) JsonText.mapper().readTree(written.text());
        ObjectNode golden = (ObjectNode) JsonText.mapper().readTree(resource("small.cdx.json"));
        assertThat(bom.get("specVersion").textValue()).isEqualTo("1.7");
        // the serial number is a name-based UUID of the content, so it differs with the version
        assertThat(bom.get("serialNumber").textValue()).isNotEqualTo(golden.get("serialNumber").textValue());
        bom.remove(List.of("specVersion", "serialNumber"));
        golden.remove(List.of("specVersion", "serialNumber"));
        assertThat(bom).isEqualTo(golden);
        assertThat(written.losses()).isEqualTo(new CycloneDxFormat().write(card).losses());
    }

    @Test
    void aBomThe17SchemaRefusesIsReported() throws Exception {
        ObjectNode bom = (ObjectNode) JsonText.mapper().readTree(resource("small.cdx.json"));
        bom.put("specVersion", "1.7");
        bom.put("unexpected", true);
        assertThat(violations(JsonText.pretty(bom))).isNotEmpty();
    }

    @Test
    void a17BomReadsBackAsTheSameCard() throws Exception {
        ModelCard card = new NativeJsonFormat().read(resource("small.modelcard.json"), "small.modelcard.json");
        String text = v17.writer().orElseThrow().write(card).text();
        assertThat(new CycloneDxFormat().read(text, "small.cdx.json"))
                .isEqualTo(new CycloneDxFormat().read(new CycloneDxFormat().write(card).text(), "small.cdx.json"));
    }

    /** Every real card of every format converted to CycloneDX 1.6 (the default) validates against the library's bundled 1.6 schema. */
    @Test
    void everyRealCardConvertsToAValid16Bom() throws Exception {
        List<String> invalid = new ArrayList<>();
        CycloneDxFormat v16 = new CycloneDxFormat();
        RealCards.All cards = RealCards.open();
        for (RealCards.Opened real : cards.opened()) {
            var errors = CycloneDxFormatTest.validationErrors(real.card().renderAs(v16, real.card().card()).text());
            if (!errors.isEmpty()) {
                invalid.add(real.path().getFileName() + ": " + errors.get(0).getMessage());
            }
        }
        assertThat(invalid).isEmpty();
        assertThat(cards.opened()).hasSizeGreaterThanOrEqualTo(180);
    }

    /** Every real card of every format converted to CycloneDX 1.7 validates against the official schema. */
    @Test
    void everyRealCardConvertsToAValid17Bom() throws Exception {
        RealCards.All cards = RealCards.open();
        List<String> invalid = new ArrayList<>();
        List<String> unreadable = cards.unreadable().stream().map(p -> p.getFileName().toString()).toList();
        int valid = 0;
        for (RealCards.Opened real : cards.opened()) {
            OpenedCard opened = real.card();
            List<String> problems = violations(opened.renderAs(v17, opened.card()).text());
            if (problems.isEmpty()) {
                valid++;
            } else {
                invalid.add(real.path().getFileName() + ": " + problems.get(0));
            }
        }
        assertThat(invalid).isEmpty();
        // the one real file that is not JSON (a trailing comma), as it was published
        assertThat(unreadable).containsExactly("CycloneDX__bom-examples__MLBOM__Model__OpenSource__bom.json");
        assertThat(valid).isEqualTo(cards.opened().size()).isGreaterThanOrEqualTo(180);
    }
}
