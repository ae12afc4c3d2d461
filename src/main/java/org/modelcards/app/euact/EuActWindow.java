package org.modelcards.app.euact;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.euact.ModelDocumentationForm;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.validation.checker.Validator;

/** The EU AI Act view of the open card in a window of its own, beside the form it leads to. */
public final class EuActWindow {
    private EuActWindow() {
    }

    /**
     * Opens the view on {@code card}; Enter or a double click on an item calls {@code showField} with
     * its field. The window follows the card while it is open and lets go of it when closed.
     */
    public static Stage open(Window owner, String title, ObservableObjectValue<ModelCard> card, FieldCatalog catalog,
            Consumer<String> showField, List<String> stylesheets, String style) {
        // bound, not listened to: a binding holds the document weakly, and is dropped on close
        SimpleObjectProperty<ModelCard> followed = new SimpleObjectProperty<>();
        followed.bind(card);
        EuActViewModel model = new EuActViewModel(followed, Validator.standard(), ModelDocumentationForm.standard(), catalog);
        BorderPane pane = new BorderPane(new EuActView(model, showField).node());
        pane.setPadding(new Insets(12));
        pane.setId("eu-act");
        pane.setStyle(style);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(pane, 680, 720);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.setOnHidden(e -> followed.unbind());
        stage.show();
        return stage;
    }
}
