package org.modelcards.core.format.hf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modelcards.core.format.SourceText;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.Details;
import org.modelcards.core.model.Environment;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ExtraField;
import org.modelcards.core.model.ModelCard;

/** The round-trip contract on READMEs: unedited gives the same bytes; one edit changes only that field's lines. */
class HubRoundTripTest {
    static final Path NASTY = Path.of("src/test/resources/fixtures/nasty");

    static Stream<Path> readableReadmes() throws Exception {
        List<Path> files = new ArrayList<>();
        try (var listing = Files.list(NASTY)) {
            for (Path p : listing.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                try {
                    SourceText.read(p);
                    files.add(p);
                } catch (org.modelcards.core.format.CardReadException e) {
                    // unreadable files have no bytes to round-trip
                }
            }
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("readableReadmes")
    void anUneditedReadmeIsWrittenBackByteForByte(Path file) throws Exception {
        SourceText source = SourceText.read(file);
        HubReadme readme = HubReadme.parse(source.text(), file.toString());
        assertThat(readme.write(readme.loaded().card()).text()).isEqualTo(source.text());
        ModelCard copy = copyOf(readme.loaded().card());
        assertThat(readme.write(copy).text()).as("an equal card, not the same object").isEqualTo(source.text());
    }

    @ParameterizedTest
    @MethodSource("readableReadmes")
    void changingTheLicenceChangesOnlyTheLicenceLine(Path file) throws Exception {
        String text = SourceText.read(file).text();
        HubReadme readme = HubReadme.parse(text, file.toString());
        ModelCard card = readme.loaded().card();
        ModelCard edited = card.withLicense(card.license().withId("mit-0"));
        WriteResult result = readme.write(edited);
        String written = result.text();
        if (readme.loaded().problems().stream().anyMatch(p -> p.code().startsWith("YAML"))) {
            assertThat(written).as("broken front matter is never written into").isEqualTo(text);
            assertThat(result.losses()).extracting(org.modelcards.core.format.Loss::fieldId).contains("license.id");
            return;
        }
        assertThat(result.losses()).isEmpty();
        Diff diff = Diff.of(text, written);
        assertThat(diff.removed()).allMatch(line -> line.startsWith("license:") || line.contains("**License:**"));
        assertThat(diff.added()).allMatch(line -> line.equals("license: mit-0") || line.contains("**License:** mit-0")
                || line.equals("---"));
        assertThat(HubReadme.parse(written, "again").loaded().card().license().id()).isEqualTo("mit-0");
    }

    @Test
    void editsToBodyFieldsKeepLineEndingsAndTouchNothingElse() throws Exception {
        String text = SourceText.read(NASTY.resolve("crlf.md")).text();
        HubReadme readme = HubReadme.parse(text, "crlf.md");
        ModelCard card = readme.loaded().card();
        ModelCard edited = card.withIntendedUse(card.intendedUse().withDirectUse("Sorting reviews by mood.\nOnly in English."));
        String written = readme.write(edited).text();
        assertThat(written.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        Diff diff = Diff.of(text, written);
        assertThat(diff.added()).containsExactly("Sorting reviews by mood.", "Only in English.");
        assertThat(HubReadme.parse(written, "again").loaded().card().intendedUse().directUse())
                .isEqualTo("Sorting reviews by mood.\nOnly in English.");
    }

    @Test
    void extraMetadataFromAnotherFormatKeepsItsNumbersAsWritten() {
        ModelCard card = ModelCard.EMPTY.withDetails(Details.EMPTY.withName("tiny"))
                .withExtras(ModelCard.EMPTY.extras().withMetadata(List.of(
                        new ExtraField("threshold", "0.910"),
                        new ExtraField("sizes", "[1.50,2]"))));
        String written = new HubReadmeFormat().write(card).text();
        assertThat(written).contains("threshold: 0.910").contains("- 1.50");
    }

    @Test
    void aLabelLineKeepsItsLabelAndOnlyItsValueChanges() throws Exception {
        String text = generatedExample();
        HubReadme readme = HubReadme.parse(text, "README.md");
        ModelCard card = readme.loaded().card();
        ModelCard edited = card.withDetails(card.details().withVersion("1.1.0"));
        Diff diff = Diff.of(text, readme.write(edited).text());
        assertThat(diff.removed()).containsExactly("- **Version:** 1.0.0");
        assertThat(diff.added()).containsExactly("- **Version:** 1.1.0");
    }

    @Test
    void aChangedMetricValueRewritesModelIndexOnlyWhereItDiffers() throws Exception {
        String text = generatedExample();
        HubReadme readme = HubReadme.parse(text, "README.md");
        ModelCard card = readme.loaded().card();
        List<EvalResult> rows = new ArrayList<>(card.evaluation().results());
        rows.set(0, rows.get(0).withValue("0.915"));
        String written = readme.write(card.withEvaluation(card.evaluation().withResults(rows))).text();
        Diff diff = Diff.of(text, written);
        assertThat(diff.removed()).anyMatch(l -> l.contains("value: 0.912")).allMatch(l -> l.contains("0.912"));
        assertThat(diff.added()).anyMatch(l -> l.contains("value: 0.915")).allMatch(l -> l.contains("0.915"));
        assertThat(HubReadme.parse(written, "again").loaded().card().evaluation().results().get(0).value()).isEqualTo("0.915");
    }

    @Test
    void aNewFieldGoesWhereTheTemplatePutsIt() throws Exception {
        String text = SourceText.read(NASTY.resolve("no-trailing-newline.md")).text();
        HubReadme readme = HubReadme.parse(text, "r.md");
        ModelCard card = readme.loaded().card();
        assertThat(card.bias().tradeoffs()).isEmpty();
        ModelCard edited = card.withBias(card.bias().withTradeoffs("Smaller and faster, but 1.5 points less accurate."))
                .withDetails(card.details().withPipelineTag("text-classification").withVersion("2.0"));
        String written = readme.write(edited).text();
        ModelCard back = HubReadme.parse(written, "again").loaded().card();
        assertThat(back.bias().tradeoffs()).isEqualTo("Smaller and faster, but 1.5 points less accurate.");
        assertThat(back.details().version()).isEqualTo("2.0");
        int tradeoffs = written.indexOf("### Trade-offs");
        assertThat(tradeoffs).isGreaterThan(written.indexOf("## Bias, Risks, and Limitations"));
        assertThat(Diff.of(text, written).removed()).isEmpty();
    }

    @Test
    void brokenFrontMatterIsWrittenBackUnchangedWhenTheBodyIsEdited() throws Exception {
        String text = SourceText.read(NASTY.resolve("tabs-in-yaml.md")).text();
        HubReadme readme = HubReadme.parse(text, "tabs.md");
        ModelCard card = readme.loaded().card();
        String written = readme.write(card.withBias(card.bias().withRecommendations("Check a sample of outputs by hand."))).text();
        String front = text.substring(0, text.indexOf("\n---", 4) + 4);
        assertThat(written).startsWith(front);
    }

    @Test
    void theExampleCardSurvivesAReadme() throws Exception {
        ModelCard example = example();
        WriteResult result = new HubReadmeFormat().write(example);
        assertThat(result.losses()).isEmpty();
        assertThat(new HubReadmeFormat().read(result.text(), "README.md")).isEqualTo(example);
    }

    @Test
    void aNewReadmeFollowsTheTemplateOrderWithTidyFrontMatter() throws Exception {
        String text = generatedExample();
        assertThat(text).startsWith("---\nlicense: apache-2.0\nlanguage:\n- en\n");
        List<String> headings = text.lines().filter(l -> l.startsWith("## ")).toList();
        assertThat(headings).containsSubsequence("## Model Details", "## Uses", "## Bias, Risks, and Limitations",
                "## How to Get Started with the Model", "## Training Details", "## Evaluation", "## Environmental Impact",
                "## Citation", "## Model Card Contact");
        assertThat(text).endsWith("\n").doesNotEndWith("\n\n");
    }

    @Test
    void unknownKeysAndSectionsAreKeptWhenOtherFieldsChange() throws Exception {
        String text = "---\nlicense: mit\nwidget:\n- text: I love it   # a comment\nthumbnail: x.png\n---\n# Model Card for x\n\n"
                + "## Our Partners\n\nThanks!\n";
        HubReadme readme = HubReadme.parse(text, "r.md");
        ModelCard card = readme.loaded().card();
        String written = readme.write(card.withDetails(card.details().withTags(List.of("nlp")))).text();
        assertThat(written).contains("widget:\n- text: I love it   # a comment\nthumbnail: x.png\n")
                .contains("## Our Partners\n\nThanks!\n").contains("license: mit\ntags:\n- nlp\nwidget:");
    }

    @Test
    void emissionsEditedInBothPlacesStayConsistent() throws Exception {
        String text = generatedExample();
        HubReadme readme = HubReadme.parse(text, "README.md");
        ModelCard card = readme.loaded().card();
        Environment env = card.environment().withCo2Grams("400");
        ModelCard back = HubReadme.parse(readme.write(card.withEnvironment(env)).text(), "again").loaded().card();
        assertThat(back.environment().co2Grams()).isEqualTo("400");
    }

    /** Golden file: the bundled example as a README, as the writer lays it out. */
    @Test
    void theExampleReadmeIsTheGoldenFile() throws Exception {
        String golden = Files.readString(Path.of("assets/examples/tiny-sentiment/README.md"), StandardCharsets.UTF_8);
        assertThat(generatedExample()).isEqualTo(golden);
        assertThat(new HubReadmeFormat().read(golden, "README.md")).isEqualTo(example());
    }

    /** A megabyte of tables: read, written back unchanged, and edited, all quickly and without losing a row. */
    @Test
    void aMegabyteOfTablesRoundTrips() {
        StringBuilder text = new StringBuilder("---\nlicense: mit\n---\n# Model Card for big\n\n## Results\n\n");
        int tables = 0;
        while (text.length() < 1_048_576) {
            text.append("### Slice ").append(tables++).append("\n\n| group | accuracy | f1 |\n|---|---|---|\n");
            for (int row = 0; row < 40; row++) {
                text.append("| group ").append(row).append(" | 0.9").append(row % 10).append(" | 0.8").append(row % 7).append(" |\n");
            }
            text.append('\n');
        }
        String original = text.toString();
        HubReadme readme = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> HubReadme.parse(original, "big.md"));
        ModelCard card = readme.loaded().card();
        assertThat(card.extras().sections()).hasSize(tables);
        assertThat(card.extras().sections().get(tables - 1).markdown()).contains("| group 39 | 0.99 | 0.84 |");
        assertThat(readme.write(card).text()).isEqualTo(original);
        String edited = readme.write(card.withLicense(card.license().withId("apache-2.0"))).text();
        int body = original.indexOf("# Model Card");
        Diff diff = Diff.of(original.substring(0, body), edited.substring(0, edited.indexOf("# Model Card")));
        assertThat(diff.removed()).containsExactly("license: mit");
        assertThat(diff.added()).containsExactly("license: apache-2.0");
        assertThat(edited.substring(edited.indexOf("# Model Card"))).isEqualTo(original.substring(body));
    }

    static ModelCard example() throws Exception {
        Path path = Path.of("assets/examples/tiny-sentiment.modelcard.json");
        return new NativeJsonFormat().read(Files.readString(path, StandardCharsets.UTF_8), path.toString());
    }

    static String generatedExample() throws Exception {
        return new HubReadmeFormat().write(example()).text();
    }

    private static ModelCard copyOf(ModelCard card) {
        Details d = card.details();
        return card.withDetails(d.withName(new String(d.name().toCharArray())));
    }

    /** The lines only in one text or the other, in order (a line diff by longest common subsequence). */
    record Diff(List<String> removed, List<String> added) {
        static Diff of(String before, String after) {
            List<String> a = before.lines().toList();
            List<String> b = after.lines().toList();
            int[][] lcs = new int[a.size() + 1][b.size() + 1];
            for (int i = a.size() - 1; i >= 0; i--) {
                for (int j = b.size() - 1; j >= 0; j--) {
                    lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            List<String> removed = new ArrayList<>();
            List<String> added = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (i < a.size() && j < b.size()) {
                if (a.get(i).equals(b.get(j))) {
                    i++;
                    j++;
                } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                    removed.add(a.get(i++));
                } else {
                    added.add(b.get(j++));
                }
            }
            removed.addAll(a.subList(i, a.size()));
            added.addAll(b.subList(j, b.size()));
            return new Diff(removed.stream().filter(l -> !l.isBlank()).toList(),
                    added.stream().filter(l -> !l.isBlank()).toList());
        }
    }
}
