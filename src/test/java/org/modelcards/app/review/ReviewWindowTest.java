package org.modelcards.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modelcards.app.ExampleCards;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.validation.Strictness;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the review window (headless through Monocle in `mvn verify`). */
@ExtendWith(ApplicationExtension.class)
class ReviewWindowTest {
    private final ModelCard base = ExampleCards.load(ExampleCards.DEFAULT);
    private ReviewWindow window;

    @Start
    void start(Stage owner) {
        owner.setScene(new Scene(new StackPane(), 200, 100));
        owner.show();
        window = ReviewWindow.open(owner, base, "main", ReviewViewModelTest.edited(base), "pr-42",
                Profile.HUGGINGFACE, Strictness.RELEASE);
    }

    @Test
    void aReviewerTicksKeepsThePreviousLicenceAndComments(FxRobot robot) {
        assertThat(robot.lookup("#review-summary").queryAs(Label.class).getText()).contains("2 changes");
        assertThat(robot.lookup("#keep-evaluation-results").tryQuery()).isPresent();

        robot.clickOn("#check-licence");
        robot.clickOn("#keep-license-id");
        robot.clickOn("#comment-license-id").write("MIT is not what the repo says");
        robot.clickOn("#comment-license").write("Please check");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#check-licence").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#keep-license-id").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#comment-license-id").queryAs(TextField.class).getText())
                .isEqualTo("MIT is not what the repo says");
        ReviewViewModel model = window.model();
        ModelCard merged = model.merged();
        assertThat(merged.license().id()).isEqualTo(base.license().id());
        assertThat(merged.evaluation().results().get(0).value()).isEqualTo("0.999");
        String report = model.markdownReport();
        assertThat(report).contains("- [x] The licence is correct")
                .contains("MIT is not what the repo says").contains("Please check")
                .contains("the previous value is kept");

        robot.clickOn("#review-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().isShowing()).as("comments are not dropped without asking").isTrue();
        javafx.scene.control.Button discard = robot.lookup(".button").queryAllAs(javafx.scene.control.Button.class)
                .stream().filter(b -> b.getText().contains("Discard comments")).findFirst().orElseThrow();
        robot.clickOn(discard);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().isShowing()).isFalse();
    }
}
