package org.modelcards.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.app.ExampleCards;
import org.modelcards.app.document.CardDocument;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.model.ModelCard;

class EditorViewModelTest {
    @TempDir
    Path dir;

    private final FieldCatalog catalog = FieldCatalog.standard();
    private final EditorViewModel model = new EditorViewModel(catalog, CatalogTexts.forLocale(Locale.ENGLISH),
            new CardFiles(), new CardDocument(ExampleCards.load(ExampleCards.DEFAULT), null));

    @Test
    void startsOnTheFirstSectionWithTheExampleCard() {
        assertThat(model.sectionProperty().get().id()).isEqualTo("details");
        assertThat(model.document().card().details().name()).isEqualTo("tiny-sentiment-en");
        assertThat(model.progressText(model.document()).get()).endsWith(" of " + catalog.authoredFields().size() + " fields filled");
    }

    @Test
    void saveThenOpenGivesTheSameCardAndACleanDocument() throws Exception {
        model.document().edit(catalog.require("details.name"), "renamed");
        Path file = dir.resolve("card.modelcard.json");
        assertThat(model.save(file)).isEmpty();
        assertThat(model.document().isDirty()).isFalse();
        ModelCard saved = model.document().card();
        model.newCard();
        assertThat(model.document().card()).isEqualTo(ModelCard.EMPTY);
        assertThat(model.open(file)).isEmpty();
        assertThat(model.document().card()).isEqualTo(saved);
        assertThat(model.document().file()).contains(file);
        assertThat(model.document().isDirty()).isFalse();
    }

    @Test
    void aBrokenFileIsAProblemAndTheOpenDocumentStays() throws Exception {
        Path file = dir.resolve("broken.modelcard.json");
        Files.writeString(file, "{\"schemaVersion\": \"1.0\",\n \"details\": {\"name\": [1]}}");
        CardDocument before = model.document();
        var problem = model.open(file);
        assertThat(problem).isPresent();
        assertThat(problem.get().toString()).isEqualTo(file + ":2:22: details.name must be a string, not an array");
        assertThat(model.document()).isSameAs(before);
    }

    @Test
    void anOpenedReadmeIsSavedBackInPlaceChangingOnlyTheEditedLines() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.copy(Path.of("src/test/resources/fixtures/nasty/crlf.md"), readme);
        String before = Files.readString(readme);
        assertThat(model.open(readme)).isEmpty();
        model.document().edit(catalog.require("details.pipelineTag"), "text-generation");
        assertThat(model.save(readme)).isEmpty();
        String after = Files.readString(readme);
        assertThat(after).isEqualTo(before.replace("pipeline_tag: text-classification\r\n", "pipeline_tag: text-generation\r\n"));
        assertThat(model.document().isDirty()).isFalse();
        model.document().edit(catalog.require("details.pipelineTag"), "text-classification");
        model.save(readme);
        assertThat(Files.readString(readme)).as("a second save patches the file as it now is").isEqualTo(before);
    }

    @Test
    void saveAsPicksTheFormatFromTheNameAndReportsLosses() throws Exception {
        Path readme = dir.resolve("copy/README.md");
        assertThat(model.save(readme)).isEmpty();
        assertThat(Files.readString(readme)).startsWith("---\nlicense: apache-2.0\n");
        Path bom = dir.resolve("bom.cdx.json");
        assertThat(model.save(bom)).isNotEmpty();
        assertThat(Files.readString(bom)).contains("\"bomFormat\": \"CycloneDX\"");
    }

    @Test
    void anExportListsWhatItLosesBeforeWritingAndLeavesTheDocumentsFileAlone() throws Exception {
        Path bom = dir.resolve("card.cdx.json");
        var preview = model.exportPreview(bom);
        assertThat(Files.exists(bom)).as("nothing is written before the user decides").isFalse();
        assertThat(preview.losses()).extracting(l -> l.fieldId()).contains("details.citationBibtex");
        model.export(bom, preview);
        assertThat(Files.readString(bom)).isEqualTo(preview.text());
        assertThat(model.document().file()).isEmpty();
        assertThat(model.document().isDirty()).isFalse();
    }

    @Test
    void progressFollowsEdits() {
        model.newCard();
        var progress = model.progressText(model.document());
        assertThat(progress.get()).startsWith("0 of ");
        model.document().edit(catalog.require("details.name"), "x");
        assertThat(progress.get()).startsWith("1 of ");
    }
}
