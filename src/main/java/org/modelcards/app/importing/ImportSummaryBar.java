package org.modelcards.app.importing;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * The notification bar under the card's name after a README is opened: what was understood, with
 * "Details…", "Assign a section…" and a close button. Non-modal, so the author can read the form
 * and the summary together; hidden until {@link #show} and after the author closes it.
 */
public final class ImportSummaryBar {
    private final HBox bar = new HBox(10);
    private final Label message = new Label();
    private final Button details = new Button("_Details…");
    private final Button assign = new Button("_Assign a section…");
    private final Button close = new Button("✕");
    private ImportSummaryViewModel model;

    public ImportSummaryBar(java.util.function.Supplier<Window> owner) {
        bar.setId("import-summary");
        bar.getStyleClass().add("import-summary");
        bar.setAlignment(Pos.CENTER_LEFT);
        message.setId("import-summary-message");
        message.setWrapText(true);
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        details.setId("import-details");
        assign.setId("import-assign");
        close.setId("import-close");
        close.getStyleClass().add("import-close");
        close.setTooltip(new Tooltip("Close the import summary"));
        close.setAccessibleText("Close the import summary");
        for (Button button : new Button[] {details, assign, close}) {
            button.setMnemonicParsing(true);
            button.setMinWidth(Button.USE_PREF_SIZE);
        }
        details.setOnAction(e -> new ImportDetailsDialog(model, owner.get()).show());
        assign.setOnAction(e -> new AssignSectionDialog(model, owner.get()).showAndWait());
        close.setOnAction(e -> hide());
        bar.getChildren().addAll(message, details, assign, close);
        bar.managedProperty().bind(bar.visibleProperty());
        hide();
    }

    public Node node() {
        return bar;
    }

    /** Shows the summary of {@code summary}'s document, in place of any earlier one. */
    public void show(ImportSummaryViewModel summary) {
        this.model = summary;
        message.textProperty().bind(summary.messageProperty());
        assign.disableProperty().bind(summary.canAssignProperty().not());
        bar.setVisible(true);
    }

    public void hide() {
        bar.setVisible(false);
        message.textProperty().unbind();
        assign.disableProperty().unbind();
        model = null;
    }

    public boolean isShowing() {
        return bar.isVisible();
    }
}
