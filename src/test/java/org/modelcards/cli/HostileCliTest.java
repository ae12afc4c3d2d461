package org.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.cli.CliTest.Run;

/**
 * Hostile inputs through the command line: each finishes (the time limit is a hang guard, not a
 * speed assertion), exits as the contract says, and prints only lines of its own making.
 */
class HostileCliTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    /** A value that tries to print a fake finding, a GitHub workflow command and a terminal escape. */
    private static final String INJECTION = "---\nlicense: mit\nlanguage: \"en\\n::error file=x::INJECTED\\r\\n"
            + "/etc/passwd:1:1: error: fake [X]\\e[31m\"\n---\n# Model Card for x\n";

    @TempDir
    Path dir;

    private static Run run(String... args) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> CliTest.run(args));
    }

    @Test
    void validateAndConvertRefuseAFifoInsteadOfWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("README.md");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        Run validate = run("validate", fifo.toString());
        assertThat(validate.code()).isEqualTo(2);
        assertThat(validate.out()).startsWith(fifo + ": error: not a regular file (a FIFO) [FILE-UNREADABLE]\n");
        Run convert = run("convert", fifo.toString(), "--to", "json");
        assertThat(convert.code()).isEqualTo(2);
        assertThat(convert.err()).isEqualTo(fifo + ": not a regular file (a FIFO)\n");
    }

    @Test
    void aValueCannotPrintAFakeFindingInTextOutput() throws Exception {
        Path card = Files.writeString(dir.resolve("README.md"), INJECTION);
        Run run = run("validate", card.toString());
        assertThat(run.code()).isEqualTo(1);
        for (String line : run.out().lines().toList()) {
            assertThat(line).satisfiesAnyOf(l -> assertThat(l).startsWith(card + ":").doesNotContain("\u001b"),
                    l -> assertThat(l).startsWith("1 file checked"));
        }
        assertThat(run.out()).contains(": error: language \"en\\n::error file=x::INJECTED\\r\\n"
                + "/etc/passwd:1:1: error: fake [X]\\u001b[31m\" is not an ISO 639");
    }

    @Test
    void aValueCannotStartAWorkflowCommandInGithubOutput() throws Exception {
        Path card = Files.writeString(dir.resolve("README.md"), INJECTION);
        Run run = run("validate", "--format", "github", card.toString());
        List<String> lines = run.out().lines().toList();
        assertThat(lines).allMatch(l -> l.startsWith("::error file=" + card.toString().replace(":", "%3A") + ",")
                || l.startsWith("::warning file=") || l.startsWith("::notice file="));
        assertThat(lines).filteredOn(l -> l.contains("INJECTED")).singleElement().asString()
                .contains("language \"en%0A::error file=x::INJECTED%0D%0A/etc/passwd:1:1: error: fake [X]\\u001b[31m\"")
                .doesNotContain("\u001b");
    }

    @Test
    void fileNamesWithLineBreaksAndEscapesAreEscaped() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cards"));
        Files.writeString(folder.resolve("x\n::error file=y::z\u001b[2J.md"), "---\nlicense: other\n---\n# Model Card for x\n");
        Run text = run("validate", folder.toString());
        assertThat(text.out()).contains(folder + "/x\\n::error file=y::z\\u001b[2J.md:2:1: warning: license is other")
                .doesNotContain("\u001b").doesNotContain("\n::error");
        Run github = run("validate", "--format", "github", folder.toString());
        assertThat(github.out()).contains("x%0A%3A%3Aerror file=y%3A%3Az\\u001b[2J.md,line=2").doesNotContain("\u001b");
    }

    @Test
    void aHugeExponentFailsFastInValidateAndConvert() throws Exception {
        Path card = Files.writeString(dir.resolve("card.modelcard.json"),
                "{\"schemaVersion\":\"1.0\",\"details\":{\"name\":\"a\",\"parameterCount\":1e999999999}}");
        String message = "number 1e999999999 is out of range: written out it would have more than 1000 digits";
        String line = card + ":1:63: " + message;
        Run validate = run("validate", card.toString());
        assertThat(validate.code()).isEqualTo(2);
        assertThat(validate.out()).startsWith(card + ":1:63: error: " + message + " [JSON-SYNTAX]\n");
        for (String format : List.of("hf", "json", "mct", "cyclonedx", "spdx", "eval-results", "html")) {
            Run convert = run("convert", card.toString(), "--to", format);
            assertThat(convert.code()).as(format).isEqualTo(2);
            assertThat(convert.err()).as(format).isEqualTo(line + "\n");
        }
    }

    @Test
    void thousandsOfDigitsAreReportedWithTheirPlace() throws Exception {
        Path card = Files.writeString(dir.resolve("card.modelcard.json"),
                "{\"schemaVersion\":\"1.0\",\n\"details\":{\"name\":\"a\",\"parameterCount\":" + "9".repeat(5000) + "}}");
        Run run = run("validate", card.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).startsWith(card + ":2:40: error: number too long: 5000 characters (at most 1000 are read) [JSON-SYNTAX]\n");
    }

    private static boolean mkfifo(Path path) {
        try {
            Process process = new ProcessBuilder(List.of("mkfifo", path.toString())).redirectErrorStream(true).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
