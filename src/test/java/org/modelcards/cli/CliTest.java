package org.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.modelcards.core.catalog.FieldCatalog;

class CliTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheCommands() {
        Run run = run("--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: modelcard").contains("fields").contains("schema").contains("new")
                .contains("validate").contains("convert").contains("set").contains("rules")
                .contains("Exit codes");
    }

    @Test
    void versionNamesTheProduct() {
        Run run = run("--version");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Model Card Studio ").contains("Java 17");
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        Run run = run("frobnicate");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("frobnicate");
        assertThat(run("--bogus").code()).isEqualTo(2);
    }

    @Test
    void anUnknownProfileIsAUsageError() {
        Run run = run("fields", "--profile", "nope");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown profile: nope");
    }

    @Test
    void fieldsListsEveryCatalogueId() {
        Run run = run("fields", "--columns", "--profile", "eu-gpai");
        assertThat(run.code()).isZero();
        for (var field : FieldCatalog.standard().fields()) {
            assertThat(run.out()).contains(field.id());
        }
        assertThat(run.out()).containsPattern("\\* training\\.flops\\s+number");
        assertThat(run.out()).contains("datasetSplit");
    }

    @Test
    void schemaPrintsTheDraft202012Schema() {
        Run run = run("schema");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
                .contains("\"outOfScope\"");
    }

    /** The CLI contract: help and version work without a display and without loading JavaFX. */
    @Test
    void helpRunsInAFreshJvmWithoutLoadingJavaFx() throws Exception {
        Path log = Files.createTempFile("classes", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Djava.awt.headless=true", "-verbose:class",
                "-cp", System.getProperty("java.class.path"), "org.modelcards.Main", "--help"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("DISPLAY");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        assertThat(process.exitValue()).isZero();
        assertThat(output).contains("Usage: modelcard");
        assertThat(output).doesNotContain("javafx.").doesNotContain("org.modelcards.app.");
    }
}
