package org.modelcards.app.importing;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.modelcards.app.importing.ImportSummaryViewModel.FieldChoice;
import org.modelcards.core.format.ImportSummary;

/**
 * Assigns a kept section to an empty field by hand: the kept sections in a list, the fields that
 * can take one in a combo (by label, in the form's order). A refusal (the section was edited) is
 * shown in the dialog, which stays open; Escape or Cancel closes it with nothing changed.
 */
final class AssignSectionDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ListView<ImportSummary.Kept> sections = new ListView<>();
    private final ComboBox<FieldChoice> fields = new ComboBox<>();
    private final Label problem = new Label();

    AssignSectionDialog(ImportSummaryViewModel model, Window owner) {
        dialog.initOwner(owner);
        DialogLook.from(owner, dialog.getDialogPane());
        dialog.setTitle("Assign a section to a field");
        Label header = new Label("The field takes the section's text. The file stays as it is: "
                + "saving writes the field where the section is.");
        header.setWrapText(true);
        header.setMaxWidth(500);
        header.getStyleClass().add("import-dialog-header");
        dialog.getDialogPane().setHeader(header);
        dialog.getDialogPane().getStyleClass().add("import-dialog");
        sections.setId("assign-sections");
        sections.setAccessibleText("Kept sections");
        sections.setItems(model.kept());
        sections.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ImportSummary.Kept item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
            }
        });
        sections.setPrefHeight(240);
        fields.setId("assign-field");
        fields.setAccessibleText("Field");
        fields.setItems(model.assignable());
        fields.setPromptText("Choose the field it should fill");
        fields.setVisibleRowCount(10);
        fields.setMaxWidth(Double.MAX_VALUE);
        problem.setId("assign-problem");
        problem.getStyleClass().add("issue-error");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        Label sectionsLabel = new Label("_Section kept as it is");
        sectionsLabel.setMnemonicParsing(true);
        sectionsLabel.setLabelFor(sections);
        Label fieldLabel = new Label("_Field it fills");
        fieldLabel.setMnemonicParsing(true);
        fieldLabel.setLabelFor(fields);
        VBox content = new VBox(6, sectionsLabel, sections, fieldLabel, fields, problem);
        VBox.setVgrow(sections, Priority.ALWAYS);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);

        ButtonType assignType = new ButtonType("_Assign", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(assignType, ButtonType.CANCEL);
        Button assign = (Button) dialog.getDialogPane().lookupButton(assignType);
        assign.setId("assign-ok");
        assign.disableProperty().bind(sections.getSelectionModel().selectedItemProperty().isNull()
                .or(fields.valueProperty().isNull()));
        // a refusal keeps the dialog open with the reason, so the author can pick another pair
        assign.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<String> refused = model.assign(sections.getSelectionModel().getSelectedItem(), fields.getValue());
            refused.ifPresent(why -> {
                problem.setText(why);
                problem.setVisible(true);
                e.consume();
            });
        });
        if (!sections.getItems().isEmpty()) {
            sections.getSelectionModel().select(0);
        }
        // keyboard first: the list has the focus, so arrows pick a section at once
        dialog.setOnShown(e -> sections.requestFocus());
        // a list takes Escape for itself (to cancel a cell edit, which this one never has): Escape cancels here too
        sections.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                dialog.setResult(ButtonType.CANCEL);
                dialog.close();
            }
        });
    }

    Optional<ButtonType> showAndWait() {
        return dialog.showAndWait();
    }

    /** For screenshots and tests that must not block: shows the dialog and returns. */
    void show() {
        dialog.show();
    }
}
