package org.modelcards.app.help;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modelcards.app.ExampleCards;
import org.modelcards.app.StudioApp;
import org.modelcards.app.document.CardDocument;
import org.modelcards.app.main.EditorViewModel;
import org.modelcards.core.validation.HubFacts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Find, F1 and About, driven through the real window. */
@ExtendWith(ApplicationExtension.class)
class DesktopHabitsTest {
    private EditorViewModel model;

    @Start
    void start(Stage stage) {
        StudioApp.show(stage, new CardDocument(ExampleCards.load(ExampleCards.DEFAULT), null), link -> { }, m -> model = m);
    }

    @Test
    void ctrlFFindsAValueAndGoesToItsFieldWithTheTextSelected(FxRobot robot) {
        String licence = model.document().card().details().name();
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write(licence).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#find-count").queryAs(Label.class).getText()).contains("1 of");
        TextInputControl field = robot.lookup("#field-details-name").queryAs(TextInputControl.class);
        assertThat(field.getSelectedText()).isEqualToIgnoringCase(licence);
        assertThat(field.isFocused()).isTrue();
        robot.push(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#find-count").queryAs(Label.class).getText()).as("F3 goes on").contains("2 of");
    }

    @Test
    void f1OnAFieldBringsTheKeyboardToItsGuidance(FxRobot robot) {
        robot.clickOn("#field-details-name");
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#guidance").query().isFocused()).isTrue();
    }

    @Test
    void aboutSaysTheVersionsAndTheRulePackDate() {
        assertThat(HelpWindow.aboutText()).contains("Java " + System.getProperty("java.version"), "JavaFX",
                "rule pack " + HubFacts.VERSION);
        assertThat(HelpWindow.guideText()).contains("Ctrl+Tab", "Source view", "Paste");
    }

    @Test
    void aCardMadeWithTheWizardIsUnsavedUntilSaved(FxRobot robot) {
        robot.interact(() -> model.newCard(new org.modelcards.app.wizard.NewCard(
                model.document().card(), model.profileProperty().get(), model.strictnessProperty().get())));
        assertThat(model.document().isDirty()).as("quitting asks before it is lost").isTrue();
    }
}
