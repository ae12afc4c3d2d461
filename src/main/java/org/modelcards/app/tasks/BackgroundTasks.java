package org.modelcards.app.tasks;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs slow work (reading, writing, rendering and checking a large card) away from the FX thread
 * and hands its result back on it, so the window keeps drawing and taking keys meanwhile. Tests
 * use {@link #sameThread()}, where everything happens at once, in order.
 *
 * <p>{@link #runningProperty()} says what is in progress ("Saving README.md…"), for the status bar;
 * it is updated on the FX side only.
 */
public final class BackgroundTasks {
    private final Executor work;
    private final Executor fx;
    private final ReadOnlyStringWrapper running = new ReadOnlyStringWrapper(this, "running", "");
    private int inProgress;

    public BackgroundTasks(Executor work, Executor fx) {
        this.work = work;
        this.fx = fx;
    }

    /** Work on one daemon thread pool of two (the machine's cores are the user's), results on the FX thread. */
    public static BackgroundTasks background() {
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "background work");
            thread.setDaemon(true);
            return thread;
        });
        return new BackgroundTasks(pool, Platform::runLater);
    }

    /** Everything at once on the calling thread: for tests and for work that must be done before going on. */
    public static BackgroundTasks sameThread() {
        return new BackgroundTasks(Runnable::run, Runnable::run);
    }

    /**
     * Runs {@code task} off the FX thread, then {@code done} with its result or {@code failed} with
     * what it threw, on the FX thread. {@code message} (may be blank) is shown while it runs.
     */
    public <T> void run(String message, Callable<T> task, Consumer<T> done, Consumer<Exception> failed) {
        started(message);
        work.execute(() -> {
            T result;
            try {
                result = task.call();
            } catch (Exception e) {
                fx.execute(() -> {
                    finished();
                    failed.accept(e);
                });
                return;
            }
            fx.execute(() -> {
                finished();
                done.accept(result);
            });
        });
    }

    private void started(String message) {
        inProgress++;
        if (!message.isBlank()) {
            running.set(message);
        }
    }

    private void finished() {
        inProgress--;
        if (inProgress == 0) {
            running.set("");
        }
    }

    /** What is being done in the background, "" when nothing is. */
    public ReadOnlyStringProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
