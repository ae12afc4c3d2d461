package org.modelcards.core.format.eumdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.ModelCard;

/**
 * The example GPAI card exported for each recipient, checked item by item against the form's recipient
 * table as written out here by hand (not read from the table the writer uses), with the precision each
 * recipient is given and what must never reach a recipient the form does not give it to.
 */
class ModelDocumentationFormatTest {
    private static final Path EXAMPLE = Path.of("assets/examples/ostrea-large-2.modelcard.json");

    private static final List<String> AI_OFFICE = List.of("H.1", "H.2", "1.1", "1.2", "1.2b", "1.3", "1.4", "1.5", "1.6",
            "2.1", "2.2", "2.3", "2.5", "2.6", "2.7", "2.8", "3.1", "3.2", "3.2b", "3.2c", "4.1", "4.2", "4.2b", "4.3", "4.4",
            "4.5", "4.6", "5.1", "5.2", "6.1", "6.2", "6.3", "6.4", "6.4b", "6.5", "6.6", "6.7", "6.8", "7.1", "7.1b", "7.2",
            "7.3", "8.1", "8.1b", "8.2", "8.3", "8.4");
    /** The authorities get every item the AI Office gets but the hardware-days. */
    private static final List<String> AUTHORITY = AI_OFFICE.stream().filter(n -> !n.equals("7.1b")).toList();
    private static final List<String> DOWNSTREAM = List.of("H.1", "H.2", "1.1", "1.2", "1.2b", "1.4", "1.5", "1.6",
            "2.1", "2.2", "2.3", "2.5", "2.6", "2.7", "2.8", "3.1b", "3.2", "3.2b", "3.2c", "4.1", "4.2", "4.2b", "4.3", "4.4",
            "4.5", "4.6", "6.1", "6.2", "6.6");

    private static ModelCard example() throws Exception {
        return new NativeJsonFormat().read(Files.readString(EXAMPLE), EXAMPLE.toString());
    }

    private static String write(String recipient, String layout) throws Exception {
        CardFormat format = new ModelDocumentationFormat().forRecipient(recipient).orElseThrow().inLayout(layout).orElseThrow();
        return format.writer().orElseThrow().write(example()).text();
    }

    /** Item number to its entry, in document order. */
    private static Map<String, JsonNode> items(String recipient) throws Exception {
        JsonNode root = JsonText.parse(write(recipient, "json"), "form.json");
        assertThat(root.get("recipient").asText()).isEqualTo(recipient);
        assertThat(root.get("model").asText()).isEqualTo("ostrea-large-2-instruct");
        Map<String, JsonNode> items = new LinkedHashMap<>();
        root.get("sections").forEach(section -> section.get("items").forEach(item -> items.put(item.get("item").asText(), item)));
        return items;
    }

    private static String value(Map<String, JsonNode> items, String number) {
        return items.get(number).get("value").asText();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ai-office", "authority", "downstream"})
    void eachRecipientGetsExactlyItsItemsInTheFormsOrder(String recipient) throws Exception {
        List<String> expected = switch (recipient) {
            case "ai-office" -> AI_OFFICE;
            case "authority" -> AUTHORITY;
            default -> DOWNSTREAM;
        };
        assertThat(items(recipient).keySet()).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "ai-office|2.8|7.3×10^10 parameters",
            "ai-office|6.4|1.5×10^13 tokens (Ostrea BPE tokenizer, after deduplication)",
            "ai-office|7.1|95 days",
            "ai-office|7.1b|1.9×10^6 hardware-days",
            "ai-office|7.2|3.8×10^24 FLOP",
            "ai-office|8.1|24000 MWh",
            "ai-office|8.3|1.4×10^14 FLOP per benchmarked inference",
            "authority|2.8|7.3×10^10 parameters",
            "authority|6.4|10^13 tokens (Ostrea BPE tokenizer, after deduplication)",
            "authority|7.1|3–6 months",
            "authority|7.2|10^24 FLOP",
            "authority|8.1|24000 MWh",
            "downstream|2.8|50–100B parameters",
            "downstream|1.1|Ostrea Lab B.V.",
            "downstream|3.2|other",
            "downstream|3.2b|proprietary"})
    void eachRecipientGetsAFigureAtItsPrecision(String recipient, String item, String expected) throws Exception {
        assertThat(value(items(recipient), item)).isEqualTo(expected);
    }

    @Test
    void textsAndListsAreGivenAsTheCardHoldsThem() throws Exception {
        Map<String, JsonNode> office = items("ai-office");
        assertThat(value(office, "1.3")).startsWith("sha256:4d7a0c2e");
        assertThat(value(office, "3.1")).contains("Embedded in the Ostrea Office subscription suite");
        assertThat(items("authority").get("7.2").get("precision").asText()).contains("order of magnitude");
        Map<String, JsonNode> downstream = items("downstream");
        assertThat(value(downstream, "3.1b")).startsWith("- **Public API**");
        assertThat(downstream.get("1.6").get("value").isArray()).isTrue();
        assertThat(downstream.get("1.6").get("value").get(0).asText()).isEqualTo("ostrea-lab/ostrea-large-2-base");
        assertThat(downstream.get("6.1").get("value").toString()).isEqualTo("[\"text\",\"images\"]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ai-office", "authority", "downstream"})
    void theExampleAnswersEveryItemEachRecipientIsGiven(String recipient) throws Exception {
        List<String> unanswered = new ArrayList<>();
        items(recipient).forEach((number, item) -> {
            if (!item.get("status").asText().equals("answered")) {
                unanswered.add(number + " " + item.get("status").asText());
            }
        });
        // the energy is known, so why it is not given does not apply
        assertThat(unanswered).containsExactlyElementsOf(recipient.equals("downstream") ? List.of() : List.of("8.1b not-applicable"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"md", "html", "json"})
    void noLayoutGivesAPreciseFigureToARecipientTheFormGivesOnlyACoarseOneOrNothing(String layout) throws Exception {
        String authority = write("authority", layout);
        String downstream = write("downstream", layout);
        for (String precise : List.of("3.8×10^24", "3800000000000000000000000", "1.9×10^6", "1900000", "95 days",
                "1.5×10^13", "15000000000000")) {
            assertThat(authority).as(precise).doesNotContain(precise);
            assertThat(downstream).as(precise).doesNotContain(precise);
        }
        for (String authorityOnly : List.of("sha256:4d7a0c2e", "OstreaBot from January 2024", "Counted from the training logs",
                "Ostrea Office subscription suite", "rack power distribution units", "10^24", "7.3×10^10")) {
            assertThat(downstream).as(authorityOnly).doesNotContain(authorityOnly);
        }
        assertThat(authority).contains("10^24 FLOP").contains("3–6 months");
        assertThat(downstream).contains("50–100B parameters");
    }

    @Test
    void markdownAndHtmlFollowTheFormsOrderAndThePageLoadsNothing() throws Exception {
        String markdown = write("downstream", "md");
        assertThat(markdown).startsWith("# Model Documentation Form: ostrea-large-2-instruct\n")
                .contains("For: **Downstream providers**").contains("## 4 Use")
                .contains("### 2.8 Total number of parameters (Annex XI 1(d); XII 1(f))");
        assertThat(markdown.indexOf("### 1.1 ")).isLessThan(markdown.indexOf("### 2.1 "));
        String html = write("authority", "html");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy\" content=\"default-src 'none'")
                .contains("<h3 id=\"item-7.2\">7.2 Training compute").doesNotContain("<script");
    }

    @Test
    void theFormIsRegisteredOnceWithItsRecipientsAndLayoutsAndNamesItsOutputsByRecipient() {
        CardFormat format = org.modelcards.core.formats.CardFormats.standard().byId("eu-mdf").orElseThrow();
        assertThat(format.recipients()).containsExactly("ai-office", "authority", "downstream");
        assertThat(format.layouts()).containsExactly("md", "html", "json");
        assertThat(format.reader()).isEmpty();
        CardFormat html = format.forRecipient("authority").orElseThrow().inLayout("html").orElseThrow();
        assertThat(html.outputName("ostrea")).isEqualTo("ostrea.authority.mdf.html");
        assertThat(format.forRecipient("public")).isEmpty();
        assertThat(format.inLayout("pdf")).isEmpty();
    }

    @Test
    void anEmptyCardIsAFormOfUnansweredItems() {
        String text = new ModelDocumentationFormat().write(ModelCard.EMPTY).text();
        assertThat(text).contains("Answered: 0 of ").contains("**Not answered.**");
    }
}
