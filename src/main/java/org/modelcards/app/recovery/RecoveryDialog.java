package org.modelcards.app.recovery;

import java.io.IOException;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.modelcards.app.document.CardDocument;

/**
 * The start-up prompt after a crash: every orphaned snapshot, newest first, with its file, time
 * and a warning when the file changed on disk since. Restore opens the selected one; Discard deletes
 * the selected one after asking; Not Now keeps them all for the next start.
 */
public final class RecoveryDialog {
    private final RecoveryViewModel model;
    private final Window owner;

    public RecoveryDialog(RecoveryViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
    }

    /** Shows the prompt when there is something to offer; the document to open, if the user restored one. */
    public Optional<CardDocument> ask(String key) {
        if (model.offers().isEmpty()) {
            return Optional.empty();
        }
        ListView<RecoveryViewModel.Offer> list = new ListView<>();
        list.setId("recovery-list");
        list.getItems().setAll(model.offers());
        list.getSelectionModel().selectFirst();
        list.setPrefHeight(Math.min(6, list.getItems().size()) * 58 + 4);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(RecoveryViewModel.Offer offer, boolean empty) {
                super.updateItem(offer, empty);
                if (empty || offer == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label title = new Label(model.title(offer));
                title.setStyle("-fx-font-weight: bold");
                Label details = new Label(model.details(offer));
                details.setWrapText(true);
                details.setMaxWidth(560);
                VBox box = new VBox(2, title, details);
                setGraphic(box);
                setAccessibleText(model.title(offer) + ". " + model.details(offer));
            }
        });
        ButtonType restore = new ButtonType("_Restore", ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType("_Discard…", ButtonBar.ButtonData.OTHER);
        ButtonType later = new ButtonType("_Not Now", ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Model Card Studio");
        dialog.setHeaderText(model.offers().size() == 1 ? "Restore unsaved work?"
                : model.offers().size() + " cards had unsaved work when Model Card Studio last stopped");
        Label intro = new Label("Model Card Studio stopped before this work was saved. Restore opens it on top of its "
                + "file as it was; nothing is written until you save. Not Now keeps it for the next start.");
        intro.setWrapText(true);
        intro.setMaxWidth(580);
        dialog.getDialogPane().setContent(new VBox(10, intro, list));
        dialog.getDialogPane().getButtonTypes().setAll(restore, discard, later);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Button discardButton = (Button) dialog.getDialogPane().lookupButton(discard);
        discardButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open for the others
            RecoveryViewModel.Offer chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && confirmDiscard(dialog, chosen)) {
                try {
                    model.discard(chosen);
                } catch (IOException ex) {
                    error(dialog, "The snapshot could not be deleted", ex.getMessage());
                }
                list.getItems().setAll(model.offers());
                list.getSelectionModel().selectFirst();
                if (list.getItems().isEmpty()) {
                    dialog.setResult(later);
                    dialog.close();
                }
            }
        });
        dialog.getDialogPane().lookupButton(restore).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        discardButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Optional<ButtonType> answer = dialog.showAndWait();
        Optional<CardDocument> restored = Optional.empty();
        if (answer.filter(restore::equals).isPresent() && list.getSelectionModel().getSelectedItem() != null) {
            try {
                restored = Optional.of(model.restore(list.getSelectionModel().getSelectedItem(), key));
            } catch (IOException e) {
                error(null, "The unsaved work could not be restored; it is kept for the next start", e.getMessage());
            }
        }
        model.finish();
        return restored;
    }

    private boolean confirmDiscard(Dialog<?> parent, RecoveryViewModel.Offer offer) {
        ButtonType delete = new ButtonType("_Discard", ButtonBar.ButtonData.YES);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, model.details(offer), delete, ButtonType.CANCEL);
        alert.setHeaderText("Discard the unsaved work on " + model.title(offer) + "? This cannot be undone.");
        alert.initOwner(parent.getDialogPane().getScene().getWindow());
        return alert.showAndWait().filter(delete::equals).isPresent();
    }

    private void error(Dialog<?> parent, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText(header);
        if (parent != null) {
            alert.initOwner(parent.getDialogPane().getScene().getWindow());
        } else if (owner != null) {
            alert.initOwner(owner);
        }
        alert.showAndWait();
    }
}
