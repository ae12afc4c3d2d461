package org.modelcards.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.git.Commit;
import org.modelcards.core.git.TempGitRepo;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The git-history picker shows the commits, newest selected, and Compare returns the one chosen. */
@ExtendWith(ApplicationExtension.class)
class GitHistoryDialogTest {
    @TempDir
    Path dir;
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void theNewestCommitIsSelectedAndCompareReturnsTheChosenOne(FxRobot robot) throws Exception {
        TempGitRepo repo = TempGitRepo.init(dir);
        Path card = repo.copy(GitHistoryViewModelTest.README, "README.md");
        repo.commitAll("Add the card");
        Files.writeString(card, Files.readString(card) + "\nMore.\n");
        repo.commitAll("Say more");

        GitHistoryViewModel model = new GitHistoryViewModel(card, new CardFiles(), Runnable::run,
                javafx.application.Platform::runLater);
        GitHistoryDialog[] dialog = new GitHistoryDialog[1];
        robot.interact(() -> {
            dialog[0] = new GitHistoryDialog(model, owner);
            dialog[0].dialog().show();
            model.load();
        });
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Commit> list = robot.lookup("#git-history").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(Commit::subject).containsExactly("Say more", "Add the card");
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();

        robot.interact(() -> list.getSelectionModel().select(1));
        robot.clickOn("Compare");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog[0].dialog().getResult().subject()).isEqualTo("Add the card");
    }

    @Test
    void outsideARepositoryTheListSaysSo(FxRobot robot) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TempGitRepo.gitAvailable(), "git is not installed");
        Path card = Files.copy(GitHistoryViewModelTest.README, Files.createDirectories(dir.resolve("plain")).resolve("README.md"));
        GitHistoryViewModel model = new GitHistoryViewModel(card, new CardFiles(), Runnable::run,
                javafx.application.Platform::runLater);
        robot.interact(() -> {
            new GitHistoryDialog(model, owner).dialog().show();
            model.load();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#git-history-message").queryAs(Label.class).getText())
                .isEqualTo("README.md is not in a git repository.");
        robot.clickOn("Cancel");
    }
}
