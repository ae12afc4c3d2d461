package org.modelcards.app.importing;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.modelcards.app.importing.ImportSummaryViewModel.FieldGroup;
import org.modelcards.core.format.ImportSummary;

/**
 * What opening the README understood, in full: the fields filled from the text (by label, section
 * by section; a click shows the field in the form), those from the front matter, and the sections
 * kept as they are with their line numbers. Non-modal, so the author can click through fields.
 */
final class ImportDetailsDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ImportSummaryViewModel model;

    ImportDetailsDialog(ImportSummaryViewModel model, Window owner) {
        this.model = model;
        dialog.initOwner(owner);
        DialogLook.from(owner, dialog.getDialogPane());
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Import details");
        dialog.setResizable(true);
        VBox content = new VBox(4);
        content.setId("import-details-content");
        content.getStyleClass().add("import-details");
        heading(content, "Filled from the text");
        fields(content, model.fromText());
        if (!model.fromMetadata().isEmpty()) {
            heading(content, "Filled from the front matter");
            fields(content, model.fromMetadata());
        }
        heading(content, "Kept as they are");
        if (model.kept().isEmpty()) {
            content.getChildren().add(new Label("None: every section went into a field."));
        }
        for (ImportSummary.Kept kept : model.kept()) {
            Label line = new Label(model.describe(kept));
            line.getStyleClass().add("import-kept");
            content.getChildren().add(line);
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(520, 460);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setPrefWidth(560);
        Label header = new Label(model.message());
        header.setWrapText(true);
        header.setMaxWidth(520);
        header.getStyleClass().add("import-dialog-header");
        dialog.getDialogPane().getStyleClass().add("import-dialog");
        dialog.getDialogPane().setHeader(header);
    }

    void show() {
        dialog.show();
    }

    private static void heading(VBox content, String text) {
        Label label = new Label(text);
        label.getStyleClass().add("import-details-heading");
        content.getChildren().add(label);
    }

    private void fields(VBox content, List<FieldGroup> groups) {
        if (groups.isEmpty()) {
            content.getChildren().add(new Label("None."));
        }
        for (FieldGroup group : groups) {
            Label section = new Label(group.sectionLabel());
            section.getStyleClass().add("import-details-section");
            content.getChildren().add(section);
            for (ImportSummaryViewModel.FieldChoice field : group.fields()) {
                Hyperlink link = new Hyperlink(field.label());
                link.setId("import-field-" + field.fieldId().replace('.', '-'));
                link.setOnAction(e -> model.goTo(field));
                content.getChildren().add(indented(link));
            }
        }
    }

    private static Node indented(Node node) {
        VBox box = new VBox(node);
        box.setPadding(new javafx.geometry.Insets(0, 0, 0, 14));
        return box;
    }
}
