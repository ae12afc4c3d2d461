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
        doc.markSaved(Path.of("out.modelcard.json"), doc.card(), null);
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

    @Test
    void typingInOneFieldIsOneUndoStepAndUndoingBackToTheSavedStateIsClean() {
        CardDocument doc = new CardDocument(card, null);
        doc.edit(name, "t");
        doc.edit(name, "ti");
        doc.edit(name, "tin");
        assertThat(doc.canUndoProperty().get()).isTrue();
        doc.undo();
        assertThat(doc.card()).isEqualTo(card);
        assertThat(doc.isDirty()).isFalse();
        assertThat(doc.canUndoProperty().get()).isFalse();
        doc.redo();
        assertThat(doc.card().details().name()).isEqualTo("tin");
        assertThat(doc.isDirty()).isTrue();
    }

    @Test
    void anotherFieldOrTheEndOfTypingStartsANewStep() {
        CardField version = FieldCatalog.standard().require("details.version");
        CardDocument doc = new CardDocument(card, null);
        doc.edit(name, "a");
        doc.edit(version, "1.0");
        doc.edit(name, "ab");
        doc.endTyping();
        doc.edit(name, "abc");
        doc.undo();
        assertThat(doc.card().details().name()).isEqualTo("ab");
        doc.undo();
        assertThat(doc.card().details().name()).isEqualTo("a");
        assertThat(doc.card().details().version()).isEqualTo("1.0");
        doc.undo();
        doc.undo();
        assertThat(doc.card()).isEqualTo(card);
    }

    @Test
    void dirtyAfterUndoThenANewEditAndRedoIsClearedByAnEdit() {
        CardDocument doc = new CardDocument(card, null);
        doc.edit(name, "x");
        doc.markSaved(Path.of("c.modelcard.json"), doc.card(), null);
        doc.undo();
        assertThat(doc.isDirty()).as("the saved snapshot was 'x'").isTrue();
        doc.redo();
        assertThat(doc.isDirty()).isFalse();
        doc.undo();
        doc.edit(name, "y");
        assertThat(doc.canRedoProperty().get()).isFalse();
        assertThat(doc.isDirty()).isTrue();
    }

    @Test
    void replacingTheCardIsOneStep() {
        CardDocument doc = new CardDocument(card, null);
        ModelCard other = name.write(ModelCard.EMPTY, "other");
        doc.replace(other);
        doc.undo();
        assertThat(doc.card()).isEqualTo(card);
    }

    /**
     * A section assigned before others: those now follow the field in the file, and the document's
     * card says so as the file read again does, so that saving reads back and changes no byte.
     */
    @Test
    void assigningASectionBeforeOthersKeepsTheSaveByteForByte(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        Path readme = folder.resolve("README.md");
        java.nio.file.Files.writeString(readme, """
                # Tiny model

                ## Responsibility

                Be careful with it.

                ## Community

                Join us on the forum.

                ## Acknowledgements

                Thanks to everyone.
                """);
        var opened = new org.modelcards.core.formats.CardFiles().open(readme);
        CardDocument doc = new CardDocument(opened);
        doc.edit(name, "tiny");
        doc.undo();
        doc.assignSection("Responsibility", "bias.recommendations");

        assertThat(FieldCatalog.standard().require("bias.recommendations").read(doc.card()).toString())
                .contains("Be careful with it.");
        assertThat(doc.card()).isEqualTo(doc.source().orElseThrow().card());
        assertThat(doc.isDirty()).isFalse();
        var written = doc.source().orElseThrow().render(doc.card());
        assertThat(written.losses()).isEmpty();
        assertThat(written.text()).isEqualTo(opened.text());
        doc.redo();
        assertThat(doc.source().orElseThrow().render(doc.card()).losses()).isEmpty();
    }

    @Test
    void eachCommittedCellIsOneUndoStepAndTypingInOneCellMerges() {
        CardField risks = FieldCatalog.standard().require("misuse.risks");
        CardDocument doc = new CardDocument(card, null);
        var blank = org.modelcards.core.model.MisuseRisk.EMPTY;
        doc.edit(risks, java.util.List.of(blank.withRisk("a")), null);
        doc.edit(risks, java.util.List.of(blank.withRisk("a").withHarmed("b")), null);
        doc.edit(risks, java.util.List.of(blank.withRisk("a").withHarmed("b").withMitigation("c")), "misuse.risks[0].mitigation");
        doc.edit(risks, java.util.List.of(blank.withRisk("a").withHarmed("b").withMitigation("cd")), "misuse.risks[0].mitigation");
        assertThat(doc.undoFieldProperty().get()).isEqualTo("misuse.risks");

        doc.undo();
        assertThat(doc.card().misuse().risks()).containsExactly(blank.withRisk("a").withHarmed("b"));
        doc.undo();
        assertThat(doc.card().misuse().risks()).containsExactly(blank.withRisk("a"));
        doc.undo();
        assertThat(doc.card().misuse().risks()).isEmpty();
        assertThat(doc.canUndoProperty().get()).isFalse();
        assertThat(doc.redoFieldProperty().get()).isEqualTo("misuse.risks");
    }
}
