package org.modelcards.core.validation;

import org.modelcards.core.validation.checker.Validator;
import org.modelcards.core.validation.checker.CardChecker;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.formats.CardFiles;

/**
 * The real public cards in {@code realcards/hub} (cited in SOURCES.tsv), checked as {@code validate}
 * checks them by default: a card has exactly the errors listed here, each one a thing today's Hub
 * refuses or ignores, and every other card has none.
 */
class RealCardsTest {
    private static final Path HUB = Path.of("src/test/resources/realcards/hub");
    private static final String PREFIX = "huggingface__";
    /** File (without the common prefix) to the error rules it has, with why they are right. */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            // templates with Jinja placeholders in the YAML: not cards, and not YAML until filled in
            "hub-docs__modelcard.md", List.of("YAML-SYNTAX"),
            "huggingface_hub__src__huggingface_hub__templates__modelcard_template.md", List.of("YAML-SYNTAX"),
            "huggingface_hub__tests__fixtures__cards__sample_template.md", List.of("YAML-SYNTAX"),
            // huggingface_hub's own fixture of a card whose metadata is not a mapping
            "huggingface_hub__tests__fixtures__cards__sample_invalid_card_data.md", List.of("YAML-NOT-MAPPING"),
            // 2020 cards from transformers/model_cards: language names and a licence name, refused by today's Hub
            "transformers__model_cards__DeepPavlov__rubert-base-cased__README.md", List.of("HF-LANGUAGE"),
            "transformers__model_cards__google__electra-small-discriminator__README.md", List.of("HF-LANGUAGE"),
            "transformers__model_cards__facebook__wmt19-de-en__README.md", List.of("HF-LICENSE-UNKNOWN"));
    private static final CardChecker CHECKER = new CardChecker(Validator.standard(), new CardFiles(), Profile.HUGGINGFACE,
            Strictness.DEFAULT);

    static Stream<Path> cards() throws IOException {
        return Files.list(HUB).filter(p -> p.toString().endsWith(".md")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void aRealCardHasOnlyTheErrorsTheHubWouldRefuse(Path card) {
        String name = card.getFileName().toString();
        List<String> expected = EXPECTED.getOrDefault(name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name, List.of());
        FileValidation result = CHECKER.check(card);
        assertThat(result.report().issues().stream().filter(i -> i.severity() == Severity.ERROR).map(Issue::ruleId).toList())
                .as("errors in %s", name).containsExactlyElementsOf(expected);
    }
}
