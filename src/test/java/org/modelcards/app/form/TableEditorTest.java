package org.modelcards.app.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.model.EvalResult;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The in-place table editor on evaluation results, whose "verified" column is a tick box. */
@ExtendWith(ApplicationExtension.class)
class TableEditorTest {
    private final List<List<?>> edits = new ArrayList<>();
    private TableEditor editor;

    @Start
    void start(Stage stage) {
        editor = new TableEditor(FieldCatalog.standard().require("evaluation.results").table().orElseThrow(),
                CatalogTexts.forLocale(Locale.ENGLISH), "Results", value -> edits.add((List<?>) value));
        editor.show(List.of(EvalResult.EMPTY, EvalResult.EMPTY));
        stage.setScene(new Scene((javafx.scene.Parent) editor.node(), 900, 400));
        stage.show();
    }

    @Test
    void tickingABoxChangesItsOwnRowEvenWhenAnotherRowIsEqual(FxRobot robot) {
        CheckBoxTableCell<?, ?> second = robot.lookup(".table-cell").queryAll().stream()
                .filter(CheckBoxTableCell.class::isInstance).map(CheckBoxTableCell.class::cast)
                .filter(cell -> cell.getIndex() == 1 && !cell.isEmpty()).findFirst().orElseThrow();

        robot.interact(() -> ((CheckBox) second.getGraphic()).fire());

        assertThat(edits).hasSize(1);
        List<?> rows = edits.get(0);
        assertThat(((EvalResult) rows.get(0)).verified()).isFalse();
        assertThat(((EvalResult) rows.get(1)).verified()).isTrue();
    }
}
