package org.modelcards.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.formats.OpenedCard;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.validation.checker.CardChecker;
import org.modelcards.core.validation.FileValidation;
import org.modelcards.core.validation.Strictness;
import org.modelcards.core.validation.checker.Validator;

/**
 * Hostile READMEs: each case is generated with the problem it must report, runs under a hang guard,
 * and (with the rest of this package) in a JVM limited to 256 MB of heap during {@code mvn verify}.
 */
class HostileReadmeTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final CardFiles files = new CardFiles();
    private final CardChecker checker = new CardChecker(Validator.standard(), files, Profile.HUGGINGFACE, Strictness.RELEASE);

    private FileValidation check(String name, String text) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        return assertTimeoutPreemptively(HANG_GUARD, () -> checker.check(file));
    }

    @Test
    void aliasesToOneLongScalarAreOneProblemNotGigabytes() throws Exception {
        StringBuilder text = new StringBuilder("---\na: &a \"").append("x".repeat(100_000)).append("\"\nb:\n");
        for (int i = 0; i < 3000; i++) {
            text.append("- *a\n");
        }
        FileValidation result = check("README.md", text.append("---\n# Card\n").toString());
        assertThat(result.report().issues()).anyMatch(i -> i.message().contains("aliases repeat their text")
                && i.at().line() == 2);
    }

    @Test
    void aFrontMatterOfOneHugeQuotedStringIsRefusedAtItsLineQuickly() throws Exception {
        FileValidation result = check("README.md", "---\nlicense: mit\ndescription: \"" + "y".repeat(4_900_000)
                + "\"\n---\n# Card\n");
        assertThat(result.report().issues()).anyMatch(i -> i.message().contains("without a space or line break")
                && i.at().line() == 3 && i.at().column() == 14);
    }

    @Test
    void anEightMegabyteReadmeIsReadValidatedAndEditedInASmallHeap() throws Exception {
        StringBuilder text = new StringBuilder("---\nlicense: mit\ntags:\n- big\n---\n\n# Model Card for big\n\n");
        String paragraph = "The model was trained on public data and evaluated by language and domain. ".repeat(20);
        for (int i = 0; text.length() < 8_500_000; i++) {
            text.append("## Section ").append(i).append("\n\n").append(paragraph).append("\n\n");
        }
        FileValidation result = check("README.md", text.toString());
        assertThat(result.readable()).isTrue();
        OpenedCard opened = assertTimeoutPreemptively(HANG_GUARD, () -> files.open(dir.resolve("README.md")));
        WriteResult edited = assertTimeoutPreemptively(HANG_GUARD,
                () -> opened.render(opened.card().withLicense(opened.card().license().withId("apache-2.0"))));
        assertThat(edited.losses()).isEmpty();
        assertThat(edited.text()).hasSize(text.length() + "apache-2.0".length() - "mit".length());
    }

    @Test
    void mergeKeysAreResolvedAndAnEditNextToThemDoesNotCorruptTheFile() throws Exception {
        String text = "---\ndefaults: &d {split: test}\nlicense: mit\nother:\n  <<: *d\n  name: x\n---\n# Model Card for m\n";
        Path file = Files.writeString(dir.resolve("README.md"), text);
        OpenedCard opened = files.open(file);
        WriteResult edited = opened.render(opened.card().withLicense(opened.card().license().withId("apache-2.0")));
        assertThat(edited.losses()).isEmpty();
        assertThat(edited.text()).isEqualTo(text.replace("license: mit", "license: apache-2.0"));
    }
}
