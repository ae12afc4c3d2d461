package org.modelcards.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.app.document.CardDocument;
import org.modelcards.core.formats.CardFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The start-up prompt through the real dialog (headless via Monocle): every orphan is listed; Discard asks and stays open. */
@ExtendWith(ApplicationExtension.class)
class RecoveryDialogTest {
    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("editor"), 320, 200));
        stage.show();
    }

    @Test
    void listsEveryOrphanNewestFirstDiscardsOneAfterAskingAndRestoresAnother(FxRobot robot) throws Exception {
        for (String name : new String[] {"oldest", "middle", "newest"}) {
            RecoveryStore crashed = RecoveryStore.open(dir);
            crashed.keep(crashed.newKey(), RecoveryStoreTest.work(name));
            crashed.close();
        }
        try (RecoveryStore store = RecoveryStore.open(dir)) {
            RecoveryViewModel model = new RecoveryViewModel(store, new CardFiles(), ZoneOffset.UTC);
            model.load();
            String key = store.newKey();
            CompletableFuture<Optional<CardDocument>> answer = new CompletableFuture<>();
            Platform.runLater(() -> answer.complete(new RecoveryDialog(model, stage).ask(key)));
            WaitForAsyncUtils.waitForFxEvents();

            @SuppressWarnings("unchecked")
            ListView<RecoveryViewModel.Offer> list = robot.lookup("#recovery-list").queryAs(ListView.class);
            assertThat(list.getItems()).extracting(o -> o.snapshot().card().details().name())
                    .containsExactly("newest", "middle", "oldest");
            robot.interact(() -> list.getSelectionModel().select(1));
            robot.clickOn("Discard…");
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("Discard");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(list.getItems()).extracting(o -> o.snapshot().card().details().name())
                    .as("the dialog stays open for the others").containsExactly("newest", "oldest");

            robot.clickOn("Restore");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(answer).as("the dialog closed").isDone();
            Optional<CardDocument> restored = answer.join();
            assertThat(restored).map(d -> d.card().details().name()).contains("newest");
            assertThat(restored.get().isDirty()).isTrue();
            assertThat(store.mine()).extracting(s -> s.card().details().name()).containsExactly("newest");
            assertThat(store.orphans()).as("the one not chosen is kept for the next start")
                    .extracting(s -> s.card().details().name()).containsExactly("oldest");
            store.release();
        }
    }
}
