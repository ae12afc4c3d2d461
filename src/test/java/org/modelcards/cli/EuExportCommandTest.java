package org.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.cli.CliTest.Run;

/** {@code convert --to eu-mdf --recipient ...} and {@code --to eu-summary}, and the README's warning. */
class EuExportCommandTest {
    private static final Path GPAI = Path.of("assets/examples/ostrea-large-2.modelcard.json");

    @TempDir
    Path dir;

    @Test
    void theFormIsWrittenForTheRecipientAskedFor() {
        Run run = CliTest.run("convert", GPAI.toString(), "--to", "eu-mdf", "--recipient", "authority");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("# Model Documentation Form: ostrea-large-2-instruct")
                .contains("For: **National competent authorities**").contains("10^24 FLOP");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void everyRecipientAndLayoutGetsItsOwnFileInAFolder() throws Exception {
        for (String recipient : new String[] {"ai-office", "authority", "downstream"}) {
            for (String layout : new String[] {"md", "html", "json"}) {
                Run run = CliTest.run("convert", GPAI.toString(), "--to", "eu-mdf", "--recipient", recipient, "--layout", layout,
                        "-o", dir.toString());
                assertThat(run.code()).as(recipient + " " + layout).isZero();
            }
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "ostrea-large-2.ai-office.mdf.html", "ostrea-large-2.ai-office.mdf.json", "ostrea-large-2.ai-office.mdf.md",
                    "ostrea-large-2.authority.mdf.html", "ostrea-large-2.authority.mdf.json", "ostrea-large-2.authority.mdf.md",
                    "ostrea-large-2.downstream.mdf.html", "ostrea-large-2.downstream.mdf.json", "ostrea-large-2.downstream.mdf.md");
        }
        assertThat(Files.readString(dir.resolve("ostrea-large-2.downstream.mdf.json"))).contains("\"recipient\": \"downstream\"");
    }

    @Test
    void aFormWithoutARecipientOrWithAWrongOneIsAUsageError() {
        Run none = CliTest.run("convert", GPAI.toString(), "--to", "eu-mdf");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("eu-mdf writes one document per recipient: add --recipient ai-office|authority|downstream");
        Run wrong = CliTest.run("convert", GPAI.toString(), "--to", "eu-mdf", "--recipient", "public");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("eu-mdf has no recipient public (use ai-office, authority, downstream)");
        Run notApplicable = CliTest.run("convert", GPAI.toString(), "--to", "json", "--recipient", "authority");
        assertThat(notApplicable.code()).isEqualTo(2);
        assertThat(notApplicable.err()).contains("json writes one document for everyone; --recipient does not apply");
        Run layout = CliTest.run("convert", GPAI.toString(), "--to", "eu-summary", "--layout", "pdf");
        assertThat(layout.err()).contains("eu-summary has no layout pdf (use md, html, json)");
    }

    @Test
    void thePublicSummaryIsItsOwnExport() {
        Run run = CliTest.run("convert", GPAI.toString(), "--to", "eu-summary", "--layout", "html");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("More than 10 trillion tokens");
    }

    @Test
    void theReadmeExportWarnsOfEveryItemTheFormGivesOnlyToAuthorities() {
        Run run = CliTest.run("convert", GPAI.toString(), "--to", "hf");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("## EU AI Act Documentation").contains("## Public Summary of Training Content");
        assertThat(run.err()).contains(GPAI + ": warning: training.flops: publishes Model Documentation Form item 7.2 "
                + "(Training compute), which the form gives only to the AI Office and national authorities");
        assertThat(run.err().lines().filter(l -> l.contains(": warning: "))).hasSize(18);
        assertThat(run.err()).doesNotContain("cannot carry");
        Run ordinary = CliTest.run("convert", "assets/examples/tiny-sentiment.modelcard.json", "--to", "hf");
        assertThat(ordinary.err()).doesNotContain("warning");
    }
}
