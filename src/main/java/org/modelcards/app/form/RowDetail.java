package org.modelcards.app.form;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldKind;

/**
 * The columns of the selected row that the grid does not show: Markdown values in multi-line
 * editors that keep every line, and the rest of a wide row. Typing here is live, one undo step per
 * value typed into, as in the form's fields.
 */
final class RowDetail {
    /** Where the detail pane reports a value typed for a row. */
    @FunctionalInterface
    interface Store {
        void store(TableEditor.Row row, Column column, Object value);
    }

    private final VBox box = new VBox(4);
    private final Label title = new Label();
    private final List<Runnable> refreshers = new ArrayList<>();
    private final GridPane grid = new GridPane();
    private TableEditor.Row row;
    private boolean showing;

    private RowDetail(List<Column> columns, CatalogTexts texts, String tableId, Store store) {
        box.getStyleClass().add("row-detail");
        box.setId("detail-" + tableId.replace('.', '-'));
        title.getStyleClass().add("row-detail-title");
        grid.setHgap(8);
        grid.setVgap(4);
        for (int i = 0; i < 4; i++) {
            ColumnConstraints constraints = new ColumnConstraints();
            // label, value, label, value: the values take the width
            constraints.setHgrow(i % 2 == 1 ? Priority.ALWAYS : Priority.NEVER);
            grid.getColumnConstraints().add(constraints);
        }
        int line = 0;
        int side = 0;
        for (Column column : columns) {
            String label = texts.label(column.textKey());
            Node control = control(column, label, store);
            control.setId("detail-" + column.id());
            Label name = new Label(label);
            name.setLabelFor(control);
            name.getStyleClass().add("field-label");
            if (column.kind() == FieldKind.MARKDOWN) {
                // a long value gets the whole width and a line of its own
                if (side == 1) {
                    line++;
                    side = 0;
                }
                grid.add(name, 0, line);
                grid.add(control, 1, line, 3, 1);
                line++;
            } else {
                grid.add(name, side * 2, line);
                grid.add(control, side * 2 + 1, line);
                side = 1 - side;
                if (side == 0) {
                    line++;
                }
            }
        }
        box.getChildren().addAll(title, grid);
        show(null);
    }

    /** The detail pane for {@code columns}, or null when the grid shows every column. */
    static RowDetail forColumns(List<Column> columns, CatalogTexts texts, String tableId, Store store) {
        return columns.isEmpty() ? null : new RowDetail(columns, texts, tableId, store);
    }

    private Node control(Column column, String label, Store store) {
        if (column.kind() == FieldKind.BOOLEAN) {
            CheckBox box = new CheckBox();
            box.setAccessibleText(label);
            box.selectedProperty().addListener((obs, was, is) -> {
                if (!showing && row != null) {
                    store.store(row, column, is);
                }
            });
            refreshers.add(() -> box.setSelected(row != null && Boolean.TRUE.equals(column.read(row.record()))));
            return box;
        }
        TextInputControl text = column.kind() == FieldKind.MARKDOWN ? MultiLine.area(5) : new TextField();
        text.setAccessibleText(label);
        if (text instanceof TextArea) {
            GridPane.setHgrow(text, Priority.ALWAYS);
        }
        text.textProperty().addListener((obs, old, now) -> {
            if (!showing && row != null) {
                store.store(row, column, now);
            }
        });
        refreshers.add(() -> {
            String value = row == null ? "" : (String) column.read(row.record());
            if (!value.equals(text.getText())) {
                text.setText(value);
            }
        });
        return text;
    }

    Node node() {
        return box;
    }

    /** Shows {@code selected}'s values (none: the pane is disabled) without reporting them back. */
    void show(TableEditor.Row selected) {
        row = selected;
        showing = true;
        try {
            refreshers.forEach(Runnable::run);
        } finally {
            showing = false;
        }
        grid.setDisable(selected == null);
        title.setText(selected == null ? "Select a row to see the rest of its values"
                : selected.index() < 0 ? "New row" : "Row " + (selected.index() + 1));
    }
}
