package org.modelcards.app.wizard;

import org.modelcards.app.controls.Choices;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.template.ModelKind;
import org.modelcards.core.validation.Strictness;

/** The "New card" dialog: asks what kind of model the card is for, its name, and the profile to check it against. */
public final class NewCardWizard {
    /** The finishing button; its node has the id {@code wizard-create}. */
    public static final ButtonType CREATE = new ButtonType("_Create", ButtonBar.ButtonData.OK_DONE);
    private static final double LIST_HEIGHT = 290;
    /** Cell padding plus room for the vertical scroll bar. */
    private static final double CELL_INSETS = 36;

    private final NewCardWizardViewModel model;
    private final Dialog<NewCard> dialog = new Dialog<>();
    private final ListView<ModelKind> kinds = new ListView<>();

    public NewCardWizard(NewCardWizardViewModel model, Window owner) {
        this.model = model;
        dialog.setTitle("New model card");
        dialog.setHeaderText("What kind of model is this card for?\n"
                + "The template fills in what is true of every such model and asks the rest as TODO questions.");
        if (owner != null) {
            dialog.initOwner(owner);
            // a dialog is a window of its own: give it the editor's theme (light or dark)
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        dialog.getDialogPane().setId("new-card-wizard");
        dialog.getDialogPane().setContent(form());
        dialog.getDialogPane().getButtonTypes().setAll(CREATE, ButtonType.CANCEL);
        Node create = dialog.getDialogPane().lookupButton(CREATE);
        create.setId("wizard-create");
        create.disableProperty().bind(model.validProperty().not());
        dialog.setResultConverter(button -> button == CREATE && model.isValid() ? model.choice() : null);
        dialog.setOnShown(e -> kinds.requestFocus());
    }

    /** Shows the dialog and waits: the new card, or empty when the user cancelled. */
    public Optional<NewCard> showAndWait() {
        return dialog.showAndWait();
    }

    /** The dialog itself, for callers that show it without waiting (tests). */
    public Dialog<NewCard> dialog() {
        return dialog;
    }

    private Node form() {
        kinds.setId("wizard-kinds");
        kinds.setItems(FXCollections.observableList(model.kinds()));
        kinds.setCellFactory(list -> new KindCell());
        kinds.setPrefHeight(LIST_HEIGHT);
        kinds.setAccessibleText("Kind of model");
        kinds.getSelectionModel().select(model.kindProperty().get());
        kinds.scrollTo(model.kindProperty().get());
        kinds.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.kindProperty().set(now));
        model.kindProperty().addListener((obs, old, now) -> kinds.getSelectionModel().select(now));

        TextField name = new TextField();
        name.setId("wizard-name");
        name.setPromptText("e.g. tiny-sentiment-en");
        name.setAccessibleText("Model name");
        name.textProperty().bindBidirectional(model.nameProperty());

        ChoiceBox<Profile> profile = choice("wizard-profile", "Profile",
                NewCardWizardViewModel::label, List.of(Profile.values()));
        profile.valueProperty().bindBidirectional(model.profileProperty());
        ChoiceBox<Strictness> strictness = choice("wizard-strictness", "Strictness",
                NewCardWizardViewModel::label, List.of(Strictness.values()));
        strictness.valueProperty().bindBidirectional(model.strictnessProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.add(label("_Kind of model:", kinds), 0, 0, 2, 1);
        grid.add(kinds, 0, 1, 2, 1);
        grid.addRow(2, label("_Name:", name), name);
        grid.addRow(3, label("_Profile:", profile), profile);
        grid.addRow(4, label("_Strictness:", strictness), strictness);
        grid.setPrefWidth(560);
        return grid;
    }

    /** A label whose mnemonic (Alt + the underlined letter) moves focus to {@code target}. */
    private static Label label(String text, Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        return label;
    }

    private static <T> ChoiceBox<T> choice(String id, String accessible, Function<T, String> names, List<T> values) {
        ChoiceBox<T> box = Choices.of(id, accessible, names, values);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** A kind's name over one line saying what its template pre-fills. */
    private final class KindCell extends ListCell<ModelKind> {
        @Override
        protected void updateItem(ModelKind kind, boolean empty) {
            super.updateItem(kind, empty);
            if (empty || kind == null) {
                setId(null);
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            Label title = wrapped(kind.label() + " — " + kind.description(), "wizard-kind-title");
            title.setStyle("-fx-font-weight: bold");
            Label prefills = wrapped(model.describe(kind), "wizard-kind-prefills");
            VBox box = new VBox(2, title, prefills);
            setId("wizard-kind-" + kind.id());
            setText(null);
            setGraphic(box);
            setAccessibleText(kind.label() + ". " + kind.description() + " " + model.describe(kind));
        }

        /** A label that wraps inside the list instead of widening it, so the list never scrolls sideways. */
        private Label wrapped(String text, String styleClass) {
            Label label = new Label(text);
            label.getStyleClass().add(styleClass);
            label.setWrapText(true);
            label.maxWidthProperty().bind(kinds.widthProperty().subtract(CELL_INSETS));
            return label;
        }
    }
}
