package org.modelcards.core.format.json;

import org.modelcards.core.format.JsonText;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.modelcards.core.CardArbitraries;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.Section;
import org.modelcards.core.model.ModelCard;

class NativeJsonSchemaTest {
    private static final FieldCatalog CATALOG = FieldCatalog.standard();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(publishedSchema());
    private final NativeJsonFormat json = new NativeJsonFormat();

    @Test
    void thePublishedSchemaIsTheOneGeneratedFromTheCatalogue() {
        String generated = new NativeJsonSchema(CATALOG, CatalogTexts.forLocale(Locale.ENGLISH)).generate();
        assertThat(publishedSchema())
                .as("regenerate with: java -jar target/modelcard-studio.jar schema > src/main/resources%s",
                        NativeJsonSchema.RESOURCE)
                .isEqualTo(generated);
    }

    @Test
    void schemaPropertiesAreExactlyTheCatalogueFieldsAndColumns() throws Exception {
        JsonNode schema = JsonText.mapper().readTree(publishedSchema());
        Set<String> inSchema = new LinkedHashSet<>();
        schema.get("properties").properties().forEach(section -> {
            JsonNode fields = section.getValue().get("properties");
            if (fields != null) {
                fields.properties().forEach(f -> {
                    inSchema.add(section.getKey() + "." + f.getKey());
                    JsonNode items = f.getValue().get("items");
                    if (items != null && items.has("properties")) {
                        items.get("properties").properties()
                                .forEach(c -> inSchema.add(section.getKey() + "." + f.getKey() + "." + c.getKey()));
                    }
                });
            }
        });
        Set<String> inCatalogue = new LinkedHashSet<>();
        for (Section section : CATALOG.sections()) {
            for (CardField field : section.fields()) {
                inCatalogue.add(field.id());
                field.table().ifPresent(t -> t.columns().forEach(c -> inCatalogue.add(c.textKey())));
            }
        }
        assertThat(inSchema).containsExactlyElementsOf(inCatalogue);
        assertThat(schema.get("required").get(0).asText()).isEqualTo("schemaVersion");
    }

    @Test
    void theExampleCardIsValid() throws Exception {
        assertThat(errors(Files.readString(NativeJsonFormatTest.EXAMPLE))).isEmpty();
    }

    @Test
    void wrongShapesAreInvalid() {
        assertThat(errors("{\"details\": {}}")).isNotEmpty();
        assertThat(errors("{\"schemaVersion\": \"1.0\", \"details\": {\"tags\": \"nlp\"}}")).isNotEmpty();
        assertThat(errors("{\"schemaVersion\": \"1.0\", \"evaluation\": {\"results\": [{\"verified\": \"yes\"}]}}"))
                .isNotEmpty();
        assertThat(errors("{\"schemaVersion\": \"2.0\"}")).isNotEmpty();
    }

    @Property(tries = 60)
    void everyWrittenCardIsValid(@ForAll("cards") ModelCard card) {
        assertThat(errors(json.write(card).text())).isEmpty();
    }

    @Provide
    Arbitrary<ModelCard> cards() {
        return CardArbitraries.cards();
    }

    private static List<String> errors(String text) {
        try {
            List<String> messages = new ArrayList<>();
            for (Error error : SCHEMA.validate(JsonText.mapper().readTree(text))) {
                messages.add(error.toString());
            }
            return messages;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String publishedSchema() {
        try (InputStream in = NativeJsonSchema.class.getResourceAsStream(NativeJsonSchema.RESOURCE)) {
            assertThat(in).as("published schema on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
