package org.modelcards.app.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.modelcards.app.controls.PendingEdits;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.catalog.TableSpec;

/**
 * Rows of records edited in place as in a spreadsheet: one column per short catalogue column, the
 * long (Markdown) ones and the rest of a wide row in a detail pane for the selected row.
 *
 * <p>A cell commits on Enter, Tab, a click elsewhere or focus leaving it, and Esc gives its old
 * text back; every commit is one undo step. A row added with "Add row" lives only in the table
 * until one of its cells is given a value, so a blank row is never checked (nor saved) as one.
 * Sorting and filtering change the view only; the card keeps its order.
 */
final class TableEditor implements FieldEditor {
    private static final double HEADER_HEIGHT = 28;
    private static final double ROW_HEIGHT = 25;
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    /** A row as the table shows it: its place in the card ({@code -1} for the new row) and its record. */
    static final class Row {
        private final int index;
        private final ObjectProperty<Object> record;

        Row(int index, Object record) {
            this.index = index;
            this.record = new SimpleObjectProperty<>(record);
        }

        int index() {
            return index;
        }

        Object record() {
            return record.get();
        }
    }

    private final TableSpec spec;
    private final String fieldId;
    private final CatalogTexts texts;
    private final FieldEdit onEdit;
    private final List<Object> records = new ArrayList<>();
    private final ObservableList<Row> items = FXCollections.observableArrayList();
    private final FilteredList<Row> filtered = new FilteredList<>(items);
    private final SortedList<Row> sorted = new SortedList<>(filtered);
    private final TableView<Row> table = new TableView<>(sorted);
    private final TextField filter = new TextField();
    private final List<Column> gridColumns;
    private final RowDetail detail;
    private final VBox box;
    private final Label where = new Label();
    private Row pending;

    TableEditor(TableSpec spec, CatalogTexts texts, String label, String fieldId, FieldEdit onEdit) {
        this.spec = spec;
        this.fieldId = fieldId;
        this.texts = texts;
        this.onEdit = onEdit;
        this.gridColumns = GridLayout.gridColumns(fieldId, spec);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setEditable(true);
        // cells, not rows, take the keyboard: arrows move between cells, Enter or F2 edits one
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        table.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        table.setAccessibleText(label);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No rows yet: Add row, or paste rows copied from a spreadsheet (Ctrl+V)"));
        for (Column column : gridColumns) {
            table.getColumns().add(column.kind() == FieldKind.BOOLEAN ? flagColumn(column) : textColumn(column));
        }
        // never squeezed below its rows by a tall form: the form scrolls instead
        table.setMinHeight(Region.USE_PREF_SIZE);
        fitHeightToRows();
        items.addListener((javafx.collections.ListChangeListener<Row>) change -> fitHeightToRows());

        filter.setPromptText("Filter rows");
        filter.setAccessibleText("Filter the rows of " + label);
        filter.getStyleClass().add("table-filter");
        filter.textProperty().addListener((obs, old, text) -> refilter());
        String idSuffix = fieldId.replace('.', '-');
        Button add = button("_Add row", "Adds a row at the end; it is kept once a cell has a value", this::addRow);
        Button duplicate = button("D_uplicate", "Copies the selected rows below the last of them", this::duplicateRows);
        Button remove = button("_Delete row", "Deletes the selected rows", this::deleteRows);
        Button up = button("Move _up", "Moves the selected row up (the card's order)", () -> move(-1));
        Button down = button("Move do_wn", "Moves the selected row down (the card's order)", () -> move(1));
        Button copy = button("_Copy", "Copies the selected rows, with a header row, for a spreadsheet (Ctrl+C)", this::copy);
        Button paste = button("_Paste", "Pastes rows copied from a spreadsheet, tab- or comma-separated (Ctrl+V)", this::paste);
        for (Button b : List.of(add, duplicate, remove, up, down, copy, paste)) {
            b.setId("table-" + b.getText().replace("_", "").toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + idSuffix);
        }
        table.setId("table-" + idSuffix);
        filter.setId("table-" + idSuffix + "-filter");
        var selected = table.getSelectionModel().selectedItemProperty();
        remove.disableProperty().bind(selected.isNull());
        duplicate.disableProperty().bind(selected.isNull());
        // the card's order is moved only when the view shows it: not while sorted or filtered
        var reordered = Bindings.createBooleanBinding(() -> !table.getSortOrder().isEmpty() || !filter.getText().isBlank(),
                table.getSortOrder(), filter.textProperty());
        up.disableProperty().bind(Bindings.createBooleanBinding(
                () -> reordered.get() || selectedModelIndex() <= 0, table.getSelectionModel().selectedIndexProperty(), reordered));
        down.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            int index = selectedModelIndex();
            return reordered.get() || index < 0 || index >= records.size() - 1;
        }, table.getSelectionModel().selectedIndexProperty(), items, reordered));
        // the buttons wrap in a narrow pane rather than shrink to "..."
        filter.setPrefColumnCount(12);
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 4, add, duplicate, remove, up, down,
                copy, paste, filter);
        for (Button b : List.of(add, duplicate, remove, up, down, copy, paste)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        buttons.getStyleClass().add("table-buttons");
        detail = RowDetail.forColumns(GridLayout.detailColumns(fieldId, spec), texts, fieldId, this::storeTyped);
        box = new VBox(4, buttons, table);
        if (detail != null) {
            box.getChildren().add(detail.node());
            table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> detail.show(row));
        }
        where.getStyleClass().add("field-note");
        where.setWrapText(true);
        where.managedProperty().bind(where.visibleProperty());
        where.setVisible(false);
        box.getChildren().add(where);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A note under the table (where rows are written, say); blank hides it. */
    void setNote(String note) {
        where.setText(note);
        where.setVisible(!note.isBlank());
    }

    /** The table itself, for tests and for the evaluation view's filters. */
    TableView<Row> table() {
        return table;
    }

    /** The rows the card holds, as last shown. */
    List<Object> records() {
        return List.copyOf(records);
    }

    /** Tall enough for the rows up to a dozen, then it scrolls; never shorter than three rows. */
    private void fitHeightToRows() {
        table.setPrefHeight(HEADER_HEIGHT + ROW_HEIGHT * Math.max(3, Math.min(12, items.size())) + 18);
    }

    private void refilter() {
        String query = filter.getText().strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(query.isEmpty() ? null : row -> row == pending || spec.columns().stream()
                .anyMatch(c -> String.valueOf(c.read(row.record())).toLowerCase(Locale.ROOT).contains(query)));
    }

    private int selectedModelIndex() {
        Row row = table.getSelectionModel().getSelectedItem();
        return row == null ? -1 : row.index();
    }

    // ---- keyboard: spreadsheet habits --------------------------------------------------------

    private void keyPressed(KeyEvent e) {
        if (table.getEditingCell() != null) {
            return;
        }
        TablePosition<Row, ?> focused = table.getFocusModel().getFocusedCell();
        boolean onCell = focused != null && focused.getTableColumn() != null && focused.getRow() >= 0;
        if (COPY.match(e)) {
            copy();
            e.consume();
        } else if (PASTE.match(e)) {
            paste();
            e.consume();
        } else if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) && onCell && !e.isShortcutDown()) {
            startEdit(focused.getRow(), focused.getColumn(), null);
            e.consume();
        } else if (e.getCode() == KeyCode.TAB && !e.isControlDown() && onCell) {
            moveFocus(focused.getRow(), focused.getColumn(), e.isShiftDown() ? -1 : 1);
            e.consume();
        } else if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && onCell) {
            clearSelectedCells();
            e.consume();
        }
    }

    /** Typing on a focused cell starts editing it with what was typed, as a spreadsheet does. */
    private void keyTyped(KeyEvent e) {
        String typed = e.getCharacter();
        TablePosition<Row, ?> focused = table.getFocusModel().getFocusedCell();
        if (table.getEditingCell() != null || typed.isEmpty() || e.isShortcutDown() || e.isControlDown() || e.isAltDown()
                || Character.isISOControl(typed.charAt(0)) || focused == null || focused.getTableColumn() == null
                || focused.getRow() < 0) {
            return;
        }
        startEdit(focused.getRow(), focused.getColumn(), typed);
        e.consume();
    }

    private void startEdit(int viewRow, int col, String typed) {
        if (col < 0 || col >= gridColumns.size() || gridColumns.get(col).kind() == FieldKind.BOOLEAN) {
            return;
        }
        TableColumn<Row, ?> column = table.getColumns().get(col);
        column.getProperties().put(TextCell.TYPED, typed);
        table.edit(viewRow, column);
        column.getProperties().remove(TextCell.TYPED);
    }

    /** Tab moves along the row and on to the next; Shift+Tab back. */
    private void moveFocus(int viewRow, int col, int by) {
        int columns = table.getColumns().size();
        int flat = viewRow * columns + col + by;
        int last = sorted.size() * columns - 1;
        flat = Math.max(0, Math.min(last, flat));
        focusCell(flat / columns, flat % columns);
    }

    private void focusCell(int viewRow, int col) {
        if (sorted.isEmpty()) {
            table.requestFocus();
            return;
        }
        int row = Math.max(0, Math.min(sorted.size() - 1, viewRow));
        int c = Math.max(0, Math.min(table.getColumns().size() - 1, col));
        TableColumn<Row, ?> column = table.getColumns().get(c);
        table.requestFocus();
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
        table.scrollTo(row);
    }

    // ---- columns -----------------------------------------------------------------------------

    private TableColumn<Row, String> textColumn(Column column) {
        TableColumn<Row, String> tc = new TableColumn<>(texts.label(column.textKey()));
        tc.setCellValueFactory(cell -> Bindings.createStringBinding(() -> (String) column.read(cell.getValue().record()),
                cell.getValue().record));
        tc.setCellFactory(c -> new TextCell(column));
        tc.setPrefWidth(GridLayout.width(column));
        tc.setMinWidth(48);
        return tc;
    }

    private TableColumn<Row, Boolean> flagColumn(Column column) {
        TableColumn<Row, Boolean> tc = new TableColumn<>(texts.label(column.textKey()));
        tc.setCellValueFactory(cell -> Bindings.createBooleanBinding(() -> (Boolean) column.read(cell.getValue().record()),
                cell.getValue().record));
        // by the cell's row, not by looking the record up: two rows may be equal records
        tc.setCellFactory(CheckBoxTableCell.forTableColumn(viewIndex -> {
            Row row = sorted.get(viewIndex);
            SimpleBooleanProperty property = new SimpleBooleanProperty((Boolean) column.read(row.record()));
            property.addListener((obs, old, value) -> store(row, column, value, null));
            return property;
        }, false));
        tc.setEditable(true);
        tc.setPrefWidth(70);
        return tc;
    }

    /** A text cell whose editor keeps what was typed however the edit ends, but for Esc. */
    private final class TextCell extends TableCell<Row, String> {
        static final String TYPED = "typed";
        private final Column column;
        private TextField field;
        private boolean committing;

        TextCell(Column column) {
            this.column = column;
        }

        @Override
        public void startEdit() {
            if (getTableRow() == null || getTableRow().getItem() == null) {
                return;
            }
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            Object typed = getTableColumn().getProperties().get(TYPED);
            field = new TextField(typed instanceof String s ? s : getItem() == null ? "" : getItem());
            field.addEventFilter(KeyEvent.KEY_PRESSED, this::keyInField);
            field.focusedProperty().addListener((obs, was, is) -> {
                if (!is) {
                    commitHere(0, 0, false);
                }
            });
            PendingEdits.mark(field, () -> commitHere(0, 0, true));
            setText(null);
            setGraphic(field);
            field.requestFocus();
            if (typed instanceof String) {
                field.end();
            } else {
                field.selectAll();
            }
        }

        private void keyInField(KeyEvent e) {
            if (e.getCode() == KeyCode.ENTER) {
                commitHere(e.isShiftDown() ? -1 : 1, 0, true);
                e.consume();
            } else if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                commitHere(0, e.isShiftDown() ? -1 : 1, true);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                int viewRow = getIndex();
                int col = table.getColumns().indexOf(getTableColumn());
                field = null;
                super.cancelEdit();
                render();
                focusCell(viewRow, col);
                e.consume();
            }
        }

        /**
         * Keeps the text and leaves editing; with {@code refocus} (Enter, Tab, a save), the table
         * keeps the focus on the cell {@code down} rows and {@code right} columns away; without
         * (the focus went elsewhere), the focus stays where the user put it.
         */
        private void commitHere(int down, int right, boolean refocus) {
            if (committing || field == null || !isEditing()) {
                return;
            }
            committing = true;
            try {
                Row row = getTableRow().getItem();
                String text = field.getText();
                int viewRow = getIndex();
                int col = table.getColumns().indexOf(getTableColumn());
                PendingEdits.unmark(field);
                field = null;
                super.cancelEdit();
                render();
                store(row, column, text, null);
                if (!refocus) {
                    return;
                } else if (right != 0) {
                    moveFocus(viewRow, col, right);
                } else {
                    focusCell(viewRow + down, col);
                }
            } finally {
                committing = false;
            }
        }

        /** The table cancels an edit when another cell is clicked or the rows change: keep the text then too. */
        @Override
        public void cancelEdit() {
            if (field != null && isEditing()) {
                Row row = getTableRow() == null ? null : getTableRow().getItem();
                String text = field.getText();
                PendingEdits.unmark(field);
                field = null;
                super.cancelEdit();
                render();
                store(row, column, text, null);
            } else {
                super.cancelEdit();
                render();
            }
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (!isEditing()) {
                render();
            }
        }

        private void render() {
            setGraphic(null);
            String item = getItem();
            setText(isEmpty() || item == null ? null : item.strip().replaceAll("\\s*\\R\\s*", " ⏎ "));
        }
    }

    // ---- edits -------------------------------------------------------------------------------

    /** Sets one cell as one undo step; the new row joins the card with its first value. */
    private void store(Row row, Column column, Object value, String step) {
        if (row == null) {
            return;
        }
        List<Object> next = new ArrayList<>(records);
        if (row.index() < 0 || row.index() >= records.size()) {
            if (column.kind() != FieldKind.BOOLEAN && String.valueOf(value).isBlank() || Boolean.FALSE.equals(value)) {
                return;
            }
            next.add(column.write(spec.blankRow(), value));
            pending = null;
        } else {
            Object changed = column.write(records.get(row.index()), value);
            if (changed.equals(records.get(row.index()))) {
                return;
            }
            next.set(row.index(), changed);
        }
        onEdit.edit(next, step);
    }

    /** Typing in the detail pane: one undo step per cell typed into, as in a field. */
    private void storeTyped(Row row, Column column, Object value) {
        int index = row.index() < 0 ? records.size() : row.index();
        store(row, column, value, fieldId + "[" + index + "]." + column.id());
    }

    private void addRow() {
        if (pending == null) {
            pending = new Row(-1, spec.blankRow());
            items.add(pending);
        }
        table.getSortOrder().clear();
        filter.clear();
        int viewRow = sorted.indexOf(pending);
        focusCell(viewRow, 0);
        if (!gridColumns.isEmpty() && gridColumns.get(0).kind() != FieldKind.BOOLEAN) {
            table.layout();
            startEdit(viewRow, 0, null);
        }
    }

    /** The card's indexes of the selected rows, in order. */
    private TreeSet<Integer> selectedIndexes() {
        TreeSet<Integer> indexes = new TreeSet<>();
        for (TablePosition<?, ?> position : table.getSelectionModel().getSelectedCells()) {
            if (position.getRow() >= 0 && position.getRow() < sorted.size()) {
                int index = sorted.get(position.getRow()).index();
                if (index >= 0) {
                    indexes.add(index);
                }
            }
        }
        return indexes;
    }

    private void duplicateRows() {
        TreeSet<Integer> indexes = selectedIndexes();
        if (indexes.isEmpty()) {
            return;
        }
        List<Object> next = new ArrayList<>(records);
        int at = indexes.last() + 1;
        List<Object> copies = indexes.stream().map(records::get).toList();
        next.addAll(at, copies);
        onEdit.edit(next, null);
        table.getSortOrder().clear();
        filter.clear();
        focusCell(at, 0);
    }

    private void deleteRows() {
        TreeSet<Integer> indexes = selectedIndexes();
        boolean pendingSelected = table.getSelectionModel().getSelectedItems().contains(pending);
        if (pendingSelected) {
            items.remove(pending);
            pending = null;
        }
        if (indexes.isEmpty()) {
            return;
        }
        int viewRow = table.getSelectionModel().getSelectedIndex();
        List<Object> next = new ArrayList<>(records);
        indexes.descendingSet().forEach(i -> next.remove((int) i));
        onEdit.edit(next, null);
        focusCell(viewRow, 0);
    }

    /** Moves the selected row one place, keeping it selected; the order is the card's (and the README's). */
    private void move(int by) {
        int index = selectedModelIndex();
        int target = index + by;
        if (index < 0 || target < 0 || target >= records.size()) {
            return;
        }
        TablePosition<Row, ?> focused = table.getFocusModel().getFocusedCell();
        int col = focused == null ? 0 : Math.max(0, focused.getColumn());
        List<Object> next = new ArrayList<>(records);
        next.add(target, next.remove(index));
        onEdit.edit(next, null);
        focusCell(target, col);
    }

    private void clearSelectedCells() {
        List<Object> next = new ArrayList<>(records);
        for (TablePosition<?, ?> position : table.getSelectionModel().getSelectedCells()) {
            if (position.getRow() < 0 || position.getRow() >= sorted.size() || position.getColumn() < 0) {
                continue;
            }
            int index = sorted.get(position.getRow()).index();
            Column column = gridColumns.get(position.getColumn());
            if (index >= 0) {
                next.set(index, column.write(next.get(index), column.kind() == FieldKind.BOOLEAN ? Boolean.FALSE : ""));
            }
        }
        if (!next.equals(records)) {
            onEdit.edit(next, null);
        }
    }

    /** One cell: its text; more: the selected rows, every column, under a header row of the columns' labels. */
    private void copy() {
        var cells = table.getSelectionModel().getSelectedCells();
        String text;
        if (cells.size() == 1 && cells.get(0).getColumn() >= 0 && cells.get(0).getRow() < sorted.size()) {
            text = String.valueOf(gridColumns.get(cells.get(0).getColumn()).read(sorted.get(cells.get(0).getRow()).record()));
        } else {
            text = Delimited.format(rowsForCopy(selectedIndexes().stream().map(records::get).toList()));
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Rows as a header of labels and a line of cells per record, every column of the table. */
    List<List<String>> rowsForCopy(List<Object> rows) {
        List<List<String>> out = new ArrayList<>();
        out.add(spec.columns().stream().map(c -> texts.label(c.textKey())).toList());
        for (Object row : rows) {
            out.add(spec.columns().stream().map(c -> String.valueOf(c.read(row))).toList());
        }
        return out;
    }

    private void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text != null && !text.isEmpty()) {
            TablePosition<Row, ?> focused = table.getFocusModel().getFocusedCell();
            int viewRow = focused == null ? -1 : focused.getRow();
            int startIndex = viewRow < 0 || viewRow >= sorted.size() ? records.size() : sorted.get(viewRow).index();
            int startColumn = focused == null || focused.getColumn() < 0 ? 0 : focused.getColumn();
            pasteRows(Delimited.parse(text), startIndex < 0 ? records.size() : startIndex, startColumn);
        }
    }

    /**
     * Pastes {@code pasted} as one undo step. When its first line is a header naming columns, the
     * rows are added at the end, each cell in its named column; otherwise the cells fill the grid's
     * columns from {@code startColumn} and the rows from {@code startIndex}, adding rows past the end.
     */
    void pasteRows(List<List<String>> pasted, int startIndex, int startColumn) {
        if (pasted.isEmpty()) {
            return;
        }
        Map<Integer, Column> byHeader = headerColumns(pasted.get(0));
        List<Object> next = new ArrayList<>(records);
        int at = byHeader.isEmpty() ? startIndex : records.size();
        List<List<String>> body = byHeader.isEmpty() ? pasted : pasted.subList(1, pasted.size());
        for (List<String> cells : body) {
            Object row = at < next.size() ? next.get(at) : spec.blankRow();
            for (int c = 0; c < cells.size(); c++) {
                Column column = byHeader.isEmpty()
                        ? (startColumn + c < gridColumns.size() ? gridColumns.get(startColumn + c) : null)
                        : byHeader.get(c);
                if (column != null) {
                    row = column.write(row, column.kind() == FieldKind.BOOLEAN ? truthy(cells.get(c)) : cells.get(c));
                }
            }
            if (at < next.size()) {
                next.set(at, row);
            } else {
                next.add(row);
            }
            at++;
        }
        if (!next.equals(records)) {
            onEdit.edit(next, null);
        }
    }

    /** The columns a header line names, by position; empty when some cell names no column. */
    private Map<Integer, Column> headerColumns(List<String> header) {
        Map<Integer, Column> byPosition = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            Column found = spec.columns().stream().filter(c -> c.id().equalsIgnoreCase(name)
                    || texts.label(c.textKey()).equalsIgnoreCase(name)).findFirst().orElse(null);
            if (found == null) {
                return Map.of();
            }
            byPosition.put(i, found);
        }
        return byPosition;
    }

    private static boolean truthy(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.equals("true") || t.equals("yes") || t.equals("1") || t.equals("x") || t.equals("✓");
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void show(Object value) {
        List<?> next = (List<?>) value;
        if (next.equals(records)) {
            return;
        }
        if (next.size() == records.size()) {
            // same rows, some changed: update them in place, so selection, focus and sort stay put
            for (Row row : items) {
                if (row.index() >= 0) {
                    row.record.set(next.get(row.index()));
                }
            }
            records.clear();
            records.addAll(next);
        } else {
            int selected = table.getSelectionModel().getSelectedIndex();
            records.clear();
            records.addAll(next);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                rows.add(new Row(i, records.get(i)));
            }
            if (pending != null) {
                rows.add(pending);
            }
            items.setAll(rows);
            if (selected >= 0 && selected < sorted.size()) {
                table.getSelectionModel().select(selected);
            }
        }
        if (!filter.getText().isBlank()) {
            refilter();
        }
        setNote(GridLayout.note(fieldId, spec, records));
        if (detail != null) {
            detail.show(table.getSelectionModel().getSelectedItem());
        }
    }
}
