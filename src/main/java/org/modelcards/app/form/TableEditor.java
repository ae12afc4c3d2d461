package org.modelcards.app.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.catalog.TableSpec;

/** Rows of records edited in place, one column per catalogue column, with add and remove. */
final class TableEditor implements FieldEditor {
    private static final double HEADER_HEIGHT = 28;
    private static final double ROW_HEIGHT = 25;
    private final ObservableList<Object> rows = FXCollections.observableArrayList();
    private final TableView<Object> table = new TableView<>(rows);
    private final VBox box;
    private final Consumer<Object> onEdit;

    TableEditor(TableSpec spec, CatalogTexts texts, String label, Consumer<Object> onEdit) {
        this.onEdit = onEdit;
        table.setEditable(true);
        // cells, not rows, take the keyboard: arrows move between cells, Enter or F2 edits one
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            var focused = table.getFocusModel().getFocusedCell();
            boolean startEdit = (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.F2)
                    && table.getEditingCell() == null && focused != null && focused.getTableColumn() != null;
            if (startEdit) {
                table.edit(focused.getRow(), focused.getTableColumn());
                e.consume();
            }
        });
        fitHeightToRows();
        rows.addListener((javafx.collections.ListChangeListener<Object>) change -> fitHeightToRows());
        table.setAccessibleText(label);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (Column column : spec.columns()) {
            table.getColumns().add(column.kind() == FieldKind.BOOLEAN
                    ? flagColumn(column, texts) : textColumn(column, texts));
        }
        Button add = new Button("_Add row");
        add.setOnAction(e -> {
            List<Object> next = new ArrayList<>(rows);
            next.add(spec.blankRow());
            onEdit.accept(next);
            table.getSelectionModel().selectLast();
        });
        Button remove = new Button("_Remove row");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            int index = table.getSelectionModel().getSelectedIndex();
            List<Object> next = new ArrayList<>(rows);
            next.remove(index);
            onEdit.accept(next);
        });
        Button up = new Button("Move _up");
        up.disableProperty().bind(table.getSelectionModel().selectedIndexProperty().lessThanOrEqualTo(0));
        up.setOnAction(e -> move(-1));
        Button down = new Button("Move _down");
        down.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            int index = table.getSelectionModel().getSelectedIndex();
            return index < 0 || index >= rows.size() - 1;
        }, table.getSelectionModel().selectedIndexProperty(), rows));
        down.setOnAction(e -> move(1));
        HBox buttons = new HBox(6, add, remove, up, down);
        box = new VBox(4, table, buttons);
    }

    /** Tall enough for the rows up to a dozen, then it scrolls; never shorter than three rows. */
    private void fitHeightToRows() {
        table.setPrefHeight(HEADER_HEIGHT + ROW_HEIGHT * Math.max(3, Math.min(12, rows.size())) + 18);
    }

    /** Moves the selected row one place, keeping it selected; the order is the card's (and the README's). */
    private void move(int by) {
        int index = table.getSelectionModel().getSelectedIndex();
        int target = index + by;
        if (index < 0 || target < 0 || target >= rows.size()) {
            return;
        }
        List<Object> next = new ArrayList<>(rows);
        next.add(target, next.remove(index));
        onEdit.accept(next);
        table.getSelectionModel().select(target);
    }

    private TableColumn<Object, String> textColumn(Column column, CatalogTexts texts) {
        TableColumn<Object, String> tc = new TableColumn<>(texts.label(column.textKey()));
        tc.setCellValueFactory(cell -> new SimpleStringProperty((String) column.read(cell.getValue())));
        tc.setCellFactory(TextFieldTableCell.forTableColumn());
        tc.setOnEditCommit(e -> replace(e.getTablePosition().getRow(), column, e.getNewValue()));
        tc.setPrefWidth(column.kind() == FieldKind.MARKDOWN ? 220 : 120);
        return tc;
    }

    private TableColumn<Object, Boolean> flagColumn(Column column, CatalogTexts texts) {
        TableColumn<Object, Boolean> tc = new TableColumn<>(texts.label(column.textKey()));
        tc.setCellValueFactory(cell -> new SimpleBooleanProperty((Boolean) column.read(cell.getValue())));
        // by the cell's row index, not by looking the row up: two rows may be equal records
        tc.setCellFactory(CheckBoxTableCell.forTableColumn(index -> {
            SimpleBooleanProperty property = new SimpleBooleanProperty((Boolean) column.read(rows.get(index)));
            property.addListener((obs, old, value) -> replace(index, column, value));
            return property;
        }, false));
        tc.setEditable(true);
        return tc;
    }

    private void replace(int index, Column column, Object value) {
        if (index < 0 || index >= rows.size()) {
            return;
        }
        List<Object> next = new ArrayList<>(rows);
        next.set(index, column.write(rows.get(index), value));
        onEdit.accept(next);
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void show(Object value) {
        List<?> next = (List<?>) value;
        if (!next.equals(rows)) {
            int selected = table.getSelectionModel().getSelectedIndex();
            rows.setAll(next);
            if (selected >= 0 && selected < rows.size()) {
                table.getSelectionModel().select(selected);
            }
        }
    }
}
