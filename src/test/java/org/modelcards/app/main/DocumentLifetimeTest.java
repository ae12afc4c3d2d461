package org.modelcards.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modelcards.app.ExampleCards;
import org.modelcards.app.StudioApp;
import org.modelcards.app.document.CardDocument;
import org.modelcards.core.catalog.FieldCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Listeners live as long as their document: a window that opened 50 cards holds only the last. */
@ExtendWith(ApplicationExtension.class)
class DocumentLifetimeTest {
    private EditorViewModel model;

    @Start
    void start(Stage stage) {
        StudioApp.show(stage, new CardDocument(ExampleCards.load(ExampleCards.DEFAULT), null), link -> { }, m -> model = m);
    }

    @Test
    void documentsReplacedInTheWindowAreCollected(FxRobot robot) throws Exception {
        List<WeakReference<CardDocument>> old = new ArrayList<>();
        var sections = FieldCatalog.standard().sections();
        for (int i = 0; i < 50; i++) {
            int n = i;
            robot.interact(() -> {
                CardDocument doc = new CardDocument(ExampleCards.load(ExampleCards.DEFAULT), null);
                old.add(new WeakReference<>(doc));
                model.show(doc);
                if (n < 5) {
                    // the first few visit other sections, so their forms (and the results chart) are built too
                    model.sectionProperty().set(sections.get(n * 3 % sections.size()));
                }
            });
        }
        robot.interact(() -> model.show(new CardDocument(ExampleCards.load(ExampleCards.DEFAULT), null)));
        WaitForAsyncUtils.waitForFxEvents();
        for (int attempt = 0; attempt < 20 && old.stream().anyMatch(r -> r.get() != null); attempt++) {
            System.gc();
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
        }
        long alive = old.stream().filter(r -> r.get() != null).count();
        assertThat(alive).as("documents still reachable after being replaced").isZero();
    }
}
