package org.modelcards.core.format.mct;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.formats.OpenedCard;
import org.modelcards.core.formats.RealCards;

/** MCT exports checked by a JSON Schema validator against the official v0.0.2 schema (vendored, see its README). */
class MctOfficialSchemaTest {
    private static final Schema SCHEMA;

    static {
        try (InputStream in = MctOfficialSchemaTest.class.getResourceAsStream("schema-0.0.2/model_card.schema.json")) {
            SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> violations(String text) throws IOException {
        return SCHEMA.validate(JsonText.mapper().readTree(text)).stream().map(Object::toString).toList();
    }

    @Test
    void theSchemaRefusesWhatItForbids() throws Exception {
        assertThat(violations("{\"model_details\":{\"name\":\"a\"}}")).isEmpty();
        assertThat(violations("{\"extra\":1}")).isNotEmpty();
        assertThat(violations("{\"quantitative_analysis\":{\"performance_metrics\":[{\"value\":\"0.9\"}]}}")).isNotEmpty();
        assertThat(violations("{\"model_details\":{\"licenses\":[{\"identifier\":\"MIT\",\"custom_text\":\"x\"}]}}"))
                .isNotEmpty();
    }

    /** Every readable real card, of every format, exported to MCT validates against the official schema. */
    @Test
    void everyRealCardExportsToAValidMctCard() throws Exception {
        RealCards.All cards = RealCards.open();
        MctFormat mct = new MctFormat();
        List<String> invalid = new ArrayList<>();
        int valid = 0;
        int unreadable = cards.unreadable().size();
        for (RealCards.Opened real : cards.opened()) {
            OpenedCard opened = real.card();
            List<String> problems = violations(opened.renderAs(mct, opened.card()).text());
            if (problems.isEmpty()) {
                valid++;
            } else {
                invalid.add(real.path().getFileName() + ": " + problems);
            }
        }
        assertThat(invalid).isEmpty();
        assertThat(unreadable).isEqualTo(1);
        assertThat(valid).isGreaterThanOrEqualTo(57);
    }
}
