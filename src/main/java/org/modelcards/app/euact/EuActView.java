package org.modelcards.app.euact;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.modelcards.core.euact.Recipient;

/**
 * The "EU AI Act" view: progress of the Model Documentation Form per recipient, then the form's items
 * in order; Enter or a double click on an item shows its field in the form (where the guidance pane
 * gives the item's text).
 */
public final class EuActView {
    private final VBox root = new VBox(6);

    public EuActView(EuActViewModel model, Consumer<String> showField) {
        for (Recipient recipient : Recipient.values()) {
            Label label = new Label();
            label.textProperty().bind(model.progressProperty(recipient));
            ProgressBar bar = new ProgressBar(model.fraction(recipient));
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setAccessibleText(recipient.label() + " completeness");
            model.progressProperty(recipient).addListener((obs, old, now) -> bar.setProgress(model.fraction(recipient)));
            root.getChildren().addAll(label, bar);
        }
        ListView<EuActViewModel.Row> items = new ListView<>(model.rows());
        items.setAccessibleText("Model Documentation Form items");
        items.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(EuActViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.text());
            }
        });
        items.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && items.getSelectionModel().getSelectedItem() != null) {
                showField.accept(items.getSelectionModel().getSelectedItem().fieldId());
            }
        });
        items.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && items.getSelectionModel().getSelectedItem() != null) {
                showField.accept(items.getSelectionModel().getSelectedItem().fieldId());
            }
        });
        VBox.setVgrow(items, Priority.ALWAYS);
        root.getChildren().add(items);
    }

    public Node node() {
        return root;
    }
}
