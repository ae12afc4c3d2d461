package org.modelcards.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.model.ModelCard;

class CardDocumentTest {
    private final CardField name = FieldCatalog.standard().require("details.name");
    private final ModelCard card = name.write(ModelCard.EMPTY, "tiny");

    @Test
    void aNewDocumentIsCleanAndTitledByTheCardName() {
        CardDocument doc = new CardDocument(card, null);
        assertThat(doc.isDirty()).isFalse();
        assertThat(doc.titleProperty().get()).isEqualTo("tiny — Model Card Studio");
        assertThat(new CardDocument(ModelCard.EMPTY, null).titleProperty().get()).startsWith("Untitled card");
    }

    @Test
    void editingMakesItDirtyAndEditingBackMakesItCleanAgain() {
        CardDocument doc = new CardDocument(card, Path.of("/cards/tiny.modelcard.json"));
        doc.edit(name, "tinier");
        assertThat(doc.isDirty()).isTrue();
        assertThat(doc.titleProperty().get()).isEqualTo("*tinier — tiny.modelcard.json — Model Card Studio");
        doc.edit(name, "tiny");
        assertThat(doc.isDirty()).isFalse();
        assertThat(doc.titleProperty().get()).doesNotStartWith("*");
    }

    @Test
    void savingMovesTheCleanMarkToTheCurrentSnapshot() {
        CardDocument doc = new CardDocument(card, null);
        doc.edit(name, "saved name");
        doc.markSaved(Path.of("out.modelcard.json"), null);
        assertThat(doc.isDirty()).isFalse();
        assertThat(doc.file()).contains(Path.of("out.modelcard.json"));
        doc.edit(name, "tiny");
        assertThat(doc.isDirty()).as("the original is no longer the saved state").isTrue();
    }

    @Test
    void anUnchangedValueIsNotAnEdit() {
        CardDocument doc = new CardDocument(card, null);
        ModelCard before = doc.card();
        doc.edit(name, "tiny");
        assertThat(doc.card()).isSameAs(before);
    }
}
