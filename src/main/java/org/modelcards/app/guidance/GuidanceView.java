package org.modelcards.app.guidance;

import javafx.beans.binding.Bindings;
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
                heading("Good example", model.goodProperty()), paragraph(model.goodProperty(), "guidance-good"),
                heading("Poor example", model.poorProperty()), paragraph(model.poorProperty(), "guidance-poor"),
                paragraph(model.poorBecauseProperty(), "guidance-because"),
                paragraph(model.askedByProperty(), "guidance-asked"));
        box.setPadding(new Insets(16));
        box.getStyleClass().add("guidance");
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        root.setAccessibleText("Guidance for the focused field");
    }

    /** A heading shown only while there is something under it. */
    private static Label heading(String text, ObservableStringValue under) {
        Label label = new Label(text);
        label.getStyleClass().add("guidance-heading");
        label.visibleProperty().bind(Bindings.isNotEmpty(under));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Label paragraph(ObservableStringValue text, String style) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }

    public Node node() {
        return root;
    }
}
