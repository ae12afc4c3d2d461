package org.modelcards.app.controls;

import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;

/** Choice boxes that show their values by a name and carry an id and accessible text. */
public final class Choices {
    private Choices() {
    }

    public static <T> ChoiceBox<T> of(String id, String accessible, Function<T, String> names, List<T> values) {
        ChoiceBox<T> box = new ChoiceBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setAccessibleText(accessible);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : names.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        });
        return box;
    }
}
