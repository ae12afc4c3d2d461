package org.modelcards.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.modelcards.app.ExampleCards;
import org.modelcards.app.StudioApp;
import org.modelcards.app.document.CardDocument;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ModelCard;

/**
 * The editor's figures in a real window (run it on a display, e.g. under {@code xvfb-run -a}), one
 * process each, printing one {@code key=value} line that {@link ProcessBenchmark} reads:
 * <ul>
 * <li>{@code bare}: a bare JavaFX window (a label), JVM start to its first frame (the anchor);</li>
 * <li>{@code studio}: the editor's main window on the example card, JVM start to the first frame with
 *     the form laid out;</li>
 * <li>{@code typing CARD}: keys typed through the glass robot into the description field of a card
 *     ({@code FILE}, or {@code results:N} for the example with N evaluation rows), each timed from the
 *     key press to the end of the pulse that lays the changed text out (its frame is painted from that
 *     pulse); 70 keys 60 ms apart, the first 10 not counted.</li>
 * </ul>
 */
public final class WindowProbe {
    private static final int KEYS = 70;
    private static final int WARMUP = 10;

    private WindowProbe() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        String mode = args.length > 0 ? args[0] : "bare";
        CountDownLatch done = new CountDownLatch(1);
        String[] result = new String[1];
        Platform.runLater(() -> {
            Stage stage = new Stage();
            switch (mode) {
                case "bare" -> {
                    stage.setScene(new Scene(new Label("hello"), 1280, 800));
                    stage.show();
                    afterFirstFrame(stage.getScene(), () -> {
                        result[0] = "firstFrameMs=" + sinceJvmStart();
                        done.countDown();
                    });
                }
                case "studio" -> {
                    StudioApp.show(stage, new CardDocument(ExampleCards.load(ExampleCards.DEFAULT), null));
                    afterFirstFrame(stage.getScene(), () -> {
                        result[0] = "firstFrameMs=" + sinceJvmStart();
                        done.countDown();
                    });
                }
                default -> {
                    try {
                        StudioApp.show(stage, new CardDocument(card(args[1]), null));
                    } catch (Exception e) {
                        result[0] = "error=" + e;
                        done.countDown();
                        return;
                    }
                    type(stage.getScene(), latencies -> {
                        result[0] = "typing " + summary(latencies);
                        done.countDown();
                    });
                }
            }
        });
        if (!done.await(300, TimeUnit.SECONDS)) {
            result[0] = "error=timed out";
        }
        System.out.println(result[0]);
        System.out.flush();
        Platform.exit();
        System.exit(0);
    }

    private static ModelCard card(String spec) throws Exception {
        if (spec.startsWith("results:")) {
            ModelCard example = ExampleCards.load(ExampleCards.DEFAULT);
            List<EvalResult> rows = new ArrayList<>();
            List<EvalResult> base = example.evaluation().results();
            for (int i = 0; i < Integer.parseInt(spec.substring("results:".length())); i++) {
                rows.add(base.get(i % base.size()).withSlice("slice " + i));
            }
            return example.withEvaluation(example.evaluation().withResults(rows));
        }
        return new CardFiles().read(Path.of(spec));
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Runs {@code then} after the first pulse that follows the window being shown (a frame is drawn from it). */
    private static void afterFirstFrame(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private static void type(Scene scene, java.util.function.Consumer<long[]> report) {
        PauseTransition settle = new PauseTransition(Duration.millis(1500));
        settle.setOnFinished(e -> {
            TextInputControl field = (TextInputControl) scene.lookup("#field-details-description");
            Robot robot = new Robot();
            // keys go to the window under the pointer on a display without a window manager: click into the field
            javafx.geometry.Bounds bounds = field.localToScreen(field.getBoundsInLocal());
            robot.mouseMove(bounds.getCenterX(), bounds.getCenterY());
            robot.mouseClick(javafx.scene.input.MouseButton.PRIMARY);
            field.requestFocus();
            field.positionCaret(field.getLength());
            long[] latencies = new long[KEYS];
            long[] pressed = new long[1];
            int[] key = {0};
            int[] length = {field.getLength()};
            Runnable[] next = new Runnable[1];
            scene.addPostLayoutPulseListener(() -> {
                if (pressed[0] != 0 && field.getLength() != length[0]) {
                    latencies[key[0]] = System.nanoTime() - pressed[0];
                    pressed[0] = 0;
                    length[0] = field.getLength();
                    key[0]++;
                    PauseTransition gap = new PauseTransition(Duration.millis(60));
                    gap.setOnFinished(g -> next[0].run());
                    gap.play();
                }
            });
            next[0] = () -> {
                if (key[0] == KEYS) {
                    report.accept(latencies);
                    return;
                }
                pressed[0] = System.nanoTime();
                robot.keyType(KeyCode.X);
            };
            next[0].run();
        });
        settle.play();
    }

    private static String summary(long[] latencies) {
        long[] kept = java.util.Arrays.copyOfRange(latencies, WARMUP, latencies.length);
        java.util.Arrays.sort(kept);
        return String.format(Locale.ROOT, "p50Ms=%.1f p95Ms=%.1f maxMs=%.1f keys=%d", kept[kept.length / 2] / 1e6,
                kept[(int) Math.floor(0.95 * (kept.length - 1))] / 1e6, kept[kept.length - 1] / 1e6, kept.length);
    }
}
