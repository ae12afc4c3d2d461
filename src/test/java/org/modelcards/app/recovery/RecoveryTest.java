package org.modelcards.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.app.ExampleCards;
import org.modelcards.app.document.CardDocument;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.model.ModelCard;

class RecoveryTest {
    @TempDir
    Path dir;

    @Test
    void aDirtyDocumentIsKeptAndOfferedBackAfterACrash() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        CardDocument doc = new CardDocument(ExampleCards.load(ExampleCards.DEFAULT), Path.of("/cards/tiny.modelcard.json"));
        Autosaver autosaver = new Autosaver(store, () -> doc, Duration.seconds(5));
        autosaver.tick();
        assertThat(store.leftovers()).as("a clean document leaves nothing").isEmpty();
        doc.edit(FieldCatalog.standard().require("details.name"), "unsaved work");
        autosaver.tick();
        var left = new RecoveryStore(dir).leftovers();
        assertThat(left).hasSize(1);
        assertThat(left.get(0).card()).isEqualTo(doc.card());
        assertThat(left.get(0).origin()).contains(Path.of("/cards/tiny.modelcard.json"));
    }

    @Test
    void savingOrUndoingToTheSavedStateDropsTheSnapshot() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        CardDocument doc = new CardDocument(ModelCard.EMPTY, null);
        Autosaver autosaver = new Autosaver(store, () -> doc, Duration.seconds(5));
        doc.edit(FieldCatalog.standard().require("details.name"), "x");
        autosaver.tick();
        assertThat(store.leftovers()).hasSize(1);
        doc.undo();
        autosaver.tick();
        assertThat(store.leftovers()).isEmpty();
        doc.redo();
        autosaver.tick();
        autosaver.stop();
        assertThat(store.leftovers()).as("a normal exit leaves nothing to recover").isEmpty();
    }

    @Test
    void aBrokenSnapshotIsSkippedNotFatal() throws Exception {
        Files.writeString(dir.resolve("junk.recovery.modelcard.json"), "{ not json");
        RecoveryStore store = new RecoveryStore(dir);
        store.keep("ok", ModelCard.EMPTY, Optional.empty());
        assertThat(store.leftovers()).extracting(RecoveryStore.Snapshot::key).containsExactly("ok");
    }
}
