package org.modelcards.app.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.format.AtomicFiles;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.review.Change;
import org.modelcards.core.review.ChecklistItem;
import org.modelcards.core.validation.Strictness;

/**
 * The maintainers' review window: the checklist on the left, the changed sections on the right with
 * before and after side by side, a "Keep previous" toggle and a comment per field, a comment per
 * section; the report goes to the clipboard or a file and the merged card to a file.
 */
public final class ReviewWindow {
    private static final int SHOWN_CHARS = 600;
    private final ReviewViewModel model;
    private final Stage stage = new Stage();
    private final Label status = new Label();

    public ReviewWindow(ReviewViewModel model, Window owner) {
        this.model = model;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Review: " + model.proposedName() + " — Model Card Studio");
        BorderPane root = new BorderPane();
        root.setId("review");
        root.getStyleClass().add("review");
        root.setTop(header());
        SplitPane middle = new SplitPane(checklist(), changes());
        middle.setDividerPositions(0.26);
        root.setCenter(middle);
        root.setBottom(buttons());
        Scene scene = new Scene(root, 1200, 780);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            // the theme and text size sit on the main window's root: the review follows them too
            scene.getStylesheets().addAll(owner.getScene().getRoot().getStylesheets());
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
        scene.getStylesheets().add(ReviewWindow.class.getResource("review.css").toExternalForm());
        stage.setScene(scene);
    }

    /** Opens a review of {@code proposed} against {@code base} ({@link ModelCard#EMPTY} for a first review). */
    public static ReviewWindow open(Window owner, ModelCard base, String baseName, ModelCard proposed,
            String proposedName, Profile profile, Strictness strictness) {
        ReviewWindow window = new ReviewWindow(
                new ReviewViewModel(base, proposed, baseName, proposedName, profile, strictness), owner);
        window.show();
        return window;
    }

    public void show() {
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
            }
        });
        stage.show();
    }

    /** Esc, Close or the window's close box: comments written here are not dropped without asking. */
    private boolean mayClose() {
        boolean written = model.state().comments().values().stream().anyMatch(c -> !c.isBlank());
        if (!written) {
            return true;
        }
        javafx.scene.control.ButtonType drop = new javafx.scene.control.ButtonType("_Discard comments",
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                "Save the report first (Markdown or JSON) to keep them.", drop, javafx.scene.control.ButtonType.CANCEL);
        ask.setHeaderText("Close the review and discard its comments?");
        ask.initOwner(stage);
        return ask.showAndWait().filter(drop::equals).isPresent();
    }

    public Stage stage() {
        return stage;
    }

    public ReviewViewModel model() {
        return model;
    }

    private Node header() {
        Label title = new Label(model.firstReview()
                ? "First review of " + model.proposedName()
                : model.baseName() + "  →  " + model.proposedName());
        title.setId("review-title");
        title.getStyleClass().add("review-title");
        Label summary = new Label(model.summary() + "  ·  profile " + model.profile().id());
        summary.setId("review-summary");
        summary.getStyleClass().add("review-summary");
        VBox header = new VBox(2, title, summary);
        header.getStyleClass().add("review-header");
        return header;
    }

    private Node checklist() {
        Label heading = new Label("Checklist");
        heading.getStyleClass().add("review-heading");
        VBox box = new VBox(8, heading);
        box.getStyleClass().add("review-checklist");
        for (ChecklistItem item : model.state().checklist()) {
            CheckBox check = new CheckBox(item.text());
            check.setId("check-" + item.id());
            check.setWrapText(true);
            check.setMnemonicParsing(false);
            check.setAccessibleText("Checklist: " + item.text());
            check.setSelected(model.state().ticked().contains(item.id()));
            check.selectedProperty().addListener((obs, old, now) -> model.tick(item.id(), now));
            box.getChildren().add(check);
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setId("review-checklist");
        scroll.setMinWidth(220);
        return scroll;
    }

    private Node changes() {
        VBox list = new VBox(14);
        list.getStyleClass().add("review-changes");
        CatalogTexts texts = model.texts();
        if (model.changesBySection().isEmpty()) {
            list.getChildren().add(new Label("No changes in meaning."));
        }
        for (Map.Entry<String, Map<String, List<Change>>> section : model.changesBySection().entrySet()) {
            String sectionLabel = texts.sectionLabel(section.getKey());
            Label title = new Label(sectionLabel);
            title.getStyleClass().add("review-section-title");
            VBox box = new VBox(6, title);
            box.getStyleClass().add("review-section");
            box.setId("section-" + safe(section.getKey()));
            section.getValue().forEach((fieldId, changes) -> box.getChildren().add(field(fieldId, changes, texts)));
            box.getChildren().add(commentField(section.getKey(), "Comment on the section " + sectionLabel,
                    "Comment on this section…"));
            list.getChildren().add(box);
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setId("review-changes");
        return scroll;
    }

    private Node field(String fieldId, List<Change> changes, CatalogTexts texts) {
        String label = texts.label(fieldId);
        Label name = new Label(label);
        name.getStyleClass().add("review-field-label");
        ToggleButton keep = new ToggleButton("Keep previous");
        keep.setId("keep-" + safe(fieldId));
        keep.setAccessibleText("Keep the previous value of " + label + " instead of the proposed one");
        keep.setTooltip(new Tooltip("Keep the base value of " + label + " in the merged card"));
        keep.setSelected(model.state().keptBase().contains(fieldId));
        keep.selectedProperty().addListener((obs, old, now) -> model.keepBase(fieldId, now));
        HBox top = new HBox(10, name, grow(), keep);
        top.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints kindColumn = new ColumnConstraints();
        kindColumn.setMinWidth(76);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(44);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(kindColumn, half, half);
        int row = 0;
        for (Change change : changes) {
            if (!change.path().equals(fieldId)) {
                Label path = new Label(change.path().substring(fieldId.length()));
                path.getStyleClass().add("review-path");
                grid.add(path, 1, row++, 2, 1);
            }
            Label kind = new Label(change.kind().name());
            kind.getStyleClass().addAll("review-kind", "review-kind-" + change.kind().name().toLowerCase(Locale.ROOT));
            grid.add(kind, 0, row);
            grid.add(value(change.before(), "review-before", "Before"), 1, row);
            grid.add(value(change.after(), "review-after", "After"), 2, row);
            row++;
        }
        TextField comment = commentField(fieldId, "Comment on " + label, "Comment on this field…");
        VBox box = new VBox(4, top, grid, comment);
        box.getStyleClass().add("review-field");
        keep.selectedProperty().addListener((obs, old, now) -> pseudo(box, now));
        pseudo(box, keep.isSelected());
        return box;
    }

    private static void pseudo(Node box, boolean kept) {
        box.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("kept"), kept);
    }

    private static Label value(String text, String style, String side) {
        boolean empty = text.isBlank();
        String shown = text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS - 1) + "…" : text;
        Label value = new Label(empty ? "(empty)" : shown);
        value.setWrapText(true);
        value.setMaxWidth(Double.MAX_VALUE);
        value.getStyleClass().addAll("review-value", empty ? "review-empty" : style);
        value.setAccessibleText(side + ": " + (empty ? "empty" : text));
        if (text.length() > SHOWN_CHARS) {
            value.setTooltip(new Tooltip(text));
        }
        return value;
    }

    private TextField commentField(String id, String accessible, String prompt) {
        TextField comment = new TextField(model.state().comments().getOrDefault(id, ""));
        comment.setId("comment-" + safe(id));
        comment.setPromptText(prompt);
        comment.setAccessibleText(accessible);
        comment.getStyleClass().add("review-comment");
        comment.textProperty().addListener((obs, old, now) -> model.comment(id, now));
        return comment;
    }

    private Node buttons() {
        Button copy = button("_Copy Markdown report", "Copy the Markdown report to the clipboard", this::copyReport);
        copy.setId("review-copy");
        Button saveReport = button("Save _report…", "Save the report as Markdown or JSON", this::saveReport);
        saveReport.setId("review-save-report");
        Button saveMerged = button("Save _merged card…", "Save the merged card as native JSON", this::saveMerged);
        saveMerged.setId("review-save-merged");
        Button close = button("C_lose", "Close the review", () -> {
            if (mayClose()) {
                stage.close();
            }
        });
        close.setId("review-close");
        close.setCancelButton(true);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        status.setId("review-status");
        status.getStyleClass().add("review-status");
        HBox bar = new HBox(8, status, grow(), copy, saveReport, saveMerged, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 10, 12));
        bar.getStyleClass().add("review-buttons");
        return bar;
    }

    private static Button button(String text, String accessible, Runnable action) {
        Button button = new Button(text);
        button.setMnemonicParsing(true);
        button.setAccessibleText(accessible);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static javafx.scene.layout.Region grow() {
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return gap;
    }

    private void copyReport() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.markdownReport());
        Clipboard.getSystemClipboard().setContent(content);
        status.setText("Markdown report copied to the clipboard.");
    }

    private void saveReport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save review report");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Markdown (*.md)", "*.md"),
                new FileChooser.ExtensionFilter("JSON (*.json)", "*.json"));
        chooser.setInitialFileName("review.md");
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            boolean json = file.getName().toLowerCase(Locale.ROOT).endsWith(".json")
                    || chooser.getSelectedExtensionFilter() != null
                    && chooser.getSelectedExtensionFilter().getExtensions().contains("*.json")
                    && !file.getName().toLowerCase(Locale.ROOT).endsWith(".md");
            write(file.toPath(), json ? model.jsonReport() : model.markdownReport(), "Report");
        }
    }

    private void saveMerged() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save merged card");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Model card (*"
                + NativeJsonFormat.EXTENSION + ")", "*" + NativeJsonFormat.EXTENSION));
        chooser.setInitialFileName("merged" + NativeJsonFormat.EXTENSION);
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            write(file.toPath(), new NativeJsonFormat().write(model.merged()).text(), "Merged card");
        }
    }

    private void write(Path path, String text, String what) {
        try {
            AtomicFiles.writeString(path, text);
            status.setText(what + " saved to " + path.getFileName() + ".");
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, path + ": " + e.getMessage());
            alert.initOwner(stage);
            alert.setHeaderText("Could not save");
            alert.show();
        }
    }

    /** Ids usable in CSS selectors: {@code license.id} becomes {@code license-id}. */
    static String safe(String id) {
        return id.replace('.', '-');
    }

    /** For tests and callers that want to know when the reviewer is done. */
    public void onClosed(Consumer<ReviewViewModel> action) {
        stage.setOnHidden(e -> action.accept(model));
    }
}
