package org.modelcards.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.modelcards.app.ExampleCards;
import org.modelcards.app.StudioApp;
import org.modelcards.app.document.CardDocument;
import org.modelcards.app.preview.PreviewViewModel;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ModelCard;

/**
 * Editor budgets from DESIGN.md: the window up about as fast as a bare JavaFX window, and a
 * keystroke updating issues within a frame (16 ms) on a 20 KB card and 100 ms on a 600 KB card.
 * Runs headless through Monocle. Prints medians; a harness, not a test.
 */
public final class EditorBenchmark {
    private EditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ModelCard example = ExampleCards.load(ExampleCards.DEFAULT);
        ModelCard large = enlarge(example, 600 * 1024);
        NativeJsonFormat json = new NativeJsonFormat();

        long[] shown = new long[1];
        onFx(() -> {
            long t = System.nanoTime();
            Stage stage = new Stage();
            StudioApp.show(stage, new CardDocument(example, null));
            shown[0] = System.nanoTime() - t;
        });
        long sinceJvm = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(Locale.ROOT, "window built and shown: %d ms (JVM start to shown: %d ms, Monocle, no WebView yet)%n",
                shown[0] / 1_000_000, sinceJvm);

        for (ModelCard card : List.of(example, large)) {
            int size = json.write(card).text().length();
            CardDocument doc = new CardDocument(card, null);
            CardDocument[] holder = {doc};
            onFx(() -> StudioApp.show(new Stage(), holder[0]));
            CardField description = FieldCatalog.standard().require("details.description");
            String base = card.details().description();
            long[] keystrokes = new long[60];
            for (int i = 0; i < keystrokes.length; i++) {
                String next = base + "x".repeat(i + 1);
                long[] took = new long[1];
                onFx(() -> {
                    long t = System.nanoTime();
                    holder[0].edit(description, next);
                    took[0] = System.nanoTime() - t;
                });
                keystrokes[i] = took[0];
            }
            PreviewViewModel preview = new PreviewViewModel();
            long[] renders = new long[15];
            for (int i = 0; i < renders.length; i++) {
                long t = System.nanoTime();
                preview.render(doc.card(), Optional.empty());
                renders[i] = System.nanoTime() - t;
            }
            System.out.printf(Locale.ROOT, "%4d KB card: keystroke -> card, validation, issues and form updated: median %.1f ms, "
                    + "p90 %.1f ms; preview render (off the FX thread, coalesced): median %.1f ms%n",
                    size / 1024, median(keystrokes, 10), percentile(keystrokes, 10, 0.9), median(renders, 5));
        }
        Platform.exit();
    }

    /** The example grown to about {@code bytes}: long prose and many evaluation rows, as a big real card has. */
    static ModelCard enlarge(ModelCard card, int bytes) {
        NativeJsonFormat json = new NativeJsonFormat();
        List<EvalResult> rows = new ArrayList<>(card.evaluation().results());
        StringBuilder prose = new StringBuilder(card.bias().limitations());
        ModelCard grown = card;
        int i = 0;
        while (json.write(grown).text().length() < bytes) {
            for (int k = 0; k < 40; k++, i++) {
                rows.add(card.evaluation().results().get(i % card.evaluation().results().size()).withSlice("slice " + i));
            }
            prose.append("\n- A further limitation observed on slice ").append(i).append(": accuracy drops on long inputs.");
            grown = card.withEvaluation(card.evaluation().withResults(rows))
                    .withBias(card.bias().withLimitations(prose.toString()));
        }
        return grown;
    }

    private static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await(60, TimeUnit.SECONDS);
    }

    private static double median(long[] nanos, int skipWarmup) {
        return percentile(nanos, skipWarmup, 0.5);
    }

    private static double percentile(long[] nanos, int skipWarmup, double p) {
        long[] kept = Arrays.copyOfRange(nanos, skipWarmup, nanos.length);
        Arrays.sort(kept);
        return kept[(int) Math.min(kept.length - 1, Math.floor(p * kept.length))] / 1e6;
    }
}
