package org.modelcards.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.util.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.app.document.CardDocument;
import org.modelcards.app.main.EditorViewModel;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.model.ModelCard;

/**
 * Issue 16, part 1: open a README, type, crash, restart, restore: the document is the original
 * file plus the recovered edits, and undo, dirtiness and saving treat it so. No stage needed.
 */
class RestoreTest {
    static final Path REAL = Path.of("src/test/resources/org/modelcards/app/recovery/README.md");
    private static final String PIPELINE = "pipeline_tag: text-classification\n";
    private static final String DOWNSTREAM = "Fine-tuning for other review domains (restaurants, apps) with a few thousand labelled examples.";

    @TempDir
    Path dir;

    private final FieldCatalog catalog = FieldCatalog.standard();
    private final CardFiles files = new CardFiles();
    private Path recovery;
    private Path readme;
    private String original;
    private ModelCard originalCard;
    private ModelCard edited;

    /** The first run: opens the README, edits two fields (front matter and body), autosaves, crashes. */
    @BeforeEach
    void editThenCrash() throws Exception {
        recovery = dir.resolve("recovery");
        readme = Files.createDirectories(dir.resolve("cards")).resolve("README.md");
        Files.copy(REAL, readme);
        original = Files.readString(readme);
        EditorViewModel first = editor();
        assertThat(first.open(readme)).isEmpty();
        originalCard = first.document().card();
        first.document().edit(catalog.require("details.pipelineTag"), "text-generation");
        first.document().edit(catalog.require("intendedUse.downstreamUse"), "Fine-tuning for restaurant reviews.");
        edited = first.document().card();
        RecoveryStore firstInstance = RecoveryStore.open(recovery);
        new Autosaver(firstInstance, firstInstance.newKey(), first.documentProperty(), Duration.seconds(5), Runnable::run)
                .tick();
        firstInstance.close(); // kill -9: the lock goes with the process, the snapshot stays
    }

    @Test
    void theSnapshotKeepsThePathTheFormatAndTheOriginalText() throws Exception {
        try (RecoveryStore store = RecoveryStore.open(recovery)) {
            RecoveryStore.Work work = store.orphans().get(0).work();
            assertThat(work.card()).isEqualTo(edited);
            assertThat(work.file()).contains(readme);
            assertThat(work.formatId()).contains("hf");
            assertThat(work.original()).contains(original);
            store.release();
        }
    }

    @Test
    void restoreThenUndoNeverGoesBelowTheOriginalCardAndNeverShowsCleanWithRecoveredEdits() throws Exception {
        try (RecoveryStore store = RecoveryStore.open(recovery)) {
            CardDocument doc = restoreNewest(store, store.newKey());
            assertThat(doc.card()).isEqualTo(edited);
            assertThat(doc.isDirty()).as("recovered edits are unsaved").isTrue();
            assertThat(doc.titleProperty().get()).startsWith("*");
            assertThat(doc.file()).contains(readme);
            assertThat(doc.savedCard()).contains(originalCard);

            doc.undo();
            assertThat(doc.card()).as("one undo goes back to the file as opened, not to an empty card")
                    .isEqualTo(originalCard);
            assertThat(doc.card().details().name()).isEqualTo("review-sentiment-de-en");
            assertThat(doc.isDirty()).as("that is what is on disk").isFalse();
            assertThat(doc.canUndoProperty().get()).isFalse();
            doc.undo();
            assertThat(doc.card()).isEqualTo(originalCard);

            doc.redo();
            assertThat(doc.card()).isEqualTo(edited);
            assertThat(doc.isDirty()).isTrue();
        }
    }

    @Test
    void saveAfterRestoreWritesTheOriginalBytesWithOnlyTheEditedLinesChanged() throws Exception {
        try (RecoveryStore store = RecoveryStore.open(recovery)) {
            String key = store.newKey();
            EditorViewModel second = editor();
            second.show(restoreNewest(store, key));
            Autosaver autosaver = new Autosaver(store, key, second.documentProperty(), Duration.seconds(5), Runnable::run);

            assertThat(second.prepareSave(readme).losses()).isEmpty();
            assertThat(second.save(readme)).isEmpty();
            String expected = original.replace(PIPELINE, "pipeline_tag: text-generation\n")
                    .replace(DOWNSTREAM, "Fine-tuning for restaurant reviews.");
            assertThat(expected).isNotEqualTo(original);
            assertThat(Files.readString(readme)).isEqualTo(expected);
            assertThat(second.document().isDirty()).isFalse();
            assertThat(store.mine()).as("saved: nothing left to recover").isEmpty();

            second.document().undo();
            assertThat(second.save(readme)).isEmpty();
            assertThat(Files.readString(readme)).as("undo to the original and save gives the original bytes back")
                    .isEqualTo(original);
            autosaver.stop();
        }
    }

    @Test
    void undoingTheRecoveredEditsKeepsTheSnapshotUntilSaved() throws Exception {
        try (RecoveryStore store = RecoveryStore.open(recovery)) {
            String key = store.newKey();
            EditorViewModel second = editor();
            second.show(restoreNewest(store, key));
            Autosaver autosaver = new Autosaver(store, key, second.documentProperty(), Duration.seconds(5), Runnable::run);
            assertThat(store.mine()).as("adopted by this instance as soon as it is restored").hasSize(1);
            second.document().undo();
            autosaver.tick();
            assertThat(store.mine()).as("the recovered edits can still be redone").hasSize(1);
            assertThat(store.mine().get(0).card()).isEqualTo(edited);
            second.document().redo();
            second.save(readme);
            assertThat(store.mine()).isEmpty();
            autosaver.stop();
        }
    }

    @Test
    void thePromptSaysWhenTheFileChangedOnDiskSinceTheSnapshot() throws Exception {
        Files.writeString(readme, original.replace("license: apache-2.0", "license: mit"));
        try (RecoveryStore store = RecoveryStore.open(recovery)) {
            RecoveryViewModel offers = new RecoveryViewModel(store, files, ZoneOffset.UTC);
            RecoveryViewModel.Offer offer = offers.load().get(0);
            assertThat(offer.disk()).isEqualTo(RecoveryViewModel.DiskState.CHANGED);
            assertThat(offers.title(offer)).isEqualTo("\"review-sentiment-de-en\" — README.md");
            assertThat(offers.details(offer)).contains("in " + readme.getParent())
                    .contains("by process " + ProcessHandle.current().pid())
                    .contains("README.md has changed on disk since");
            CardDocument doc = offers.restore(offer, store.newKey());
            assertThat(doc.savedCard()).as("restored against the text the edits were made on").contains(originalCard);
            offers.finish();
        }
    }

    @Test
    void thePromptSaysWhenTheFileIsGoneAndSavingCreatesItFromTheOriginal() throws Exception {
        Files.delete(readme);
        try (RecoveryStore store = RecoveryStore.open(recovery)) {
            RecoveryViewModel offers = new RecoveryViewModel(store, files, ZoneOffset.UTC);
            RecoveryViewModel.Offer offer = offers.load().get(0);
            assertThat(offer.disk()).isEqualTo(RecoveryViewModel.DiskState.MISSING);
            assertThat(offers.details(offer)).contains("README.md is no longer on disk");
            EditorViewModel second = editor();
            second.show(offers.restore(offer, store.newKey()));
            offers.finish();
            second.document().undo();
            second.save(readme);
            assertThat(Files.readString(readme)).isEqualTo(original);
        }
    }

    @Test
    void anUnchangedFileIsNotFlagged() throws Exception {
        try (RecoveryStore store = RecoveryStore.open(recovery)) {
            RecoveryViewModel offers = new RecoveryViewModel(store, files, ZoneOffset.UTC);
            RecoveryViewModel.Offer offer = offers.load().get(0);
            assertThat(offer.disk()).isEqualTo(RecoveryViewModel.DiskState.UNCHANGED);
            assertThat(offers.details(offer)).doesNotContain("disk");
            offers.finish();
        }
    }

    @Test
    void restoredWorkThatWasNeverSavedIsNeverClean() {
        ModelCard card = catalog.require("details.name").write(ModelCard.EMPTY, "draft");
        CardDocument doc = new RecoveryViewModel(null, files, ZoneOffset.UTC)
                .document(new RecoveryStore.Work(card, java.util.Optional.empty(), java.util.Optional.empty(),
                        java.util.Optional.empty()));
        assertThat(doc.card()).isEqualTo(card);
        assertThat(doc.isDirty()).isTrue();
        assertThat(doc.canUndoProperty().get()).as("nothing below the recovered card").isFalse();
        doc.undo();
        assertThat(doc.card()).isEqualTo(card);
        assertThat(doc.file()).isEmpty();
    }

    private CardDocument restoreNewest(RecoveryStore store, String key) throws Exception {
        RecoveryViewModel offers = new RecoveryViewModel(store, files, ZoneOffset.UTC);
        List<RecoveryViewModel.Offer> offered = offers.load();
        assertThat(offered).hasSize(1);
        CardDocument doc = offers.restore(offered.get(0), key);
        offers.finish();
        return doc;
    }

    private EditorViewModel editor() {
        return new EditorViewModel(catalog, CatalogTexts.forLocale(Locale.ENGLISH), files,
                new CardDocument(ModelCard.EMPTY, null));
    }
}
