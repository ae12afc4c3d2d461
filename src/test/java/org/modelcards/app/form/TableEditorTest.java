package org.modelcards.app.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modelcards.app.controls.PendingEdits;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.model.Dataset;
import org.modelcards.core.model.EvalResult;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The in-place table editor behaves like a spreadsheet: each test drives the keyboard and checks
 * what reached the card. Every edit is fed back to the editor, as the document does.
 */
@ExtendWith(ApplicationExtension.class)
class TableEditorTest {
    private final List<List<?>> edits = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private TableEditor results;
    private TableEditor datasets;
    private TextField elsewhere;
    private Scene scene;

    @Start
    void start(Stage stage) {
        CatalogTexts texts = CatalogTexts.forLocale(Locale.ENGLISH);
        FieldCatalog catalog = FieldCatalog.standard();
        TableEditor[] self = new TableEditor[2];
        results = new TableEditor(catalog.require("evaluation.results").table().orElseThrow(), texts, "Results",
                "evaluation.results", (value, step) -> {
                    edits.add((List<?>) value);
                    steps.add(step);
                    self[0].show(value);
                });
        self[0] = results;
        datasets = new TableEditor(catalog.require("data.training").table().orElseThrow(), texts, "Training data",
                "data.training", (value, step) -> {
                    edits.add((List<?>) value);
                    steps.add(step);
                    self[1].show(value);
                });
        self[1] = datasets;
        results.show(List.of(EvalResult.EMPTY.withTaskType("a"), EvalResult.EMPTY.withTaskType("b")));
        datasets.show(List.of(Dataset.EMPTY.withId("corpus")));
        elsewhere = new TextField();
        elsewhere.setId("elsewhere");
        scene = new Scene(new javafx.scene.control.ScrollPane(new VBox(elsewhere, results.node(), datasets.node())), 1000, 760);
        stage.setScene(scene);
        stage.show();
    }

    private TableView<TableEditor.Row> grid() {
        return results.table();
    }

    private void focusCell(FxRobot robot, TableEditor editor, int row, int col) {
        robot.interact(() -> {
            var table = editor.table();
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(row, table.getColumns().get(col));
            table.getFocusModel().focus(row, table.getColumns().get(col));
        });
    }

    private EvalResult row(int i) {
        return (EvalResult) edits.get(edits.size() - 1).get(i);
    }

    @Test
    void tabCommitsTheCellMovesRightAndKeepsTheFocusInTheTable(FxRobot robot) {
        focusCell(robot, results, 0, 0);
        robot.type(KeyCode.ENTER).eraseText(1).write("text-generation").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(edits).hasSize(1);
        assertThat(row(0).taskType()).isEqualTo("text-generation");
        assertThat(steps.get(0)).as("a committed cell is an undo step of its own").isNull();
        assertThat(grid().isFocused()).as("the focus stays in the table").isTrue();
        assertThat(grid().getFocusModel().getFocusedCell().getColumn()).isEqualTo(1);
    }

    @Test
    void typingOnAFocusedCellReplacesItAndEnterMovesDown(FxRobot robot) {
        focusCell(robot, results, 0, 1);
        robot.write("glue").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(row(0).datasetName()).isEqualTo("glue");
        assertThat(grid().getFocusModel().getFocusedCell().getRow()).isEqualTo(1);
        assertThat(grid().isFocused()).isTrue();
    }

    @Test
    void escapeGivesTheOldTextBack(FxRobot robot) {
        focusCell(robot, results, 0, 0);
        robot.write("zzz").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(edits).isEmpty();
        assertThat(grid().getEditingCell()).isNull();
        assertThat(grid().isFocused()).isTrue();
    }

    @Test
    void aCellBeingTypedIntoIsKeptWhenTheFocusLeavesOrASaveFlushesIt(FxRobot robot) {
        focusCell(robot, results, 1, 0);
        robot.write("typed");
        robot.interact(() -> PendingEdits.flush(scene));
        assertThat(edits).as("Ctrl+S keeps the cell being typed into").hasSize(1);
        assertThat(row(1).taskType()).isEqualTo("typed");

        focusCell(robot, results, 0, 0);
        robot.write("left");
        robot.clickOn("#elsewhere");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(edits).as("a click elsewhere commits").hasSize(2);
        assertThat(row(0).taskType()).isEqualTo("left");
    }

    @Test
    void aNewRowJoinsTheCardOnlyWithItsFirstValue(FxRobot robot) {
        robot.clickOn("#table-add-row-evaluation-results");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(edits).as("a blank row is not flagged nor saved").isEmpty();
        assertThat(grid().getItems()).hasSize(3);

        robot.write("summarization").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(edits).hasSize(1);
        assertThat(edits.get(0)).hasSize(3);
        assertThat(row(2).taskType()).isEqualTo("summarization");
    }

    @Test
    void rowsPastedFromASpreadsheetAreOneStepAndCopyGivesThemBack(FxRobot robot) {
        focusCell(robot, results, 1, 0);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("Task type\tmetricType\tValue\nqa\tf1\t0.5\nqa\texact_match\t\"0.4\"\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(edits).as("one paste, one step").hasSize(1);
        assertThat(edits.get(0)).hasSize(4);
        assertThat(row(2).metricType()).isEqualTo("f1");
        assertThat(row(3).value()).isEqualTo("0.4");

        robot.interact(() -> grid().getSelectionModel().clearSelection());
        robot.interact(() -> grid().getSelectionModel().selectRange(2, grid().getColumns().get(0), 3,
                grid().getColumns().get(1)));
        robot.push(KeyCode.CONTROL, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        String[] lines = copied[0].split("\n");
        assertThat(lines).as("a header and the two rows").hasSize(3);
        assertThat(lines[1]).startsWith("qa\t").contains("\tf1\t");
    }

    @Test
    void duplicateDeleteAndMoveAreEachOneStep(FxRobot robot) {
        focusCell(robot, results, 0, 0);
        robot.clickOn("#table-duplicate-evaluation-results");
        assertThat(edits.get(0)).hasSize(3);
        assertThat(row(1).taskType()).isEqualTo("a");
        focusCell(robot, results, 0, 0);
        robot.clickOn("#table-move-down-evaluation-results");
        assertThat(row(0).taskType()).isEqualTo("a");
        focusCell(robot, results, 2, 0);
        robot.clickOn("#table-move-up-evaluation-results");
        assertThat(row(1).taskType()).isEqualTo("b");
        focusCell(robot, results, 1, 0);
        robot.clickOn("#table-delete-row-evaluation-results");
        assertThat(edits).hasSize(4);
        assertThat(edits.get(3)).extracting(r -> ((EvalResult) r).taskType()).containsExactly("a", "a");
    }

    @Test
    void sortingAndFilteringChangeTheViewNotTheCard(FxRobot robot) {
        robot.interact(() -> {
            var column = grid().getColumns().get(0);
            column.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            grid().getSortOrder().setAll(List.of(column));
        });
        assertThat(grid().getItems().get(0).record()).isEqualTo(EvalResult.EMPTY.withTaskType("b"));
        // an edit on the sorted view goes to the right row of the card
        focusCell(robot, results, 0, 1);
        robot.write("sorted-edit").type(KeyCode.ENTER);
        assertThat(row(1).datasetName()).isEqualTo("sorted-edit");
        assertThat(row(0).datasetName()).isEmpty();

        robot.interact(() -> grid().getSortOrder().clear());
        robot.clickOn("#table-evaluation-results-filter").write("sorted");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(grid().getItems()).hasSize(1);
        assertThat(edits).hasSize(1);
    }

    @Test
    void aMarkdownValueIsEditedInTheDetailPaneWithEveryLineKept(FxRobot robot) {
        String seventeen = String.join("\n", java.util.Collections.nCopies(17, "| a | b |"));
        focusCell(robot, datasets, 0, 0);
        TextArea description = robot.lookup("#detail-data-training #detail-description").queryAs(TextArea.class);
        robot.interact(() -> description.setText(seventeen));
        robot.interact(() -> description.appendText("\nlast line"));

        Dataset written = (Dataset) edits.get(edits.size() - 1).get(0);
        assertThat(written.description()).isEqualTo(seventeen + "\nlast line");
        assertThat(steps).as("typing in one value merges").containsOnly("data.training[0].description");
    }

    @Test
    void tickingABoxChangesItsOwnRowEvenWhenAnotherRowIsEqual(FxRobot robot) {
        robot.interact(() -> results.show(List.of(EvalResult.EMPTY, EvalResult.EMPTY)));
        focusCell(robot, results, 1, 0);
        Node box = robot.lookup("#detail-evaluation-results #detail-verified").query();

        robot.interact(() -> ((CheckBox) box).fire());

        assertThat(edits).hasSize(1);
        assertThat(row(0).verified()).isFalse();
        assertThat(row(1).verified()).isTrue();
    }
}
