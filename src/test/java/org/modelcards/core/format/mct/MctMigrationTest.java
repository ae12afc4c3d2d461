package org.modelcards.core.format.mct;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.model.ExtraField;

/** The 0.0.1 → 0.0.2 update, step by step as the toolkit's json_util.update makes it. */
class MctMigrationTest {
    @Test
    void each001ShapeBecomesIts002Shape() throws Exception {
        ObjectNode v001 = tree("""
                {"schema_version": "0.0.1",
                 "model_details": {"name": "n", "license": "Apache-2.0", "references": ["https://a.org", "https://b.org"],
                                   "citation": "Some citation"},
                 "model_parameters": {"data": {"train": {"link": "https://a.org/t"}, "eval": {"name": "Dev"},
                                               "notes": "x"}},
                 "considerations": {"users": ["u"], "use_cases": ["c"], "limitations": ["l"], "tradeoffs": ["t"],
                                    "ethical_considerations": [{"name": "r", "mitigation_strategy": "m"}]}}
                """);
        MctMigration.Migrated migrated = MctMigration.toV002(v001);
        assertThat(migrated.tree()).isEqualTo(tree("""
                {"schema_version": "0.0.2",
                 "model_details": {"name": "n", "references": [{"reference": "https://a.org"}, {"reference": "https://b.org"}],
                                   "licenses": [{"custom_text": "Apache-2.0"}],
                                   "citations": [{"citation": "Some citation"}]},
                 "model_parameters": {"data": [
                     {"link": "https://a.org/t", "name": "Training Set", "description": "Used for training."},
                     {"name": "Dev", "description": "Used for evaluation."}]},
                 "considerations": {"users": [{"description": "u"}], "use_cases": [{"description": "c"}],
                                    "limitations": [{"description": "l"}], "tradeoffs": [{"description": "t"}],
                                    "ethical_considerations": [{"name": "r", "mitigation_strategy": "m"}]}}
                """));
        assertThat(migrated.unplaced()).containsExactly(new ExtraField("/model_parameters/data/notes", "\"x\""));
        assertThat(v001.get("schema_version").asText()).as("the argument is not changed").isEqualTo("0.0.1");
        assertThat(MctSchemaRules.violations(migrated.tree())).isEmpty();
    }

    @Test
    void a002TreePassesThroughUnchanged() throws Exception {
        ObjectNode v002 = tree(MctFormatTest.resource("toolkit-0.0.2.model_card.json"));
        MctMigration.Migrated migrated = MctMigration.toV002(v002);
        assertThat(migrated.tree()).isEqualTo(v002);
        assertThat(migrated.unplaced()).isEmpty();
    }

    @Test
    void shapesThatAreNeither001Nor002AreLeftForTheReaderToReport() throws Exception {
        ObjectNode odd = tree("{\"model_details\": \"x\", \"model_parameters\": {\"data\": 3}}");
        assertThat(MctMigration.toV002(odd).tree()).isEqualTo(odd);
    }

    private static ObjectNode tree(String text) throws Exception {
        JsonNode node = JsonText.mapper().readTree(text);
        return (ObjectNode) node;
    }
}
