package org.modelcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modelcards.app.document.CardDocument;
import org.modelcards.core.catalog.Section;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window (headless through Monocle in `mvn verify`). */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private Stage stage;
    private org.modelcards.app.main.EditorViewModel model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        StudioApp.show(stage, new CardDocument(ExampleCards.load(ExampleCards.DEFAULT), null), link -> { }, m -> model = m);
    }

    @Test
    void opensOnTheExampleCard(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("tiny-sentiment-en — Model Card Studio");
        TextField name = robot.lookup("#field-details-name").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("tiny-sentiment-en");
        assertThat(robot.lookup("#status-progress").queryAs(Label.class).getText()).contains("fields filled");
    }

    @Test
    void typingInAFieldMarksTheWindowUnsavedAndShowsGuidance(FxRobot robot) {
        robot.clickOn("#field-details-name");
        robot.push(KeyCode.END).write("-v2");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("*tiny-sentiment-en-v2 — Model Card Studio");
        assertThat(robot.lookup("#status-file").queryAs(Label.class).getText()).contains("Unsaved changes");
        assertThat(robot.lookup("#guidance-title").queryAs(Label.class).getText()).isEqualTo("Model name");
        robot.eraseText(3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("tiny-sentiment-en — Model Card Studio");
    }

    @Test
    void theNavigatorSwitchesTheFormToAnotherSection(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<Section> navigator = robot.lookup("#section-navigator").queryAs(ListView.class);
        robot.clickOn("#section-navigator");
        robot.push(KeyCode.HOME);
        for (int i = 0; i < 2; i++) {
            robot.push(KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "intendedUse".equals(navigator.getSelectionModel().getSelectedItem().id()));
        TextInputControl outOfScope = robot.lookup("#field-intendedUse-outOfScope").queryAs(TextInputControl.class);
        assertThat(outOfScope.getText()).contains("\n");
        assertThat(robot.lookup("#field-details-name").tryQuery()).isEmpty();
    }

    /** New card, type a name: the issue about the name disappears and the preview shows it. */
    @Test
    void typingANameClearsItsIssueAndThePreviewShowsIt(FxRobot robot) throws Exception {
        robot.clickOn("#field-details-name");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).push(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        Label issues = robot.lookup("#issues-details-name").queryAs(Label.class);
        assertThat(issues.isVisible()).isTrue();
        assertThat(issues.getText()).as("a person reads the label, not the id").contains("Model name").doesNotContain("details.name");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.modelcards.core.validation.Issue> problems =
                robot.lookup("#problems").queryAs(javafx.scene.control.ListView.class);
        assertThat(problems.getItems()).anyMatch(i -> i.fieldId().equals("details.name"));
        robot.write("shiny-new-model");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(issues.isVisible()).isFalse();
        assertThat(problems.getItems()).noneMatch(i -> i.fieldId().equals("details.name"));
        TextInputControl markdown = robot.lookup("#preview-markdown").queryAs(TextInputControl.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> markdown.getText().contains("# Model Card for shiny-new-model"));
    }

    @Test
    void undoRestoresTheValueAndTheCleanState(FxRobot robot) {
        robot.clickOn("#field-details-name");
        robot.push(KeyCode.END).write("-x");
        robot.clickOn("#field-details-version");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#field-details-name").queryAs(TextField.class).getText()).isEqualTo("tiny-sentiment-en");
        assertThat(stage.getTitle()).doesNotStartWith("*");
    }

    @Test
    void enterOnAProblemGoesToItsField(FxRobot robot) {
        robot.clickOn("#field-details-name");
        robot.push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        @SuppressWarnings("unchecked")
        ListView<Section> navigator = robot.lookup("#section-navigator").queryAs(ListView.class);
        robot.interact(() -> navigator.getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#field-details-name").tryQuery()).isEmpty();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.modelcards.core.validation.Issue> problems =
                robot.lookup("#problems").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> {
            problems.requestFocus();
            problems.getSelectionModel().select(problems.getItems().stream()
                    .filter(i -> i.fieldId().equals("details.name")).findFirst().orElseThrow());
        });
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(navigator.getSelectionModel().getSelectedItem().id()).isEqualTo("details");
        assertThat(robot.lookup("#field-details-name").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void licenceNameAndLinkAppearOnlyForOtherAndLanguagesAreNamed(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<Section> navigator = robot.lookup("#section-navigator").queryAs(ListView.class);
        robot.interact(() -> navigator.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node link = robot.lookup("#field-license-link").query();
        assertThat(link.getParent().isVisible()).as("apache-2.0 needs no licence link").isFalse();
        TextField id = robot.lookup("#field-license-id").queryAs(TextField.class);
        robot.interact(() -> id.setText("other"));
        assertThat(link.getParent().isVisible()).isTrue();
        robot.interact(() -> navigator.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#languages-named").queryAs(Label.class).getText()).isEqualTo("English (en)");
    }

    @Test
    void aTableCellIsEditedWithTheKeyboardOnly(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<Section> navigator = robot.lookup("#section-navigator").queryAs(ListView.class);
        robot.interact(() -> navigator.getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<Object> risks = robot.lookup("#field-misuse-risks").lookup(".table-view")
                .queryAs(javafx.scene.control.TableView.class);
        robot.interact(() -> {
            risks.requestFocus();
            risks.getSelectionModel().clearAndSelect(0, risks.getColumns().get(1));
            risks.getFocusModel().focus(0, risks.getColumns().get(1));
        });
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(risks.getEditingCell()).isNotNull();
        robot.push(KeyCode.CONTROL, KeyCode.A).write("Shoppers misled by fake reviews").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).startsWith("*");
        assertThat(model.document().card().misuse().risks().get(0).harmed())
                .isEqualTo("Shoppers misled by fake reviews");
        assertThat(risks.isFocused()).as("the focus stays in the table after a commit").isTrue();
    }
}
