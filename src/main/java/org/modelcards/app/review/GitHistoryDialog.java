package org.modelcards.app.review;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.modelcards.core.git.Commit;

/**
 * "Compare with a version from git history": the commits that changed the open card, newest first;
 * the one picked is the review's previous version. The list fills in when git has answered.
 */
public final class GitHistoryDialog {
    private final Dialog<Commit> dialog = new Dialog<>();
    private final ListView<Commit> list = new ListView<>();

    public GitHistoryDialog(GitHistoryViewModel model, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle("Compare with a version from git history");
        dialog.setHeaderText("Review " + model.file().getFileName() + " against the version of a commit:");
        ButtonType compare = new ButtonType("_Compare", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(compare, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(compare).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());

        list.setId("git-history");
        list.setAccessibleText("Commits that changed " + model.file().getFileName());
        list.setItems(model.commits());
        list.setPrefSize(640, 320);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Commit commit, boolean empty) {
                super.updateItem(commit, empty);
                setText(empty || commit == null ? null : commit.label());
            }
        });
        Label placeholder = new Label();
        placeholder.setId("git-history-message");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.messageProperty());
        list.setPlaceholder(placeholder);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        dialog.getDialogPane().setContent(new VBox(8, list));
        dialog.setResultConverter(button -> button == compare ? list.getSelectionModel().getSelectedItem() : null);
        dialog.setOnShown(e -> list.requestFocus());
        model.commits().addListener((javafx.collections.ListChangeListener<Commit>) change -> {
            if (!model.commits().isEmpty() && list.getSelectionModel().isEmpty()) {
                // the newest commit is usually the one to compare with
                list.getSelectionModel().select(0);
            }
        });
    }

    public Dialog<Commit> dialog() {
        return dialog;
    }

    public Optional<Commit> showAndWait() {
        return dialog.showAndWait();
    }
}
