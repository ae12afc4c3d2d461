package org.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.cli.CliTest.Run;
import org.modelcards.core.format.hf.HubReadmeFormat;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.template.CardTemplates;
import org.modelcards.core.template.ModelKind;

class NewCommandTest {
    private static final CardTemplates TEMPLATES = new CardTemplates();

    @TempDir
    Path dir;

    static Run run(String... args) {
        return CliTest.run(args);
    }

    @Test
    void writesTheTemplateAsNativeJsonToStdout() throws Exception {
        Run run = run("new", "--template", "llm");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(new NativeJsonFormat().read(run.out(), "stdout")).isEqualTo(TEMPLATES.create(ModelKind.LLM));
    }

    @Test
    void writesAReadmeWhenAsked() {
        Run run = run("new", "--template", "speech-recognizer", "--format", "hf");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("---\npipeline_tag: automatic-speech-recognition\n").contains("TODO: ");
        assertThat(new HubReadmeFormat().read(run.out(), "README.md")).isEqualTo(TEMPLATES.create(ModelKind.SPEECH_RECOGNIZER));
    }

    @Test
    void writesANewFileInTheFormatItsNameSays() throws Exception {
        Path json = dir.resolve("cards/mine.modelcard.json");
        Run run = run("new", "--template", "text-classifier", "-o", json.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(new NativeJsonFormat().read(Files.readString(json), "x")).isEqualTo(TEMPLATES.create(ModelKind.TEXT_CLASSIFIER));

        Path readme = dir.resolve("README.md");
        assertThat(run("new", "--template", "tabular", "--output", readme.toString()).code()).isZero();
        assertThat(Files.readString(readme)).startsWith("---\npipeline_tag: tabular-classification\n");
        Path forced = dir.resolve("notes.md");
        assertThat(run("new", "--template", "tabular", "-o", forced.toString(), "--format", "json").code()).isZero();
        assertThat(Files.readString(forced)).startsWith("{");
    }

    @Test
    void neverOverwritesAnExistingFile() throws Exception {
        Path card = dir.resolve("card.modelcard.json");
        Files.writeString(card, "the author's answers");
        Run run = run("new", "--template", "other", "-o", card.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(card + ": already exists; not overwritten");
        assertThat(Files.readString(card)).isEqualTo("the author's answers");
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void anUnknownTemplateIsAUsageErrorListingTheNames() {
        Run run = run("new", "--template", "diffusion");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown template: diffusion (use llm, text-classifier, image-generator, "
                + "speech-recognizer, tabular, other)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingTemplateOrAnUnknownFormatIsAUsageError() {
        assertThat(run("new").code()).isEqualTo(2);
        Run run = run("new", "--template", "llm", "--format", "mct");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format: mct (use hf or json)");
    }

    @Test
    void helpListsTheTemplates() {
        Run run = run("new", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("--template=NAME").contains("image-generator");
    }

    @Test
    void aFreshTemplateFailsReleaseValidationOnItsPrompts() throws Exception {
        Path card = dir.resolve("new.modelcard.json");
        assertThat(run("new", "--template", "image-generator", "-o", card.toString()).code()).isZero();
        Run check = run("validate", "--profile", "classroom", "--strictness", "release", card.toString());
        assertThat(check.code()).as("unanswered prompts are errors at the release gate, not content").isEqualTo(1);
        assertThat(run("validate", "--profile", "classroom", card.toString()).code())
                .as("by default template text is a warning").isZero();
        assertThat(check.out()).contains("LINT-TEMPLATE-TEXT").contains("still contains template text \"TODO\"");
    }
}
