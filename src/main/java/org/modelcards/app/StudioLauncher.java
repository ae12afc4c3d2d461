package org.modelcards.app;

import java.util.Optional;
import javafx.application.Application;
import org.modelcards.app.preview.PreviewViewModel;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Strictness;
import org.modelcards.core.validation.checker.Validator;

/**
 * Starts the editor from a plain class, so that a classpath launch ({@code java -jar}) does not
 * trip JavaFX's "runtime components are missing" check on {@link Application} main classes.
 */
public final class StudioLauncher {
    private StudioLauncher() {
    }

    public static void launch(String... args) {
        warmUp();
        Application.launch(StudioApp.class, args);
    }

    /**
     * Loads and exercises the core (catalogue, Jackson, rules, the example card, the preview) on a
     * second core while JavaFX starts, so the window is built with warm classes: the editor's first
     * frame then costs little more than a bare window's. Nothing is kept; only classes and JIT warm.
     */
    static void warmUp() {
        Thread thread = new Thread(() -> {
            var card = ExampleCards.load(ExampleCards.DEFAULT);
            CatalogTexts.forLocale(java.util.Locale.getDefault()).label("details.name");
            Validator.standard().validate(CardSubject.of(card), Profile.HUGGINGFACE, Strictness.DRAFT);
            new PreviewViewModel().render(card, Optional.empty());
        }, "warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
