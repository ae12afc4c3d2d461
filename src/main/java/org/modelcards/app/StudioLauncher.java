package org.modelcards.app;

import javafx.application.Application;

/**
 * Starts the editor from a plain class, so that a classpath launch ({@code java -jar}) does not
 * trip JavaFX's "runtime components are missing" check on {@link Application} main classes.
 */
public final class StudioLauncher {
    private StudioLauncher() {
    }

    public static void launch(String... args) {
        Application.launch(StudioApp.class, args);
    }
}
