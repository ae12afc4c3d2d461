package org.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.cli.CliTest.Run;
import org.modelcards.core.format.hf.HubReadme;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.ModelCard;

class ConvertAndSetCommandTest {
    static final Path EXAMPLE = Path.of("assets/examples/tiny-sentiment.modelcard.json");
    static final Path NASTY = Path.of("src/test/resources/fixtures/nasty");

    @TempDir
    Path dir;

    @Test
    void oneInputWithoutOutputGoesToStdout() {
        Run run = CliTest.run("convert", EXAMPLE.toString(), "--to", "hf");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("---\nlicense: apache-2.0\n").contains("# Model Card for tiny-sentiment-en");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aFolderConvertsIntoAFolderKeepingRelativePathsAndBaseNames() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("org/model-a"));
        Files.copy(NASTY.resolve("crlf.md"), in.resolve("org/model-a/README.md"));
        Files.copy(EXAMPLE, in.resolve("tiny.modelcard.json"));
        Files.writeString(in.resolve("org/broken.md"), "caf\u00e9", StandardCharsets.ISO_8859_1);
        Path out = dir.resolve("out");
        Run run = CliTest.run("convert", in.toString(), "--to", "json", "-o", out.toString());
        assertThat(run.code()).as("a bad input makes the run exit 2 at the end").isEqualTo(2);
        assertThat(run.err()).contains(in.resolve("org/broken.md") + ":1:4: not UTF-8 text");
        assertThat(out.resolve("org/model-a/README.modelcard.json")).exists();
        assertThat(out.resolve("tiny.modelcard.json")).exists();
        ModelCard converted = new NativeJsonFormat().read(Files.readString(out.resolve("org/model-a/README.modelcard.json")), "x");
        assertThat(converted.license().id()).isEqualTo("apache-2.0");
        Run back = CliTest.run("convert", out.toString(), "--to", "hf", "-o", dir.resolve("hf").toString());
        assertThat(back.code()).isZero();
        assertThat(dir.resolve("hf/org/model-a/README.md")).exists();
        assertThat(dir.resolve("hf/tiny.md")).exists();
    }

    @Test
    void specChoosesTheCycloneDxVersionAnd16IsTheDefault() {
        Run v16 = CliTest.run("convert", EXAMPLE.toString(), "--to", "cyclonedx");
        assertThat(v16.code()).isZero();
        assertThat(v16.out()).contains("\"specVersion\": \"1.6\"");
        Run v17 = CliTest.run("convert", EXAMPLE.toString(), "--to", "cyclonedx", "--spec", "1.7");
        assertThat(v17.code()).isZero();
        assertThat(v17.out()).contains("\"specVersion\": \"1.7\"");
        Run unknown = CliTest.run("convert", EXAMPLE.toString(), "--to", "cyclonedx", "--spec", "1.8");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("cyclonedx has no version 1.8 (use 1.6, 1.7)");
        Run single = CliTest.run("convert", EXAMPLE.toString(), "--to", "mct", "--spec", "1.7");
        assertThat(single.code()).isEqualTo(2);
        assertThat(single.err()).contains("mct has one version; --spec does not apply");
    }

    @Test
    void theToListComesFromTheRegistry() {
        Run run = CliTest.run("convert", "--help");
        assertThat(run.out().replaceAll("\\s+", " ")).contains("One of: hf, json, mct, cyclonedx, spdx, eval-results, html, eu-mdf, eu-summary.");
        Run unknown = CliTest.run("convert", EXAMPLE.toString(), "--to", "pdf");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown format: pdf (use hf, json, mct, cyclonedx, spdx, eval-results, html, eu-mdf, eu-summary)");
    }

    @Test
    void severalInputsNeedAnOutputFolder() {
        Run run = CliTest.run("convert", EXAMPLE.toString(), NASTY.resolve("crlf.md").toString(), "--to", "json");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("several inputs need -o DIR");
        assertThat(CliTest.run("convert", EXAMPLE.toString(), "--to", "pdf").code()).isEqualTo(2);
    }

    @Test
    void anInputIsNotOverwrittenUnlessAsked() throws Exception {
        Path card = dir.resolve("card.modelcard.json");
        Files.copy(EXAMPLE, card);
        Run run = CliTest.run("convert", card.toString(), "--to", "json", "-o", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("not written: it is an input");
        assertThat(CliTest.run("convert", card.toString(), "--to", "json", "-o", dir.toString(), "--overwrite").code()).isZero();
    }

    @Test
    void convertingAReadmeToItsOwnFormatKeepsItsBytes() throws Exception {
        Path out = dir.resolve("README.md");
        Run run = CliTest.run("convert", NASTY.resolve("mixed-endings.md").toString(), "--to", "hf", "-o", out.toString());
        assertThat(run.code()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(NASTY.resolve("mixed-endings.md")));
    }

    @Test
    void lossesAreListedOnStderr() throws Exception {
        Path card = dir.resolve("in.modelcard.json");
        Files.writeString(card, "{\"schemaVersion\": \"1.0\", \"details\": {\"name\": \"x\"}, \"x-internal\": 1}");
        Run run = CliTest.run("convert", card.toString(), "--to", "hf");
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains(card + ": hf cannot carry extras.unmapped");
    }

    @Test
    void setChangesOnlyTheEditedFieldsLinesInPlace() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.copy(NASTY.resolve("crlf.md"), readme);
        String before = Files.readString(readme);
        Run run = CliTest.run("set", readme.toString(), "pipeline_tag=text-generation", "details.version=2.0",
                "tags=nlp, reviews");
        assertThat(run.code()).isZero();
        String after = Files.readString(readme);
        List<String> removed = before.lines().filter(l -> !after.lines().toList().contains(l)).toList();
        List<String> added = after.lines().filter(l -> !before.lines().toList().contains(l)).toList();
        assertThat(removed).allMatch(l -> l.startsWith("pipeline_tag:") || l.startsWith("tags:") || l.startsWith("- "));
        assertThat(added).contains("pipeline_tag: text-generation", "- **Version:** 2.0", "- nlp", "- reviews");
        assertThat(after.replace("\r\n", "")).doesNotContain("\n");
        ModelCard card = HubReadme.parse(after, "r").loaded().card();
        assertThat(card.details().pipelineTag()).isEqualTo("text-generation");
        assertThat(card.details().tags()).containsExactly("nlp", "reviews");
    }

    @Test
    void setWritesIntoAnOutputFolderAndLeavesTheInputAlone() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        byte[] original = Files.readAllBytes(EXAMPLE);
        Run run = CliTest.run("set", "-o", out.toString(), EXAMPLE.toString(), "license=mit");
        assertThat(run.code()).isZero();
        assertThat(Files.readAllBytes(EXAMPLE)).isEqualTo(original);
        // each input keeps its relative path under the output folder (two README.md never collide)
        String written = Files.readString(out.resolve(EXAMPLE.normalize()));
        assertThat(new NativeJsonFormat().read(written, "x").license().id()).isEqualTo("mit");
        List<String> originalLines = Files.readString(EXAMPLE).lines().toList();
        assertThat(written.lines().filter(l -> !originalLines.contains(l)).toList())
                .containsExactly("    \"id\": \"mit\",");
    }

    @Test
    void setRefusesUnknownFieldsTablesAndBrokenFrontMatterEdits() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.copy(NASTY.resolve("tabs-in-yaml.md"), readme);
        assertThat(CliTest.run("set", readme.toString(), "nope=1").code()).isEqualTo(2);
        assertThat(CliTest.run("set", readme.toString(), "evaluation.results=1").code()).isEqualTo(2);
        byte[] before = Files.readAllBytes(readme);
        Run run = CliTest.run("set", readme.toString(), "license=mit");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("not written: saving would lose or change license.id");
        assertThat(Files.readAllBytes(readme)).isEqualTo(before);
        Run allowed = CliTest.run("set", "--allow-loss", readme.toString(), "license=mit");
        assertThat(allowed.code()).isEqualTo(1);
        assertThat(allowed.err()).contains("license.id does not read back");
    }

    @Test
    void setKeepsEveryModelIndexKeyOfARealShapedCardAndChangesOneLine() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.copy(Path.of("src/test/resources/fixtures/real-shaped/translation-272.md"), readme);
        String before = Files.readString(readme);
        Run run = CliTest.run("set", readme.toString(), "details.name=renamed-model");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> changed = org.modelcards.core.format.hf.NodePatchTest.changedLines(before, Files.readString(readme));
        assertThat(changed).containsExactly("-- name: opus-mt-tc-big-en-mul", "+- name: renamed-model",
                "-# opus-mt-tc-big-en-mul", "+# renamed-model");
    }

    @Test
    void setOfTwoReadmesThatWouldLandOnOneFileWritesNeither() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.copy(Path.of("src/test/resources/fixtures/real-shaped/rl-sb3.md"), dir.resolve("a/README.md"));
        Files.copy(Path.of("src/test/resources/fixtures/real-shaped/spacy-style.md"), dir.resolve("b/README.md"));
        Path out = dir.resolve("out");
        Run run = CliTest.run("set", "-o", out.toString(), dir.resolve("a/README.md").toString(),
                dir.resolve("b/README.md").toString(), "license=mit");
        // inputs outside the working folder keep their name only: these two would collide, which is
        // refused before anything is written
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("a/README.md and ").contains("b/README.md would both be written here")
                .contains("nothing was written");
        assertThat(out.resolve("README.md")).doesNotExist();
    }
}
