package org.modelcards.app.recovery;

import java.io.IOException;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.modelcards.app.document.CardDocument;

/**
 * Keeps the open document's unsaved changes in the {@link RecoveryStore} every few seconds while it
 * is dirty, and drops them once it is clean again (saved, or undone back to the saved state).
 */
public final class Autosaver {
    private final RecoveryStore store;
    private final Supplier<CardDocument> document;
    private final String key = UUID.randomUUID().toString();
    private final Timeline timer;
    private Object lastKept;

    public Autosaver(RecoveryStore store, Supplier<CardDocument> document, Duration every) {
        this.store = store;
        this.document = document;
        this.timer = new Timeline(new KeyFrame(every, e -> tick()));
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    public void start() {
        timer.play();
    }

    /** Writes a snapshot when the document changed since the last one; removes it when the document is clean. */
    public void tick() {
        CardDocument doc = document.get();
        try {
            if (!doc.isDirty()) {
                if (lastKept != null) {
                    store.discard(key);
                    lastKept = null;
                }
            } else if (doc.card() != lastKept) {
                store.keep(key, doc.card(), doc.file());
                lastKept = doc.card();
            }
        } catch (IOException e) {
            // the recovery copy is a safety net; failing to write it must not disturb editing
        }
    }

    /** Called on a normal exit: nothing to recover. */
    public void stop() {
        timer.stop();
        try {
            store.discard(key);
        } catch (IOException e) {
            // a leftover snapshot is offered at the next start, which is harmless
        }
    }
}
