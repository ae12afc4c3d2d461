package org.modelcards.app.euact;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modelcards.app.ExampleCards;
import org.modelcards.app.StudioApp;
import org.modelcards.app.document.CardDocument;
import org.modelcards.app.main.EditorViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View > EU AI Act documentation, driven through the real window: the form's items, and Enter goes to an item's field. */
@ExtendWith(ApplicationExtension.class)
class EuActWindowTest {
    private EditorViewModel model;

    @Start
    void start(Stage stage) {
        StudioApp.show(stage, new CardDocument(ExampleCards.load(ExampleCards.DEFAULT), null), link -> { }, m -> model = m);
    }

    @Test
    void theShortcutOpensTheFormsItemsAndEnterShowsTheField(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> items = robot.lookup("#eu-act .list-view").queryAs(ListView.class);
        assertThat(items.getItems()).hasSize(org.modelcards.core.euact.ModelDocumentationForm.standard().items().size());
        int training = -1;
        for (int i = 0; i < items.getItems().size(); i++) {
            if (((EuActViewModel.Row) items.getItems().get(i)).fieldId().equals("training.procedure")) {
                training = i;
            }
        }
        int row = training;
        robot.interact(() -> {
            items.requestFocus();
            items.getSelectionModel().select(row);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.sectionProperty().get().id()).isEqualTo("training");
        Window window = items.getScene().getWindow();
        robot.interact(() -> ((Stage) window).close());
        assertThat(Window.getWindows()).doesNotContain(window);
    }
}
