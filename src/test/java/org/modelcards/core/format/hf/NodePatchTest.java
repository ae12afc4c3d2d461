package org.modelcards.core.format.hf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ModelCard;

/** Node-level front matter patching: an edit changes only the lines of the values that changed. */
public class NodePatchTest {
    static final Path REAL_SHAPED = Path.of("src/test/resources/fixtures/real-shaped");

    private static String read(String name) throws Exception {
        return Files.readString(REAL_SHAPED.resolve(name));
    }

    /** The lines of {@code after} that are not in {@code before} at the same place, by a line diff (LCS). */
    public static List<String> changedLines(String before, String after) {
        String[] a = before.split("\r\n|\r|\n", -1);
        String[] b = after.split("\r\n|\r|\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> changed = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                changed.add("-" + a[i++]);
            } else {
                changed.add("+" + b[j++]);
            }
        }
        return changed;
    }

    private static WriteResult edit(String text, java.util.function.UnaryOperator<ModelCard> change) {
        HubReadme readme = HubReadme.parse(text, "README.md");
        return readme.write(change.apply(readme.loaded().card()));
    }

    @Test
    void renamingTheModelChangesTheIndexNameAndTheTitleOnly() throws Exception {
        String text = read("translation-args.md");
        WriteResult result = edit(text, c -> c.withDetails(c.details().withName("opus-mt-en-de-v2")));
        assertThat(result.losses()).isEmpty();
        assertThat(changedLines(text, result.text())).containsExactly(
                "-- name: opus-mt-en-de", "+- name: opus-mt-en-de-v2",
                "-# opus-mt-en-de", "+# opus-mt-en-de-v2");
    }

    @Test
    void argsConfigAndVerifyTokenAreReadIntoTheRows() throws Exception {
        ModelCard card = HubReadme.parse(read("translation-args.md"), "README.md").loaded().card();
        List<EvalResult> rows = card.evaluation().results();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).datasetArgs()).isEqualTo("eng-deu");
        assertThat(rows.get(0).metricConfig()).isEqualTo("13a");
        assertThat(rows.get(0).verifyToken()).isEqualTo("abc123");
        assertThat(rows.get(1).datasetArgs()).isEqualTo("{\"language_pair\":\"eng-deu\"}");
        assertThat(rows.get(1).value()).isEqualTo("286.26 +/- 16.68");
    }

    @Test
    void changingOneMetricValueChangesOneLineAndKeepsItsQuoting() throws Exception {
        String text = read("translation-args.md");
        WriteResult result = edit(text, c -> {
            List<EvalResult> rows = new ArrayList<>(c.evaluation().results());
            rows.set(1, rows.get(1).withValue("290.1 +/- 3.2"));
            return c.withEvaluation(c.evaluation().withResults(rows));
        });
        assertThat(result.losses()).isEmpty();
        assertThat(changedLines(text, result.text())).containsExactly(
                "-      value: \"286.26 +/- 16.68\"", "+      value: \"290.1 +/- 3.2\"");
    }

    @Test
    void aNewTagGoesIntoTheFlowListAndANewLanguageIntoTheBlockList() throws Exception {
        String text = read("translation-args.md");
        WriteResult result = edit(text, c -> c.withDetails(c.details()
                .withTags(List.of("translation", "marian", "opus"))
                .withLanguages(List.of("en", "de", "fr"))));
        assertThat(result.losses()).isEmpty();
        assertThat(changedLines(text, result.text())).containsExactly(
                "+- fr",
                "-tags: [translation, marian]", "+tags: [translation, marian, opus]");
    }

    @Test
    void removingALanguageRemovesOnlyItsLineAndKeepsTheOthersComment() throws Exception {
        String text = read("translation-args.md");
        WriteResult result = edit(text, c -> c.withDetails(c.details().withLanguages(List.of("de"))));
        assertThat(result.losses()).isEmpty();
        assertThat(changedLines(text, result.text())).containsExactly("-- en");
        assertThat(result.text()).contains("- de # German");
    }

    @Test
    void aNewKeyIsWrittenBesideItsSiblings() throws Exception {
        String text = read("translation-args.md");
        WriteResult result = edit(text, c -> c.withDetails(c.details().withPipelineTag("translation")));
        assertThat(result.losses()).isEmpty();
        assertThat(changedLines(text, result.text())).containsExactly("+pipeline_tag: translation");
        assertThat(HubReadme.parse(result.text(), "README.md").loaded().card().details().pipelineTag())
                .isEqualTo("translation");
    }

    @Test
    void removingTheLicenceRemovesOnlyItsLine() throws Exception {
        String text = read("translation-args.md");
        WriteResult result = edit(text, c -> c.withLicense(c.license().withId("")));
        assertThat(result.losses()).isEmpty();
        assertThat(changedLines(text, result.text())).containsExactly("-license: apache-2.0");
    }

    @Test
    void anAddedResultRowIsWrittenAfterTheOthersInTheirStyle() throws Exception {
        String text = read("translation-args.md");
        WriteResult result = edit(text, c -> {
            List<EvalResult> rows = new ArrayList<>(c.evaluation().results());
            rows.add(rows.get(1).withMetricType("chrf").withMetricName("chr-F").withValue("0.61"));
            return c.withEvaluation(c.evaluation().withResults(rows));
        });
        assertThat(result.losses()).isEmpty();
        assertThat(changedLines(text, result.text())).containsExactly(
                "+    - type: chrf", "+      value: 0.61", "+      name: chr-F");
    }

    @Test
    void deletingAResultRemovesOnlyThatResult() throws Exception {
        String text = read("translation-args.md");
        WriteResult result = edit(text, c -> c.withEvaluation(c.evaluation().withResults(
                List.of(c.evaluation().results().get(1)))));
        assertThat(result.losses()).isEmpty();
        List<String> changed = changedLines(text, result.text());
        assertThat(changed).allMatch(line -> line.startsWith("-")).hasSize(13);
        assertThat(result.text()).contains("extra_unknown: keep me").contains("language_pair: eng-deu");
    }

    @Test
    void editsNextToAliasesAndMergeKeysEitherApplyOrAreReportedNeverCorrupt() {
        String text = "---\nlicense: mit\ncommon: &c [nlp, en]\ntags: *c\nlanguage:\n- en\nds: &d {a: 1}\nother:\n  <<: *d\n  b: 2\n"
                + "---\n# Model Card for x\n";
        WriteResult tags = edit(text, c -> c.withDetails(c.details().withTags(List.of("nlp", "en", "vision"))));
        // tags is an alias of another key's list: patching it would change that key too, so the whole entry is written
        assertThat(tags.losses()).isEmpty();
        assertThat(tags.text()).contains("common: &c [nlp, en]\n").contains("tags:\n- nlp\n- en\n- vision\n");
        WriteResult language = edit(text, c -> c.withDetails(c.details().withLanguages(List.of("en", "fr"))));
        assertThat(language.losses()).isEmpty();
        assertThat(changedLines(text, language.text())).containsExactly("+- fr");
    }

    @Test
    void aCommentInsideEditedProseIsReportedAndLeadingPromptsAreKept() {
        String text = "# Model Card for x\n\n## Uses\n\n### Direct Use\n\n<!-- Address questions around how the model is intended to be used -->\n\n"
                + "Routing tickets.\n\n<!-- reviewer: check this with legal -->\n\nMore.\n\n## Bias, Risks, and Limitations\n\n"
                + "<!-- This section is meant to convey both technical and sociotechnical limitations. -->\n\nFew.\n";
        HubReadme readme = HubReadme.parse(text, "README.md");
        ModelCard card = readme.loaded().card();
        WriteResult uses = readme.write(card.withIntendedUse(card.intendedUse().withDirectUse("Routing.")));
        assertThat(uses.losses()).extracting(org.modelcards.core.format.Loss::fieldId).containsExactly("intendedUse.directUse");
        assertThat(uses.text()).contains("<!-- Address questions");
        WriteResult limits = readme.write(card.withBias(card.bias().withLimitations("Some.")));
        assertThat(limits.losses()).as("only a leading prompt, which is kept").isEmpty();
        assertThat(limits.text()).contains("<!-- This section is meant");
        assertThat(readme.uncarried()).extracting(org.modelcards.core.format.Loss::fieldId).containsExactly("body.comments");
    }

    /** Found by HubReadmeRoundTripProperties: removing the only result left "results:" (null), not an empty list. */
    @Test
    void removingEveryResultOfAnUnnamedModelLeavesAnEmptyListNotNull() {
        String text = "---\nmodel-index:\n- results:\n  - task:\n      type: text-classification\n    dataset:\n      type: imdb\n"
                + "      name: IMDB\n    metrics:\n    - type: accuracy\n      value: 0.9\n---\n\n# Model Card\n";
        WriteResult result = edit(text, c -> c.withEvaluation(c.evaluation().withResults(List.of())));
        assertThat(result.losses()).isEmpty();
        assertThat(result.text()).startsWith("---\nmodel-index:\n- results: []\n---\n");
    }
}
