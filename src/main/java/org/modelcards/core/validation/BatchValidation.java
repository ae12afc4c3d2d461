package org.modelcards.core.validation;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Checks many files in parallel and hands the results back in input order, keeping only a bounded
 * window of files in flight so that memory does not grow with the number of files.
 */
public final class BatchValidation {
    private final CardChecker checker;
    private final int threads;

    public BatchValidation(CardChecker checker, int threads) {
        this.checker = checker;
        this.threads = Math.max(1, threads);
    }

    /** Checks {@code paths}, calling {@code inOrder} on this thread for each result in the order of {@code paths}. */
    public void run(List<Path> paths, Consumer<FileValidation> inOrder) throws InterruptedException {
        if (threads == 1 || paths.size() < 2) {
            paths.forEach(path -> inOrder.accept(checker.check(path)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "modelcard-validate");
            thread.setDaemon(true);
            return thread;
        });
        int window = threads * 8;
        Deque<Future<FileValidation>> inFlight = new ArrayDeque<>();
        try {
            int next = 0;
            while (next < paths.size() || !inFlight.isEmpty()) {
                while (next < paths.size() && inFlight.size() < window) {
                    Path path = paths.get(next++);
                    inFlight.add(pool.submit(() -> checker.check(path)));
                }
                inOrder.accept(inFlight.poll().get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a check failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
