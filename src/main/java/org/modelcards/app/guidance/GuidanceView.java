package org.modelcards.app.guidance;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The guidance pane on the right. */
public final class GuidanceView {
    private final ScrollPane root;

    public GuidanceView(GuidanceViewModel model) {
        Label title = new Label();
        title.textProperty().bind(model.titleProperty());
        title.getStyleClass().add("guidance-title");
        title.setId("guidance-title");
        VBox box = new VBox(8, title,
                paragraph(model.whyProperty(), "guidance-why"),
                heading("Good example"), paragraph(model.goodProperty(), "guidance-good"),
                heading("Poor example"), paragraph(model.poorProperty(), "guidance-poor"),
                paragraph(model.askedByProperty(), "guidance-asked"));
        box.setPadding(new Insets(16));
        box.getStyleClass().add("guidance");
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        root.setAccessibleText("Guidance for the focused field");
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("guidance-heading");
        return label;
    }

    private static Label paragraph(ObservableStringValue text, String style) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }

    public Node node() {
        return root;
    }
}
