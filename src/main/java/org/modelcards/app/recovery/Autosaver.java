package org.modelcards.app.recovery;

import java.io.IOException;
import java.util.concurrent.Executor;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;
import org.modelcards.app.document.CardDocument;
import org.modelcards.core.model.ModelCard;

/**
 * Keeps the open document's unsaved work in the {@link RecoveryStore} every few seconds while it
 * is dirty.
 *
 * <p>The snapshot goes only when the work is safe or unwanted: when the document is saved, when it
 * is replaced by another (the window has asked the user to save or not first) and on a normal exit.
 * Undoing back to the saved state does not drop it, since the undone edits can still be redone.
 * What to keep is taken on the FX thread (immutable values); writing happens on {@code writer}, in
 * order, so a slow disk never holds up typing.
 */
public final class Autosaver {
    private final RecoveryStore store;
    private final String key;
    private final ObservableValue<CardDocument> document;
    private final Executor writer;
    private final Timeline timer;
    private final ChangeListener<Number> onSave = (obs, old, now) -> drop();
    private final java.util.function.Consumer<String> problems;
    private CardDocument watched;
    private ModelCard lastKept;

    /**
     * @param key the document's key in {@code store}; a restored document keeps the key its
     *     snapshot was adopted under, so the snapshot stays until this saver replaces or drops it
     */
    public Autosaver(RecoveryStore store, String key, ObservableValue<CardDocument> document, Duration every,
            Executor writer) {
        this(store, key, document, every, writer, problem -> { });
    }

    /**
     * @param problems told (on the writer's thread) when a recovery copy could not be written: the
     *     work is then not safe, and the user must know; the editing itself goes on undisturbed
     */
    public Autosaver(RecoveryStore store, String key, ObservableValue<CardDocument> document, Duration every,
            Executor writer, java.util.function.Consumer<String> problems) {
        this.problems = problems;
        this.store = store;
        this.key = key;
        this.document = document;
        this.writer = writer;
        this.timer = new Timeline(new KeyFrame(every, e -> tick()));
        timer.setCycleCount(Timeline.INDEFINITE);
        watch(document.getValue());
        document.addListener((obs, old, now) -> {
            drop();
            watch(now);
        });
    }

    public void start() {
        timer.play();
    }

    /** Writes a snapshot when the document has unsaved changes it does not hold yet. */
    public void tick() {
        CardDocument doc = document.getValue();
        if (doc.isDirty() && doc.card() != lastKept) {
            RecoveryStore.Work work = RecoveryStore.Work.of(doc);
            lastKept = doc.card();
            writer.execute(() -> {
                try {
                    store.keep(key, work);
                } catch (IOException | RuntimeException e) {
                    // the recovery copy is a safety net: failing to write it must not stop editing, but is said
                    problems.accept("Unsaved changes could not be kept for recovery: " + e.getMessage());
                }
            });
        }
    }

    /** Called on a normal exit, after the user saved or chose not to: nothing is left to recover. */
    public void stop() {
        timer.stop();
        drop();
    }

    private void watch(CardDocument doc) {
        if (watched != null) {
            watched.savesProperty().removeListener(onSave);
        }
        watched = doc;
        doc.savesProperty().addListener(onSave);
    }

    private void drop() {
        lastKept = null;
        writer.execute(() -> {
            try {
                store.discard(key);
            } catch (IOException e) {
                // a leftover snapshot is offered at the next start, which is harmless
            }
        });
    }
}
