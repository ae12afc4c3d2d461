package org.modelcards.app.form;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.TextArea;

/** A list of short texts edited one item per line; blank lines are not items. */
final class ListEditor implements FieldEditor {
    private final TextArea area = new TextArea();
    private boolean showing;

    ListEditor(Consumer<Object> onEdit) {
        area.setPrefRowCount(3);
        area.setWrapText(false);
        area.textProperty().addListener((obs, old, text) -> {
            if (!showing) {
                onEdit.accept(items(text));
            }
        });
    }

    static List<String> items(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public Node node() {
        return area;
    }

    @Override
    public void show(Object value) {
        List<?> items = (List<?>) value;
        if (!items.equals(items(area.getText()))) {
            showing = true;
            try {
                area.setText(String.join("\n", items.stream().map(String::valueOf).toList()));
            } finally {
                showing = false;
            }
        }
    }
}
