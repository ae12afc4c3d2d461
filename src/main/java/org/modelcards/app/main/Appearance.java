package org.modelcards.app.main;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Parent;

/** Text size and light or dark theme, applied to the window's root so every control follows. */
final class Appearance {
    static final int DEFAULT_SIZE = 13;
    private static final int MIN_SIZE = 9;
    private static final int MAX_SIZE = 28;
    private final IntegerProperty fontSize = new SimpleIntegerProperty(DEFAULT_SIZE);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final String darkSheet = Appearance.class.getResource("/org/modelcards/app/dark.css").toExternalForm();

    Appearance(Parent root) {
        fontSize.addListener((obs, old, size) -> root.setStyle("-fx-font-size: " + size + "px;"));
        dark.addListener((obs, was, is) -> {
            if (is) {
                root.getStylesheets().add(darkSheet);
            } else {
                root.getStylesheets().remove(darkSheet);
            }
        });
    }

    void larger() {
        fontSize.set(Math.min(MAX_SIZE, fontSize.get() + 1));
    }

    void smaller() {
        fontSize.set(Math.max(MIN_SIZE, fontSize.get() - 1));
    }

    void resetSize() {
        fontSize.set(DEFAULT_SIZE);
    }

    BooleanProperty darkProperty() {
        return dark;
    }

    IntegerProperty fontSizeProperty() {
        return fontSize;
    }
}
