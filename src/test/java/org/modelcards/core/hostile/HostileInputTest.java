package org.modelcards.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.format.AtomicFiles;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.validation.checker.CardChecker;
import org.modelcards.core.validation.FileValidation;
import org.modelcards.core.validation.Issue;
import org.modelcards.core.validation.Strictness;
import org.modelcards.core.validation.checker.Validator;

/**
 * Pathological inputs, in the manner of commonmark-java's pathological tests: each case is a small
 * fixture or a generated input with the message it must give. Every case runs under a generous
 * time limit, which guards against a hang (the failures these fix were a blocked read, an
 * out-of-memory and minutes of quadratic parsing), not a speed assertion.
 */
class HostileInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final CardFiles files = new CardFiles();
    private final CardChecker checker = new CardChecker(Validator.standard(), files, Profile.HUGGINGFACE, Strictness.RELEASE);

    private static <T> T finishes(Supplier<T> work) {
        return assertTimeoutPreemptively(HANG_GUARD, work::get);
    }

    /** The one line validation gives for an unreadable file. */
    private String unreadable(Path file) {
        FileValidation result = finishes(() -> checker.check(file));
        assertThat(result.readable()).as(file.toString()).isFalse();
        assertThat(result.report().issues()).hasSize(1);
        Issue issue = result.report().issues().get(0);
        return (issue.at().isKnown() ? file + ":" + issue.at().line() + ":" + issue.at().column() : file.toString())
                + ": " + issue.message();
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    // --- files that are not files -------------------------------------------------------------

    @Test
    void aFifoNamedLikeACardIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("README.md");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        assertThat(unreadable(fifo)).isEqualTo(fifo + ": not a regular file (a FIFO)");
    }

    @Test
    void anEndlessDeviceIsRefusedWithoutReadingIt() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        assertThat(unreadable(zero)).isEqualTo("/dev/zero: not a regular file (a character device)");
    }

    // --- numbers ------------------------------------------------------------------------------

    /** The issue's example: before, toPlainString wrote a billion zeros and the JVM ran out of memory. */
    @Test
    void aHugeExponentInANativeCardIsRefusedAtItsPlace() throws Exception {
        Path card = file("card.modelcard.json", "{\"schemaVersion\":\"1.0\",\"details\":{\"name\":\"a\",\"parameterCount\":1e999999999}}");
        assertThat(unreadable(card)).isEqualTo(card + ":1:63: number 1e999999999 is out of range: written out it would have "
                + "more than 1000 digits");
    }

    @Test
    void aTinyExponentIsRefusedToo() throws Exception {
        Path card = file("card.modelcard.json", "{\"schemaVersion\":\"1.0\",\n\"details\":{\"name\":\"a\",\"parameterCount\":1e-999999999}}");
        assertThat(unreadable(card)).isEqualTo(card + ":2:40: number 1e-999999999 is out of range: written out it would have "
                + "more than 1000 digits");
    }

    /** Before: "nested more than 1000 levels deep" with no position. */
    @Test
    void fiveThousandDigitsAreTooLongNotTooDeep() throws Exception {
        Path card = file("card.modelcard.json", "{\"schemaVersion\":\"1.0\",\n  \"details\":{\"parameterCount\":" + "7".repeat(5000) + "}}");
        assertThat(unreadable(card)).isEqualTo(card + ":2:31: number too long: 5000 characters (at most 1000 are read)");
    }

    @Test
    void anMctCardAndABomWithAHugeExponentAreRefusedAtTheirPlace() throws Exception {
        Path mct = file("model_card.mct.json", "{\"schema_version\":\"0.0.2\",\"model_details\":{\"name\":\"a\"},\n"
                + "\"quantitative_analysis\":{\"performance_metrics\":[{\"type\":\"accuracy\",\"value\":1e999999999}]}}");
        assertThat(unreadable(mct)).startsWith(mct + ":2:76: number 1e999999999 is out of range");
        Path bom = file("bom.cdx.json", "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1E+999999999}");
        assertThat(unreadable(bom)).startsWith(bom + ":1:56: number 1E+999999999 is out of range");
    }

    /** As text the value loads (it is what the author wrote) and validation says what is wrong with it. */
    @Test
    void tenMillionDigitsWrittenAsTextLoadAndAreReportedOutOfRange() throws Exception {
        Path card = file("card.modelcard.json", "{\"schemaVersion\":\"1.0\",\"details\":{\"name\":\"a\",\"parameterCount\":\""
                + "7".repeat(10_000_000) + "\"}}");
        FileValidation result = finishes(() -> checker.check(card));
        assertThat(result.readable()).isTrue();
        assertThat(result.report().issues()).filteredOn(i -> i.ruleId().equals("VALUE-NUMBER")).extracting(Issue::message)
                .containsExactly("details.parameterCount \"77777777777777777777... (10000000 characters)\" is out of range: "
                        + "written out it would have more than 1000 digits.");
    }

    /** A README's model-index value and an unknown key with huge exponents: validated and converted to every format. */
    @Test
    void hugeExponentsInAReadmeConvertToEveryFormatWithoutExpanding() throws Exception {
        Path readme = file("README.md", "---\nlicense: mit\nmodel-index:\n- name: x\n  results:\n  - task:\n      type: text-classification\n"
                + "    dataset:\n      type: imdb\n      name: IMDB\n    metrics:\n    - type: accuracy\n      value: 1e999999999\n"
                + "extra_number: 1e-999999999\n---\n# Model Card for x\n");
        FileValidation result = finishes(() -> checker.check(readme));
        // the Hub takes any metric value (issue 9), so the value is kept as written and not flagged;
        // what matters here is that nothing expands it
        assertThat(result.readable()).isTrue();
        assertThat(result.report().issues()).extracting(Issue::message).noneMatch(m -> m.length() > 10_000);
        LoadedCard loaded = finishes(() -> {
            try {
                return files.load(readme);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        for (CardFormat format : files.formats().writable()) {
            WriteResult written = finishes(() -> format.writer().orElseThrow().write(loaded.card()));
            assertThat(written.text().length()).as(format.id()).isLessThan(100_000);
        }
    }

    // --- structure ----------------------------------------------------------------------------

    @Test
    void deepNestingIsRefusedAtTheBracketThatGoesTooDeep() throws Exception {
        Path card = file("card.modelcard.json", "{\"schemaVersion\":\"1.0\",\"x\":" + "[".repeat(100_000));
        assertThat(unreadable(card)).isEqualTo(card + ":1:1027: nested more than 1000 levels deep: not a model card");
    }

    @Test
    void aHugeKeyIsRefusedWhereItStarts() throws Exception {
        Path card = file("card.modelcard.json", "{\"schemaVersion\":\"1.0\",\n \"" + "k".repeat(100_000) + "\": 1}");
        assertThat(unreadable(card)).isEqualTo(card + ":2:2: key too long: more than 50000 characters");
    }

    // --- writing ------------------------------------------------------------------------------

    @Test
    void aNameNearTheFileSystemLimitCanStillBeSaved() throws Exception {
        Path target = dir.resolve("m".repeat(243 - ".modelcard.json".length()) + ".modelcard.json");
        finishes(() -> {
            try {
                AtomicFiles.writeString(target, "{}");
                return null;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        try (var listing = Files.list(dir)) {
            assertThat(listing.toList()).containsExactly(target);
        }
    }

    static boolean mkfifo(Path path) {
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
