package org.modelcards.app.controls;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * An edit still open in a control (a table cell being typed into) that must be kept before the
 * card is saved, exported or closed: Ctrl+S does not move the focus, so without this the file
 * would be written without what was just typed.
 */
public final class PendingEdits {
    private static final Object KEY = PendingEdits.class;

    private PendingEdits() {
    }

    /** Marks {@code editor} as holding an open edit that {@code commit} keeps. */
    public static void mark(Node editor, Runnable commit) {
        editor.getProperties().put(KEY, commit);
    }

    public static void unmark(Node editor) {
        editor.getProperties().remove(KEY);
    }

    /** Keeps the open edit of the focused control or of one of its parents, if there is one. */
    public static void flush(Scene scene) {
        if (scene == null) {
            return;
        }
        for (Node node = scene.getFocusOwner(); node != null; node = node.getParent()) {
            Object commit = node.getProperties().get(KEY);
            if (commit instanceof Runnable r) {
                r.run();
                return;
            }
        }
    }
}
