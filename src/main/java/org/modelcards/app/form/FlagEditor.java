package org.modelcards.app.form;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;

/** A check box for a yes/no field. */
final class FlagEditor implements FieldEditor {
    private final CheckBox box;
    private boolean showing;

    FlagEditor(String label, Consumer<Object> onEdit) {
        box = new CheckBox(label);
        box.selectedProperty().addListener((obs, old, selected) -> {
            if (!showing) {
                onEdit.accept(selected);
            }
        });
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void show(Object value) {
        showing = true;
        try {
            box.setSelected((Boolean) value);
        } finally {
            showing = false;
        }
    }
}
