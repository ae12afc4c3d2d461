package org.modelcards.app.form;

import javafx.scene.Node;

/** The control that edits one field's value, by the field's kind. */
interface FieldEditor {
    /** The control to place in the form. */
    Node node();

    /** Shows {@code value} without reporting it back as an edit. */
    void show(Object value);
}
