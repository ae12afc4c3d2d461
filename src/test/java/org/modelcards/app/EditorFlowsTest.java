package org.modelcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.app.document.CardDocument;
import org.modelcards.app.main.EditorViewModel;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.Section;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.validation.Issue;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's main flows through the real window (headless via Monocle). File dialogs are native
 * and cannot be driven here, so those steps call the view-model the dialogs call.
 */
@ExtendWith(ApplicationExtension.class)
class EditorFlowsTest {
    @TempDir
    Path dir;

    private EditorViewModel model;

    @Start
    void start(Stage stage) {
        StudioApp.show(stage, new CardDocument(ModelCard.EMPTY, null), link -> { }, m -> model = m);
    }

    @Test
    void newCardFromATemplateThroughNameEvaluationSaveAndReopen(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.clickOn("#wizard-kind-text-classifier");
        robot.clickOn("#wizard-name").write("first-name");
        robot.clickOn("#wizard-create");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.document().card().details().pipelineTag()).isEqualTo("text-classification");

        robot.clickOn("#field-details-name").push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(nameIssue()).as("clearing the name raises its issue").isTrue();
        robot.write("flow-model");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(nameIssue()).as("typing a name clears it").isFalse();
        TextInputControl markdown = robot.lookup("#preview-markdown").queryAs(TextInputControl.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> markdown.getText().contains("# Model Card for flow-model"));

        @SuppressWarnings("unchecked")
        ListView<Section> navigator = robot.lookup("#section-navigator").queryAs(ListView.class);
        robot.interact(() -> navigator.getSelectionModel().select(FieldCatalog.standard().section("evaluation").orElseThrow()));
        robot.clickOn("#table-add-row-evaluation-results");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.document().card().evaluation().results()).as("a blank row is not the card's yet").isEmpty();
        robot.write("text-classification").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.document().card().evaluation().results()).hasSize(1);
        robot.interact(() -> {
            List<EvalResult> rows = new ArrayList<>(model.document().card().evaluation().results());
            rows.set(0, rows.get(0).withMetricType("accuracy").withValue("0.87").withSlice("long reviews"));
            model.document().edit(FieldCatalog.standard().require("evaluation.results"), rows);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node chart = robot.lookup("#results-chart").query();
        assertThat(chart.isVisible()).isTrue();
        java.util.function.Predicate<Node> barOfNewRow = n -> n.getAccessibleText() != null
                && n.getAccessibleText().contains("0.87");
        assertThat(robot.lookup("#results-chart").lookup(barOfNewRow).tryQuery()).as("a bar for the new row").isPresent();

        Path saved = dir.resolve("flow.modelcard.json");
        ModelCard before = model.document().card();
        robot.interact(() -> {
            try {
                model.save(saved);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(model.document().isDirty()).isFalse();
        robot.interact(() -> model.open(saved));
        assertThat(model.document().card()).isEqualTo(before);
    }

    @Test
    void aReadmeWithBrokenYamlShowsTheProblemsLineAndIsSavedUnchanged(FxRobot robot) throws Exception {
        Path readme = dir.resolve("README.md");
        Files.copy(Path.of("src/test/resources/fixtures/nasty/tabs-in-yaml.md"), readme);
        byte[] original = Files.readAllBytes(readme);
        robot.interact(() -> assertThat(model.open(readme)).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Issue> problems = robot.lookup("#problems").queryAs(ListView.class);
        Issue yaml = problems.getItems().stream().filter(i -> i.ruleId().equals("YAML-SYNTAX")).findFirst().orElseThrow();
        assertThat(yaml.at().line()).isEqualTo(8);
        assertThat(yaml.at().column()).isEqualTo(1);
        java.util.function.Predicate<Node> lineShown = n -> n instanceof javafx.scene.control.ListCell<?> cell
                && cell.getText() != null && cell.getText().contains("(line 8)");
        assertThat(robot.lookup("#problems").lookup(lineShown).tryQuery()).isPresent();
        robot.interact(() -> {
            try {
                assertThat(model.save(readme)).isEmpty();
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(Files.readAllBytes(readme)).isEqualTo(original);
    }

    private boolean nameIssue() {
        return model.reportProperty().get().issues().stream().anyMatch(i -> i.fieldId().equals("details.name"));
    }

    @Test
    void brokenFrontMatterIsShownInTheSourceViewAtItsLineFixedAndReadBackAsOneUndoStep(FxRobot robot) throws Exception {
        Path readme = dir.resolve("README.md");
        Files.copy(Path.of("src/test/resources/fixtures/nasty/tabs-in-yaml.md"), readme);
        robot.interact(() -> assertThat(model.open(readme)).isEmpty());
        assertThat(model.document().card().license().id()).as("the broken YAML hides the licence").isEmpty();

        robot.push(KeyCode.CONTROL, KeyCode.U);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea text = robot.lookup("#source-text").queryAs(javafx.scene.control.TextArea.class);
        assertThat(text.getText()).contains("\ttemperature: 0.7");
        @SuppressWarnings("unchecked")
        ListView<Object> problems = robot.lookup("#source-problems").queryAs(ListView.class);
        assertThat(problems.getItems()).isNotEmpty();
        robot.interact(() -> {
            problems.getSelectionModel().select(0);
            problems.requestFocus();
        });
        robot.push(KeyCode.ENTER);
        assertThat(text.getCaretPosition()).as("Enter on a problem goes to its line")
                .isEqualTo(text.getText().indexOf("\ttemperature"));

        robot.interact(() -> text.setText(text.getText().replace("\ttemperature", "    temperature")));
        robot.push(KeyCode.CONTROL, KeyCode.U);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.document().card().license().id()).isEqualTo("apache-2.0");
        assertThat(model.document().isDirty()).isTrue();
        assertThat(robot.lookup("#source-view").tryQuery()).as("back to the form").isEmpty();
        robot.interact(() -> model.document().undo());
        assertThat(model.document().card().license().id()).isEmpty();
    }
}
