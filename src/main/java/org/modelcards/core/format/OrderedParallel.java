package org.modelcards.core.format;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a task over many inputs in parallel and hands the results back in input order, keeping only
 * a bounded window in flight so that memory does not grow with the number of inputs.
 */
public final class OrderedParallel {
    private final int threads;

    public OrderedParallel(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** Calls {@code inOrder} on this thread with {@code task}'s result for each input, in input order. */
    public <T, R> void run(List<T> inputs, Function<T, R> task, Consumer<R> inOrder) throws InterruptedException {
        if (threads == 1 || inputs.size() < 2) {
            inputs.forEach(input -> inOrder.accept(task.apply(input)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "modelcard-worker");
            thread.setDaemon(true);
            return thread;
        });
        int window = threads * 8;
        Deque<Future<R>> inFlight = new ArrayDeque<>();
        try {
            int next = 0;
            while (next < inputs.size() || !inFlight.isEmpty()) {
                while (next < inputs.size() && inFlight.size() < window) {
                    T input = inputs.get(next++);
                    inFlight.add(pool.submit(() -> task.apply(input)));
                }
                inOrder.accept(inFlight.poll().get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a task failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
