package org.modelcards.app.form;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;

/** A text field or text area whose text is the field's value. */
class TextEditor implements FieldEditor {
    private final TextInputControl control;
    private boolean showing;

    TextEditor(TextInputControl control, Consumer<Object> onEdit) {
        this.control = control;
        control.textProperty().addListener((obs, old, text) -> {
            if (!showing) {
                onEdit.accept(text);
            }
        });
    }

    @Override
    public Node node() {
        return control;
    }

    @Override
    public void show(Object value) {
        String text = (String) value;
        if (!text.equals(control.getText())) {
            showing = true;
            try {
                control.setText(text);
            } finally {
                showing = false;
            }
        }
    }
}
