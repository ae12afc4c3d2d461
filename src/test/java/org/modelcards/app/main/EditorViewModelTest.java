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
import org.modelcards.core.format.CardFiles;
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
        model.saveAs(file);
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
    void progressFollowsEdits() {
        model.newCard();
        var progress = model.progressText(model.document());
        assertThat(progress.get()).startsWith("0 of ");
        model.document().edit(catalog.require("details.name"), "x");
        assertThat(progress.get()).startsWith("1 of ");
    }
}
