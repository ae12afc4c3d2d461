package org.modelcards.core.format.eumdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.ModelCard;

class TrainingSummaryFormatTest {
    private static final Path EXAMPLE = Path.of("assets/examples/ostrea-large-2.modelcard.json");

    private static ModelCard example() throws Exception {
        return new NativeJsonFormat().read(Files.readString(EXAMPLE), EXAMPLE.toString());
    }

    private static String write(String layout) throws Exception {
        return new TrainingSummaryFormat().inLayout(layout).orElseThrow().writer().orElseThrow().write(example()).text();
    }

    @Test
    void theSummaryFollowsTheTemplatesSectionsAndAnswersFromTheOneFieldOfEachFact() throws Exception {
        JsonNode root = JsonText.parse(write("json"), "summary.json");
        assertThat(root.get("document").asText()).isEqualTo("eu-public-summary-of-training-content");
        Map<String, JsonNode> items = new LinkedHashMap<>();
        List<String> sections = new java.util.ArrayList<>();
        root.get("sections").forEach(s -> {
            sections.add(s.get("number").asText() + " " + s.get("title").asText());
            s.get("items").forEach(i -> items.put(i.get("item").asText(), i));
        });
        assertThat(sections).containsExactly("1 General information", "2 List of data sources", "3 Data processing aspects");
        assertThat(items.keySet()).containsExactly("1.1", "1.1b", "1.2", "1.2b", "1.2c", "1.2d", "1.3", "1.3a", "1.3b", "1.3c",
                "1.3d", "1.3e", "1.3f", "2.1", "2.1a", "2.1b", "2.2", "2.2a", "2.2b", "2.3", "2.3a", "2.3b", "2.3c", "2.3d",
                "2.3e", "2.4", "2.4a", "2.5", "2.5a", "2.6", "2.6a", "3.1", "3.2", "3.3");
        assertThat(items.get("1.3a").get("value").asText()).isEqualTo("More than 10 trillion tokens");
        assertThat(items.get("1.3d").get("value").asText()).isEqualTo("No");
        assertThat(items.get("2.1").get("value").asText()).isEqualTo("Yes");
        assertThat(items.get("2.3").get("value").asText()).isEqualTo("Yes");
        assertThat(items.get("2.6").get("value").asText()).isEqualTo("No");
        assertThat(items.get("2.3a").get("value").get(0).asText()).isEqualTo("OstreaBot/1.0");
        assertThat(items.get("2.3e").get("value")).hasSize(6);
        assertThat(items.get("1.1").get("value").asText()).isEqualTo("Ostrea Lab B.V.");
        assertThat(items.get("3.1").get("value").asText()).startsWith("Crawling honoured robots.txt");
    }

    @Test
    void itIsPublicSoItGivesTheSizeBandNeverThePreciseCount() throws Exception {
        for (String layout : List.of("md", "html", "json")) {
            String text = write(layout);
            assertThat(text).contains("More than 10 trillion tokens").doesNotContain("15000000000000").doesNotContain("1.5×10^13")
                    .doesNotContain("sha256:");
        }
        assertThat(write("md")).startsWith("# Public summary of training content: ostrea-large-2-instruct\n")
                .contains("## 2 List of data sources").contains("### 2.3e Most relevant domain names");
    }
}
