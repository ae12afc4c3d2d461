package org.modelcards.core.format.eumdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.ModelCard;

/** The exports bundled next to the example GPAI card are what the writers give today (regenerate with convert). */
class BundledExportsTest {
    private static final Path CARD = Path.of("assets/examples/ostrea-large-2.modelcard.json");
    private static final Path DIR = Path.of("assets/examples/ostrea-large-2");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"form.ai-office.mdf.md, ai-office, md", "form.authority.mdf.md, authority, md",
        "form.downstream.mdf.md, downstream, md", "form.authority.mdf.html, authority, html",
        "form.downstream.mdf.json, downstream, json", "training-summary.md, , md"})
    void theBundledExportIsCurrent(String file, String recipient, String layout) throws Exception {
        ModelCard card = new NativeJsonFormat().read(Files.readString(CARD), CARD.toString());
        CardFormat format = recipient == null ? new TrainingSummaryFormat()
                : new ModelDocumentationFormat().forRecipient(recipient).orElseThrow();
        String expected = format.inLayout(layout).orElseThrow().writer().orElseThrow().write(card).text();
        assertThat(Files.readString(DIR.resolve(file))).as(file + ": regenerate with modelcard convert").isEqualTo(expected);
    }
}
