package org.modelcards.app.importing;

import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** Gives a dialog the main window's look: a dialog is a scene of its own and inherits none of its sheets. */
final class DialogLook {
    private DialogLook() {
    }

    /** The owner's scene sheets (the studio's) and its root's (the dark theme when on), and its text size. */
    static void from(Window owner, DialogPane pane) {
        if (owner == null || owner.getScene() == null) {
            return;
        }
        pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        pane.getStylesheets().addAll(owner.getScene().getRoot().getStylesheets());
        pane.setStyle(owner.getScene().getRoot().getStyle());
    }
}
