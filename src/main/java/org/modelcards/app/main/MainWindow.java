package org.modelcards.app.main;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.modelcards.app.document.CardDocument;
import org.modelcards.app.form.SectionFormView;
import org.modelcards.app.guidance.GuidanceView;
import org.modelcards.app.navigator.SectionNavigatorView;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Section;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.json.NativeJsonFormat;

/** The main window's layout: menu, section navigator, guided form, guidance, status bar. */
public final class MainWindow {
    private final EditorViewModel model;
    private final CatalogTexts texts;
    private final BorderPane root = new BorderPane();
    private final ScrollPane formScroll = new ScrollPane();
    private final SplitPane split = new SplitPane();
    private final Label fileStatus = new Label();
    private final Label progressStatus = new Label();
    private final Label cardName = new Label();
    private final Label cardSummary = new Label();
    private final Map<Section, SectionFormView> forms = new HashMap<>();

    public MainWindow(EditorViewModel model, CatalogTexts texts) {
        this.model = model;
        this.texts = texts;
        formScroll.setFitToWidth(true);
        formScroll.setId("form");
        root.setTop(new javafx.scene.layout.VBox(menuBar(), header()));
        split.getItems().addAll(new Region(), formScroll, new GuidanceView(model.guidance()).node());
        split.setDividerPositions(0.2, 0.72);
        root.setCenter(split);
        root.setBottom(statusBar());
        model.sectionProperty().addListener((obs, old, section) -> showSection(section));
        model.documentProperty().addListener((obs, old, doc) -> bind(doc));
        bind(model.document());
    }

    public Parent root() {
        return root;
    }

    private void bind(CardDocument doc) {
        forms.clear();
        SectionNavigatorView navigator = new SectionNavigatorView(model.catalog().sections(), doc.cardProperty(),
                model.sectionProperty(), texts);
        Node list = navigator.node();
        if (list instanceof Region region) {
            region.setMinWidth(180);
            region.setPrefWidth(250);
            region.setMaxWidth(360);
        }
        split.getItems().set(0, list);
        SplitPane.setResizableWithParent(list, false);
        split.setDividerPositions(0.19, 0.7);
        fileStatus.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> (doc.isDirty() ? "● Unsaved changes  " : "")
                        + doc.file().map(Path::toString).orElse("Not saved yet"),
                doc.dirtyProperty(), doc.titleProperty()));
        progressStatus.textProperty().bind(model.progressText(doc));
        cardName.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> doc.card().details().name().isBlank() ? "Untitled card" : doc.card().details().name(),
                doc.cardProperty()));
        cardSummary.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> doc.card().details().summary(), doc.cardProperty()));
        showSection(model.sectionProperty().get());
    }

    private void showSection(Section section) {
        model.guidance().fieldProperty().set(section.fields().get(0));
        SectionFormView form = forms.computeIfAbsent(section, s -> new SectionFormView(s, model.document(), texts,
                model.guidance().fieldProperty()::set));
        formScroll.setContent(form.node());
        formScroll.setVvalue(0);
    }

    private MenuBar menuBar() {
        MenuItem newCard = item("_New card", "Shortcut+N", this::newCard);
        MenuItem open = item("_Open…", "Shortcut+O", this::open);
        MenuItem save = item("_Save", "Shortcut+S", this::save);
        MenuItem saveAs = item("Save _As…", "Shortcut+Shift+S", this::saveAs);
        MenuItem quit = item("_Quit", "Shortcut+Q", () -> window().hide());
        Menu file = new Menu("_File", null, newCard, open, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), quit);
        MenuBar bar = new MenuBar(file);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(e -> action.run());
        return item;
    }

    private Node header() {
        cardName.setId("card-name");
        cardName.getStyleClass().add("card-name");
        cardSummary.getStyleClass().add("card-summary");
        cardSummary.setMinWidth(0);
        HBox header = new HBox(14, cardName, cardSummary);
        header.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        header.getStyleClass().add("card-header");
        return header;
    }

    private Node statusBar() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, fileStatus, gap, progressStatus);
        bar.getStyleClass().add("status-bar");
        fileStatus.setId("status-file");
        progressStatus.setId("status-progress");
        return bar;
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    private void newCard() {
        model.newCard();
    }

    private void open() {
        FileChooser chooser = chooser("Open model card");
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            model.open(file.toPath()).ifPresent(problem -> {
                Alert alert = new Alert(Alert.AlertType.ERROR, problem.toString());
                alert.setHeaderText("This file could not be opened");
                alert.initOwner(window());
                alert.showAndWait();
            });
        }
    }

    private void save() {
        model.document().file().ifPresentOrElse(this::saveTo, this::saveAs);
    }

    private void saveAs() {
        File file = chooser("Save model card").showSaveDialog(window());
        if (file != null) {
            saveTo(file.toPath());
        }
    }

    private void saveTo(Path path) {
        try {
            List<Loss> losses = model.save(path);
            if (!losses.isEmpty()) {
                Alert alert = new Alert(Alert.AlertType.WARNING, losses.stream()
                        .map(l -> texts.label(l.fieldId()) + " (" + l.fieldId() + ")").collect(Collectors.joining("\n")));
                alert.setHeaderText("Saved, but " + path.getFileName() + " cannot hold these fields; "
                        + "save as .modelcard.json to keep everything");
                alert.initOwner(window());
                alert.showAndWait();
            }
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, path + ": " + e.getMessage());
            alert.setHeaderText("The card was not saved; the file on disk is unchanged");
            alert.initOwner(window());
            alert.showAndWait();
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Model cards (README.md, *.json)", "*.md", "*.json"),
                new FileChooser.ExtensionFilter("Native model card (*" + NativeJsonFormat.EXTENSION + ")",
                        "*" + NativeJsonFormat.EXTENSION),
                new FileChooser.ExtensionFilter("Hugging Face README (*.md)", "*.md"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }
}
