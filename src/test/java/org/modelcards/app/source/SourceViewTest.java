package org.modelcards.app.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.app.StudioApp;
import org.modelcards.app.document.CardDocument;
import org.modelcards.app.main.EditorViewModel;
import org.modelcards.core.model.ModelCard;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A README whose front matter is broken is fixed in the Source view, in the app. */
@ExtendWith(ApplicationExtension.class)
class SourceViewTest {
    @TempDir
    Path dir;

    private EditorViewModel model;

    @Start
    void start(Stage stage) {
        StudioApp.show(stage, new CardDocument(ModelCard.EMPTY, null), link -> { }, m -> model = m);
    }

    @Test
    void brokenFrontMatterIsShownAtItsLineFixedAndReadBackAsOneUndoStep(FxRobot robot) throws Exception {
        Path readme = dir.resolve("README.md");
        Files.copy(Path.of("src/test/resources/fixtures/nasty/tabs-in-yaml.md"), readme);
        robot.interact(() -> assertThat(model.open(readme)).isEmpty());
        assertThat(model.document().card().license().id()).as("the broken YAML hides the licence").isEmpty();

        robot.push(KeyCode.CONTROL, KeyCode.U);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea text = robot.lookup("#source-text").queryAs(TextArea.class);
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
