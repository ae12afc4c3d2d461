package org.modelcards.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.app.ExampleCards;
import org.modelcards.app.document.CardDocument;
import org.modelcards.app.main.EditorViewModel;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.formats.CardFiles;

/** A snapshot is written while there is unsaved work and deleted only once it was saved or discarded. */
class AutosaverTest {
    @TempDir
    Path dir;

    private final FieldCatalog catalog = FieldCatalog.standard();
    private final CardField name = catalog.require("details.name");
    private final EditorViewModel model = new EditorViewModel(catalog, CatalogTexts.forLocale(Locale.ENGLISH),
            new CardFiles(), new CardDocument(ExampleCards.load(ExampleCards.DEFAULT), null));

    @Test
    void aDirtyDocumentIsKeptAndOfferedBackAfterACrash() throws Exception {
        RecoveryStore store = RecoveryStore.open(dir);
        Autosaver autosaver = new Autosaver(store, store.newKey(), model.documentProperty(), Duration.seconds(5), Runnable::run);
        autosaver.tick();
        assertThat(store.mine()).as("a clean document leaves nothing").isEmpty();
        model.document().edit(name, "unsaved work");
        autosaver.tick();
        store.close(); // crashed
        try (RecoveryStore next = RecoveryStore.open(dir)) {
            var left = next.orphans();
            assertThat(left).hasSize(1);
            assertThat(left.get(0).card()).isEqualTo(model.document().card());
            assertThat(left.get(0).origin()).isEmpty();
            next.release();
        }
    }

    @Test
    void aSnapshotSurvivesUntilSavedOrDiscarded() throws Exception {
        Path file = dir.resolve("card.modelcard.json");
        try (RecoveryStore store = RecoveryStore.open(dir.resolve("recovery"))) {
            Autosaver autosaver = new Autosaver(store, store.newKey(), model.documentProperty(), Duration.seconds(5),
                    Runnable::run);
            model.document().edit(name, "x");
            autosaver.tick();
            assertThat(store.mine()).hasSize(1);

            model.document().undo();
            autosaver.tick();
            assertThat(model.document().isDirty()).isFalse();
            assertThat(store.mine()).as("undone, not discarded: the edit can be redone").hasSize(1);

            model.document().redo();
            model.save(file);
            assertThat(store.mine()).as("saved: gone at once, not at the next tick").isEmpty();

            model.document().edit(name, "y");
            autosaver.tick();
            assertThat(store.mine()).extracting(s -> s.card().details().name()).containsExactly("y");
            assertThat(store.mine().get(0).origin()).contains(file);
            assertThat(store.mine().get(0).work().original()).contains(Files.readString(file));
            model.open(file); // after the window asked Save / Don't Save
            assertThat(store.mine()).isEmpty();

            model.document().edit(name, "z");
            autosaver.tick();
            assertThat(store.mine()).hasSize(1);
            autosaver.stop();
            assertThat(store.mine()).as("a normal exit comes after the user's choice").isEmpty();
        }
    }

    @Test
    void aSaveThatFailsKeepsTheSnapshot() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        try (RecoveryStore store = RecoveryStore.open(dir.resolve("recovery"))) {
            Autosaver autosaver = new Autosaver(store, store.newKey(), model.documentProperty(), Duration.seconds(5),
                    Runnable::run);
            model.document().edit(name, "x");
            autosaver.tick();
            try {
                model.save(notAFolder.resolve("card.modelcard.json"));
            } catch (java.io.IOException expected) {
                // the file cannot be written inside a plain file
            }
            assertThat(model.document().isDirty()).isTrue();
            assertThat(store.mine()).hasSize(1);
            autosaver.stop();
        }
    }

    @Test
    void aRecoveryCopyThatCannotBeWrittenIsReportedNotSwallowed() throws Exception {
        RecoveryStore store = RecoveryStore.open(dir);
        java.util.List<String> problems = new java.util.ArrayList<>();
        Autosaver autosaver = new Autosaver(store, store.newKey(), model.documentProperty(), Duration.seconds(5),
                Runnable::run, problems::add);
        store.close(); // the folder is gone from under it
        model.document().edit(name, "unsaved work");
        autosaver.tick();
        assertThat(problems).singleElement().asString().contains("could not be kept for recovery");
    }
}
