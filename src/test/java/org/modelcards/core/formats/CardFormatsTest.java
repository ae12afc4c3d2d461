package org.modelcards.core.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.core.format.CardFormat;

/** The registry: what each format declares decides detection, walks, names and the writable list. */
class CardFormatsTest {
    private final CardFormats formats = CardFormats.standard();

    private String detect(String name, String text) {
        return formats.detect(name, text).id();
    }

    @Test
    void theNameDecidesFirstAndJsonIsToldApartByItsKeys() {
        assertThat(detect("README.md", "{\"bomFormat\":\"CycloneDX\"}")).isEqualTo("hf");
        assertThat(detect("notes.txt", "# Card")).isEqualTo("hf");
        assertThat(detect("card.html", "<p>")).isEqualTo("html");
        assertThat(detect("bom.json", "{\"bomFormat\":\"CycloneDX\",\"model_details\":{}}")).isEqualTo("cyclonedx");
        assertThat(detect("model_card.json", "{\"model_details\":{\"name\":\"a\"}}")).isEqualTo("mct");
        assertThat(detect("x.mct.json", "{\"schemaVersion\":\"1.0\",\"model_details\":{}}")).isEqualTo("json");
        assertThat(detect("card.modelcard.json", "{\"schemaVersion\":\"1.0\"}")).isEqualTo("json");
        assertThat(detect("broken.json", "{")).isEqualTo("json");
    }

    @Test
    void theWritableListAndTheReadableEndingsComeFromTheFormats() {
        assertThat(formats.writable()).extracting(CardFormat::id).containsExactly("hf", "json", "mct", "cyclonedx", "spdx", "eval-results", "html", "eu-mdf", "eu-summary");
        assertThat(formats.readable()).extracting(CardFormat::id).doesNotContain("html", "spdx");
        assertThat(formats.isReadableName("README.MD")).isTrue();
        assertThat(formats.isReadableName("card.json")).isTrue();
        assertThat(formats.isReadableName("card.html")).isFalse();
        assertThat(formats.isReadableName("image.png")).isFalse();
    }

    @Test
    void namesUseTheLongestEnding() {
        assertThat(formats.baseName("card.modelcard.json")).isEqualTo("card");
        assertThat(formats.baseName("bom.cdx.json")).isEqualTo("bom");
        assertThat(formats.baseName("README.md")).isEqualTo("README");
        assertThat(formats.baseName(".md")).isEqualTo(".md");
        CardFormat json = formats.byId("json").orElseThrow();
        assertThat(formats.byName("out.mct.json", json).id()).isEqualTo("mct");
        assertThat(formats.byName("out.json", json).id()).isEqualTo("json");
        assertThat(formats.byName("page.htm", json).id()).isEqualTo("html");
        assertThat(formats.byName("out", json).id()).isEqualTo("json");
        assertThat(formats.byId("hf").orElseThrow().outputName("readme")).isEqualTo("README.md");
        assertThat(formats.byId("mct").orElseThrow().outputName("card")).isEqualTo("card.mct.json");
    }

    @Test
    void aFolderWalkTakesTheReadableFilesInNameOrderAndSkipsHiddenFolders(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.modelcard.json"), "{}");
        Files.writeString(dir.resolve("a.md"), "# a");
        Files.writeString(dir.resolve("page.html"), "<p>");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/c.md"), "# c");
        assertThat(new CardPaths(formats).expand(List.of(dir))).containsExactly(dir.resolve("a.md"),
                dir.resolve("b.modelcard.json"));
    }

    @Test
    void aFallbackOutsideTheListIsRefused() {
        CardFormat readme = formats.byId("hf").orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CardFormats(List.of(formats.byId("json").orElseThrow()),
                readme)).isInstanceOf(IllegalArgumentException.class);
    }
}
