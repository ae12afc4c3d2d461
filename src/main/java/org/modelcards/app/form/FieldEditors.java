package org.modelcards.app.form;

import java.util.List;
import java.util.function.Consumer;
import org.controlsfx.control.textfield.TextFields;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.CatalogTexts;

/** Picks the control for a field from its kind. */
final class FieldEditors {
    private FieldEditors() {
    }

    static FieldEditor create(CardField field, CatalogTexts texts, FieldEdit edit) {
        // a field's typing is one undo step until the focus leaves it (its step is its id)
        Consumer<Object> onEdit = value -> edit.edit(value, field.id());
        String label = texts.label(field.id());
        List<String> known = Suggestions.forField(field.id());
        FieldEditor editor = !known.isEmpty() ? suggesting(known, onEdit) : switch (field.kind()) {
            case MARKDOWN, LONG_TEXT, JSON -> new TextEditor(MultiLine.area(field.kind() == org.modelcards.core.catalog.FieldKind.MARKDOWN ? 4 : 3), onEdit);
            case BOOLEAN -> new FlagEditor(label, onEdit);
            case LIST -> new ListEditor(onEdit);
            case TABLE -> new TableEditor(field.table().orElseThrow(), texts, label, field.id(), edit);
            case ENUM -> choice(field, onEdit);
            default -> new TextEditor(new TextField(), onEdit);
        };
        editor.node().setId("field-" + field.id().replace('.', '-'));
        editor.node().setAccessibleText(label);
        return editor;
    }

    /**
     * A text field that offers the known values as you type (the Hub's licence ids, its tasks) but
     * accepts anything, so an unknown value can be written and then flagged by validation.
     */
    private static FieldEditor suggesting(List<String> known, Consumer<Object> onEdit) {
        TextField field = new TextField();
        TextFields.bindAutoCompletion(field, request -> {
            String typed = request.getUserText().strip().toLowerCase(java.util.Locale.ROOT);
            return typed.isEmpty() ? List.of() : known.stream().filter(v -> v.contains(typed)).limit(12).toList();
        });
        return new TextEditor(field, onEdit);
    }

    private static FieldEditor choice(CardField field, Consumer<Object> onEdit) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setEditable(true);
        combo.getItems().setAll(field.choices());
        return new TextEditor(combo.getEditor(), onEdit) {
            @Override
            public javafx.scene.Node node() {
                return combo;
            }
        };
    }
}
