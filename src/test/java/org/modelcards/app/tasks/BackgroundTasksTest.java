package org.modelcards.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {
    @Test
    void workRunsOnTheWorkExecutorAndItsResultOnTheFxOneWhileTheStatusSaysWhatIsRunning() {
        List<Runnable> work = new ArrayList<>();
        List<Runnable> fx = new ArrayList<>();
        Executor queueWork = work::add;
        Executor queueFx = fx::add;
        BackgroundTasks tasks = new BackgroundTasks(queueWork, queueFx);
        List<String> results = new ArrayList<>();

        tasks.run("Saving README.md…", () -> "written", results::add, e -> results.add("failed"));
        assertThat(tasks.runningProperty().get()).isEqualTo("Saving README.md…");
        assertThat(results).isEmpty();
        work.remove(0).run();
        assertThat(results).as("the result waits for the FX thread").isEmpty();
        fx.remove(0).run();
        assertThat(results).containsExactly("written");
        assertThat(tasks.runningProperty().get()).isEmpty();
    }

    @Test
    void aFailureReachesItsHandler() {
        BackgroundTasks tasks = BackgroundTasks.sameThread();
        List<String> seen = new ArrayList<>();
        tasks.run("", () -> {
            throw new java.io.IOException("disk full");
        }, v -> seen.add("done"), e -> seen.add(e.getMessage()));
        assertThat(seen).containsExactly("disk full");
    }
}
