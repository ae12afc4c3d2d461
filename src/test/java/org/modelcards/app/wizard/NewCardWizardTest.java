package org.modelcards.app.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.template.CardTemplates;
import org.modelcards.core.template.ModelKind;
import org.modelcards.core.validation.Strictness;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real dialog (headless through Monocle in `mvn verify`). */
@ExtendWith(ApplicationExtension.class)
class NewCardWizardTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private NewCardWizard open(FxRobot robot) {
        NewCardWizard[] wizard = new NewCardWizard[1];
        robot.interact(() -> {
            wizard[0] = new NewCardWizard(new NewCardWizardViewModel(new CardTemplates()), stage);
            wizard[0].dialog().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return wizard[0];
    }

    @Test
    void pickingLlmAndTypingANameCreatesANamedLlmCard(FxRobot robot) {
        NewCardWizard wizard = open(robot);
        Node create = robot.lookup("#wizard-create").query();
        assertThat(create.isDisabled()).as("no name yet").isTrue();

        robot.clickOn("#wizard-kind-llm");
        @SuppressWarnings("unchecked")
        ListView<ModelKind> kinds = robot.lookup("#wizard-kinds").queryAs(ListView.class);
        assertThat(kinds.getSelectionModel().getSelectedItem()).isEqualTo(ModelKind.LLM);
        robot.clickOn("#wizard-name").write("my-llm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(create.isDisabled()).isFalse();
        robot.clickOn("#wizard-create");
        WaitForAsyncUtils.waitForFxEvents();

        NewCard result = wizard.dialog().getResult();
        assertThat(wizard.dialog().isShowing()).isFalse();
        assertThat(result).isNotNull();
        assertThat(result.card().details().name()).isEqualTo("my-llm");
        assertThat(result.card().details().pipelineTag()).isEqualTo("text-generation");
        assertThat(result.card().intendedUse().outOfScope()).allMatch(s -> s.startsWith("TODO: "));
        assertThat(result.profile()).isEqualTo(Profile.HUGGINGFACE);
        assertThat(result.strictness()).isEqualTo(Strictness.DRAFT);
    }

    @Test
    void cancellingCreatesNothing(FxRobot robot) {
        NewCardWizard wizard = open(robot);
        robot.clickOn("#wizard-name").write("never-made");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.dialog().isShowing()).isFalse();
        assertThat(wizard.dialog().getResult()).isNull();
    }
}
