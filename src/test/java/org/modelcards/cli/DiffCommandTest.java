package org.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.cli.CliTest.Run;

class DiffCommandTest {
    static final Path JSON = Path.of("assets/examples/tiny-sentiment.modelcard.json");
    static final Path README = Path.of("assets/examples/tiny-sentiment/README.md");

    @TempDir
    Path dir;

    @Test
    void theSameCardInTwoFormatsHasNoDifferences() {
        Run run = CliTest.run("diff", JSON.toString(), README.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("0 changes; completeness 100% -> 100%");
    }

    @Test
    void differencesExitOneAndAreListedInEachFormat() throws Exception {
        Path after = dir.resolve("README.md");
        Files.copy(README, after);
        assertThat(CliTest.run("set", after.toString(), "license=mit", "details.version=").code()).isZero();
        Run text = CliTest.run("diff", README.toString(), after.toString());
        assertThat(text.code()).isEqualTo(1);
        assertThat(text.out()).contains("~ license.id: apache-2.0 -> mit").contains("- details.version: 1.0.0");
        Run markdown = CliTest.run("diff", "--format", "markdown", README.toString(), after.toString());
        assertThat(markdown.out()).contains("### Changes (2)").contains("**changed** Licence id (`license.id`)");
        Run json = CliTest.run("diff", "--format", "json", README.toString(), after.toString());
        assertThat(json.out()).contains("\"path\": \"license.id\"");
    }

    @Test
    void anUnreadableInputIsExitTwo() {
        Run run = CliTest.run("diff", JSON.toString(), "src/test/resources/fixtures/nasty/latin1.md");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("latin1.md:10:36: not UTF-8");
        assertThat(CliTest.run("diff", JSON.toString()).code()).isEqualTo(2);
    }
}
