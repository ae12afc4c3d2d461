package org.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.cli.CliTest.Run;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.WriteResult;

/** convert: outputs never replace inputs, never leave the output folder, never collide; lossy READMEs are refused. */
class ConvertSafetyTest {
    static final Path EXAMPLE = Path.of("assets/examples/tiny-sentiment.modelcard.json");
    static final Path NASTY = Path.of("src/test/resources/fixtures/nasty");

    @TempDir
    Path dir;

    @Test
    void anInputIsNotOverwrittenThroughASymlinkedFolder() throws Exception {
        Path ow = Files.createDirectories(dir.resolve("ow"));
        Path card = Files.copy(EXAMPLE, ow.resolve("card.modelcard.json"));
        Path owlink = Files.createSymbolicLink(dir.resolve("owlink"), Path.of("ow"));
        byte[] before = Files.readAllBytes(card);

        Run run = CliTest.run("convert", card.toString(), "--to", "html", "-o", owlink.resolve("card.modelcard.json").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(owlink.resolve("card.modelcard.json") + ": not written: it is an input (use --overwrite to replace it)\n");
        assertThat(Files.readAllBytes(card)).isEqualTo(before);
    }

    @Test
    void anInputIsNotOverwrittenThroughAHardLinkOrDotDot() throws Exception {
        Path card = Files.copy(EXAMPLE, Files.createDirectories(dir.resolve("in")).resolve("card.modelcard.json"));
        Path hard = Files.createLink(dir.resolve("hard.modelcard.json"), card);
        byte[] before = Files.readAllBytes(card);
        assertThat(CliTest.run("convert", card.toString(), "--to", "html", "-o", hard.toString()).code()).isEqualTo(2);
        Path dotted = dir.resolve("in/../in/card.modelcard.json");
        assertThat(CliTest.run("convert", card.toString(), "--to", "html", "-o", dotted.toString()).err()).contains("it is an input");
        assertThat(Files.readAllBytes(card)).isEqualTo(before);
    }

    @Test
    void twoInputsWithOneOutputNameStopTheRunBeforeAnythingIsWritten() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(EXAMPLE, in.resolve("a.json"));
        Files.copy(NASTY.resolve("crlf.md"), in.resolve("a.md"));
        Files.copy(EXAMPLE, in.resolve("b.json"));
        Path out = dir.resolve("out");

        Run run = CliTest.run("convert", in.toString(), "--to", "json", "-o", out.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(out.resolve("a.modelcard.json") + ": " + in.resolve("a.json") + " and " + in.resolve("a.md")
                + " would both be written here; nothing was written (rename one input, or convert them separately)\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void readmeAndLowerCaseReadmeCollide() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(NASTY.resolve("crlf.md"), in.resolve("README.md"));
        Files.copy(NASTY.resolve("bom.md"), in.resolve("readme.md"));
        Path out = dir.resolve("out");

        Run toHf = CliTest.run("convert", in.toString(), "--to", "hf", "-o", out.toString());
        assertThat(toHf.code()).isEqualTo(2);
        assertThat(toHf.err()).contains(out.resolve("README.md") + ": " + in.resolve("README.md") + " and " + in.resolve("readme.md")
                + " would both be written here");

        Run toJson = CliTest.run("convert", in.toString(), "--to", "json", "-o", out.toString());
        assertThat(toJson.code()).isEqualTo(2);
        assertThat(toJson.err()).contains("differ only in letter case");
        assertThat(out).doesNotExist();
    }

    @Test
    void aSymlinkedFolderInsideTheOutputFolderIsNotWrittenThrough() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("sub"), Path.of("../outside"));
        Files.createSymbolicLink(out.resolve("y.modelcard.json"), Path.of("../outside/y.modelcard.json"));
        Files.createSymbolicLink(out.resolve("inside"), Path.of("."));
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(EXAMPLE, Files.createDirectories(in.resolve("sub")).resolve("x.json"));
        Files.copy(EXAMPLE, in.resolve("y.json"));
        Files.copy(EXAMPLE, Files.createDirectories(in.resolve("inside")).resolve("z.json"));
        Files.copy(EXAMPLE, in.resolve("w.json"));

        Run run = CliTest.run("convert", in.toString(), "--to", "json", "-o", out.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(out.resolve("sub/x.modelcard.json") + ": not written: " + out.toAbsolutePath().resolve("sub")
                + " is a symbolic link out of the output folder " + out + " (to " + outside.toRealPath() + ")");
        assertThat(run.err()).contains(out.resolve("y.modelcard.json") + ": not written: ");
        try (var listing = Files.list(outside)) {
            assertThat(listing).isEmpty();
        }
        assertThat(out.resolve("w.modelcard.json")).exists();
        assertThat(out.resolve("z.modelcard.json")).as("a link that stays inside is fine").exists();
    }

    @Test
    void aReadmeWhoseFrontMatterCannotBeReadIsRefusedUnlessLossIsAllowed() throws Exception {
        Path readme = NASTY.resolve("tabs-in-yaml.md");
        Run refused = CliTest.run("convert", readme.toString(), "--to", "json");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).startsWith(readme + ":8:1: invalid YAML in front matter: ")
                .endsWith("; not converted to json: the front matter's metadata would be lost (--allow-loss converts the rest)\n");
        assertThat(refused.err().lines()).hasSize(1);

        Run allowed = CliTest.run("convert", readme.toString(), "--to", "json", "--allow-loss");
        assertThat(allowed.code()).isZero();
        assertThat(allowed.out()).contains("\"schemaVersion\"");
        assertThat(allowed.err()).startsWith(readme + ":8:1: not in the json output: the front matter's metadata "
                + "(license, language, pipeline_tag, inference), which cannot be read: invalid YAML in front matter: ");
    }

    @Test
    void everyUnreadFrontMatterIsRefusedAndTheOthersStillConvert() throws Exception {
        Path out = dir.resolve("out");
        Run run = CliTest.run("convert", NASTY.resolve("unclosed-front-matter.md").toString(), NASTY.resolve("duplicate-keys.md").toString(),
                NASTY.resolve("alias-bomb.md").toString(), NASTY.resolve("front-matter-is-a-list.md").toString(),
                NASTY.resolve("crlf.md").toString(), "--to", "mct", "-o", out.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(NASTY.resolve("unclosed-front-matter.md") + ":1:1: ", NASTY.resolve("duplicate-keys.md") + ":5:1: ",
                NASTY.resolve("alias-bomb.md") + ":3:8: ", NASTY.resolve("front-matter-is-a-list.md") + ":2:1: ");
        try (var listing = Files.list(out)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("crlf.mct.json");
        }
    }

    @Test
    void aBrokenReadmeConvertedToAReadmeKeepsItsBytes() throws Exception {
        Path out = dir.resolve("README.md");
        Run run = CliTest.run("convert", NASTY.resolve("tabs-in-yaml.md").toString(), "--to", "hf", "-o", out.toString());
        assertThat(run.code()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(NASTY.resolve("tabs-in-yaml.md")));
    }

    /** No unedited README loses anything today; this is the rule for when a writer change makes one. */
    @Test
    void aReadmeThatWouldNotReadBackIsRefusedNamingTheLostFields() {
        WriteResult lossy = new WriteResult("x", List.of(new Loss("license.id", "does not read back"),
                new Loss("details.tags", "does not read back"), new Loss("license.id", "again")));
        assertThat(ConversionLosses.sameFormatRefusal(Path.of("cards/README.md"), lossy)).contains(
                "cards/README.md: not converted: the README written back would lose license.id, details.tags (--allow-loss writes it anyway)");
        assertThat(ConversionLosses.sameFormatRefusal(Path.of("README.md"), new WriteResult("x", List.of()))).isEmpty();
    }

    @Test
    void aReadOnlyOutputIsReportedOnceWithoutTheTemporaryFile() throws Exception {
        Path out = Files.writeString(dir.resolve("card.html"), "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
        Run run = CliTest.run("convert", EXAMPLE.toString(), "--to", "html", "-o", out.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("cannot write " + out + ": the file is read-only\n");
        assertThat(Files.readString(out)).isEqualTo("old");
    }

    @Test
    void fileNamesAreEscapedInProblems() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("bad\n::error file=x::y.md"), "caf\u00e9", StandardCharsets.ISO_8859_1);
        Run run = CliTest.run("convert", in.toString(), "--to", "json", "-o", dir.resolve("out").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(in + "/bad\\n::error file=x::y.md:1:4: not UTF-8 text: byte 0xE9 cannot start or continue "
                + "a UTF-8 character (save the file as UTF-8)\n");
    }
}
