package org.modelcards.core.format.hf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.format.MetaNode;
import org.modelcards.core.formats.OpenedCard;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ModelCard;

/**
 * Edits of real-shaped cards (fixtures/real-shaped, see ABOUT.txt) in every line-end style: each
 * edit reports no loss, keeps the rest of the metadata equal (parsed trees compared) and changes
 * only a few lines.
 */
class RealShapedCardsTest {
    static final Path DIR = NodePatchTest.REAL_SHAPED;

    /** The edits, each with the most lines it may change. */
    static Map<String, UnaryOperator<ModelCard>> edits() {
        Map<String, UnaryOperator<ModelCard>> edits = new LinkedHashMap<>();
        edits.put("rename", c -> c.withDetails(c.details().withName("renamed-model")));
        edits.put("licence", c -> c.withLicense(c.license().withId("mit")));
        edits.put("tag", c -> {
            List<String> tags = new ArrayList<>(c.details().tags());
            tags.add("edited");
            return c.withDetails(c.details().withTags(tags));
        });
        edits.put("first value", c -> {
            List<EvalResult> rows = new ArrayList<>(c.evaluation().results());
            if (!rows.isEmpty()) {
                rows.set(0, rows.get(0).withValue("1.5"));
            }
            return c.withEvaluation(c.evaluation().withResults(rows));
        });
        edits.put("base model", c -> c.withDetails(c.details().withBaseModels(List.of("org/base"))));
        return edits;
    }

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        try (var files = Files.list(DIR)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file).replace("\r\n", "\n").replace("\uFEFF", "");
                for (String eol : List.of("\n", "\r\n", "\r")) {
                    for (String edit : edits().keySet()) {
                        cases.add(Arguments.of(file.getFileName() + " " + eol.replace("\r", "CR").replace("\n", "LF"),
                                text.replace("\n", eol), edit));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("cases")
    void anEditChangesOnlyWhatItAsks(String name, String text, String edit) {
        HubReadme readme = HubReadme.parse(text, name);
        assertThat(readme.write(readme.loaded().card()).text()).isEqualTo(text);
        WriteResult result = readme.write(edits().get(edit).apply(readme.loaded().card()));
        assertThat(result.losses()).as("losses").isEmpty();
        HubReadme back = HubReadme.parse(result.text(), "back");
        Map<String, Object> before = plain(readme);
        Map<String, Object> after = plain(back);
        for (String key : List.of("model-index", "license", "tags", "base_model")) {
            before.remove(key);
            after.remove(key);
        }
        assertThat(after).as("metadata the edit did not ask for").isEqualTo(before);
        assertThat(NodePatchTest.changedLines(text, result.text())).as("changed lines").hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void aByteOrderMarkAndCrlfSurviveAnEditThroughTheFileApi(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("README.md");
        Files.copy(DIR.resolve("bom-crlf.md"), file);
        OpenedCard opened = new CardFiles().open(file);
        ModelCard card = opened.card();
        WriteResult result = opened.render(card.withLicense(card.license().withId("mit")));
        assertThat(result.losses()).isEmpty();
        assertThat(result.text()).startsWith("\uFEFF---\r\nlicense: mit\r\nlibrary_name: stable-baselines3\r\n");
        assertThat(result.text().replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(opened.render(card).text()).isEqualTo(Files.readString(file));
    }

    @Test
    void theTranslationCardKeepsEveryArgsConfigAndTokenThroughARename() throws Exception {
        String text = Files.readString(DIR.resolve("translation-272.md"));
        HubReadme readme = HubReadme.parse(text, "t");
        // 272 rows of model-index, and the body's benchmark table's 2, whose numbers the model-index does not repeat
        assertThat(readme.loaded().card().evaluation().results()).hasSize(274)
                .filteredOn(r -> !r.taskType().isEmpty()).hasSize(272);
        WriteResult result = readme.write(readme.loaded().card().withDetails(
                readme.loaded().card().details().withName("renamed")));
        assertThat(result.losses()).isEmpty();
        assertThat(NodePatchTest.changedLines(text, result.text())).containsExactly(
                "-- name: opus-mt-tc-big-en-mul", "+- name: renamed", "-# opus-mt-tc-big-en-mul", "+# renamed");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plain(HubReadme readme) {
        MetaNode.Mapping metadata = readme.loaded().metadata().orElseThrow();
        return new LinkedHashMap<>((Map<String, Object>) PlainTrees.plain(metadata));
    }
}
