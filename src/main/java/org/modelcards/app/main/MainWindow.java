package org.modelcards.app.main;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import java.util.List;
import org.modelcards.app.controls.Choices;
import org.modelcards.app.document.CardDocument;
import org.modelcards.app.form.SectionFormView;
import org.modelcards.app.guidance.GuidanceView;
import org.modelcards.app.importing.ImportSummaryBar;
import org.modelcards.app.importing.ImportSummaryViewModel;
import org.modelcards.app.navigator.SectionNavigatorView;
import org.modelcards.app.preview.PreviewView;
import org.modelcards.app.problems.ProblemsView;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.catalog.Section;
import org.modelcards.core.validation.Strictness;

/**
 * The main window's layout: menu and toolbar; sections on the left; the guided form over the
 * problems list in the middle; the preview over the guidance on the right; a status bar.
 */
public final class MainWindow {
    private final EditorViewModel model;
    private final CatalogTexts texts;
    private final DocumentActions actions;
    private final BorderPane root = new BorderPane();
    private final ScrollPane formScroll = new ScrollPane();
    private final SplitPane columns = new SplitPane();
    private final Label fileStatus = new Label();
    private final Label progressStatus = new Label();
    private final Label completenessStatus = new Label();
    private final Label cardName = new Label();
    private final Label cardSummary = new Label();
    private final Button undo = new Button("Undo");
    private final Button redo = new Button("Redo");
    private final MenuItem undoItem = new MenuItem("_Undo");
    private final MenuItem redoItem = new MenuItem("_Redo");
    /** Something just done (an export) or gone wrong in the background (autosave), with a way to act on it. */
    private final Label notice = new Label();
    private final javafx.scene.control.Hyperlink noticeAction = new javafx.scene.control.Hyperlink();
    private final Label busy = new Label();
    private final Consumer<String> openLink;
    private SplitPane middle;
    private final javafx.scene.control.TextField findText = new javafx.scene.control.TextField();
    private final Label findCount = new Label();
    private final HBox findBar = new HBox(8);
    private int findIndex = -1;
    /** The Source view while it is shown in place of the form; null otherwise. */
    private org.modelcards.app.source.SourceView source;
    private final Map<Section, SectionFormView> forms = new HashMap<>();
    private final Appearance appearance = new Appearance(root);
    private final ImportSummaryBar importSummary = new ImportSummaryBar(this::window);

    private final Settings settings;
    private final Menu recent = new Menu("Open _Recent");

    public MainWindow(EditorViewModel model, CatalogTexts texts, Consumer<String> openLink, Settings settings) {
        this.model = model;
        this.texts = texts;
        this.settings = settings;
        this.openLink = openLink;
        this.actions = new DocumentActions(model, texts, this::window, this::opened, this::exported);
        appearance.fontSizeProperty().set(settings.number("fontSize", Appearance.DEFAULT_SIZE));
        appearance.darkProperty().set("dark".equals(settings.text("theme", "light")));
        appearance.fontSizeProperty().addListener((obs, old, size) -> settings.put("fontSize", String.valueOf(size)));
        appearance.darkProperty().addListener((obs, old, dark) -> settings.put("theme", dark ? "dark" : "light"));
        formScroll.setFitToWidth(true);
        formScroll.setId("form");
        root.setTop(new VBox(menuBar(), toolBar(), header(), importSummary.node(), findBar()));
        middle = new SplitPane(formScroll,
                new ProblemsView(model.reportProperty(), texts, model::goTo).node());
        middle.setOrientation(Orientation.VERTICAL);
        remember(middle, "middle", 0.74);
        PreviewView preview = new PreviewView(model.documentProperty(), openLink);
        Runnable look = () -> preview.setLook(appearance.darkProperty().get(),
                appearance.fontSizeProperty().get() / (double) Appearance.DEFAULT_SIZE);
        appearance.darkProperty().addListener((obs, old, now) -> look.run());
        appearance.fontSizeProperty().addListener((obs, old, now) -> look.run());
        look.run();
        SplitPane right = new SplitPane(preview.node(),
                guidanceNode());
        right.setOrientation(Orientation.VERTICAL);
        remember(right, "right", 0.6);
        columns.getItems().addAll(new Region(), middle, right);
        remember(columns, "columns", 0.19, 0.62);
        root.setCenter(columns);
        root.setBottom(statusBar());
        acceptDroppedFiles();
        model.sectionProperty().addListener((obs, old, section) -> showSection(section));
        model.documentProperty().addListener((obs, old, doc) -> bind(doc));
        // a summary belongs to the document it describes: another document (new, opened, restored) closes it
        model.documentProperty().addListener((obs, old, doc) -> importSummary.hide());
        model.focusRequestProperty().addListener((obs, old, field) -> focus(field));
        model.documentProperty().addListener((obs, old, doc) -> doc.file().ifPresent(this::remembered));
        model.document().file().ifPresent(this::remembered);
        bind(model.document());
    }

    /** The guidance pane, which F1 on a field brings the keyboard to. */
    private Node guidanceNode() {
        Node node = new GuidanceView(model.guidance()).node();
        node.setId("guidance");
        node.setFocusTraversable(true);
        node.setAccessibleText("Guidance for the focused field");
        return node;
    }

    /** Splitters come back where the user left them; positions are saved as they move. */
    private void remember(SplitPane pane, String name, double... defaults) {
        pane.setDividerPositions(settings.dividers(name, defaults));
        pane.getDividers().forEach(d -> d.positionProperty().addListener((obs, old, now) ->
                settings.saveDividers(name, pane.getDividerPositions())));
    }

    /** A README just opened says what was understood of it (see {@link ImportSummaryViewModel#worthShowing}). */
    private void opened(CardDocument doc) {
        if (ImportSummaryViewModel.worthShowing(doc)) {
            importSummary.show(new ImportSummaryViewModel(doc, texts, model.catalog(), model::goTo));
        }
    }

    /** Opened and saved files go to the top of File > Open Recent. */
    private void remembered(Path file) {
        settings.addRecent(file);
        refreshRecent();
    }

    private void refreshRecent() {
        recent.getItems().clear();
        for (Path file : settings.recentFiles()) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                if (actions.confirmDiscard()) {
                    actions.openPath(file);
                }
            });
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    public Parent root() {
        return root;
    }

    /** The window's text size and theme, for the View menu and tests. */
    Appearance appearance() {
        return appearance;
    }

    /** Whether the window may close: unsaved changes are saved or discarded, or the user cancels. */
    /** Opens {@code path} in this window, off the FX thread, telling the user when it cannot be read. */
    public void open(java.nio.file.Path path) {
        actions.openPath(path);
    }

    public boolean confirmClose() {
        return actions.confirmDiscard();
    }

    private void bind(CardDocument doc) {
        forms.clear();
        if (source != null) {
            // another document came in: the text shown was the old one's
            source = null;
            middle.getItems().set(0, formScroll);
        }
        SectionNavigatorView navigator = new SectionNavigatorView(model.catalog().sections(), doc.cardProperty(),
                model.sectionProperty(), texts, model::issueCount, model.reportProperty());
        Node list = navigator.node();
        if (list instanceof Region region) {
            region.setMinWidth(180);
            region.setPrefWidth(270);
            region.setMaxWidth(360);
        }
        columns.getItems().set(0, list);
        SplitPane.setResizableWithParent(list, false);
        columns.setDividerPositions(settings.dividers("columns", 0.19, 0.62));
        fileStatus.textProperty().bind(Bindings.createStringBinding(
                () -> (doc.isDirty() ? "● Unsaved changes  " : "") + doc.file().map(Path::toString).orElse("Not saved yet"),
                doc.dirtyProperty(), doc.titleProperty()));
        progressStatus.textProperty().bind(model.progressText(doc));
        cardName.textProperty().bind(Bindings.createStringBinding(
                doc::displayName, doc.cardProperty(), doc.titleProperty()));
        // the header has one line: a summary imported with line breaks is shown on it, cut at its end
        cardSummary.textProperty().bind(Bindings.createStringBinding(
                () -> doc.card().details().summary().strip().replaceAll("\\s*\\R\\s*", " "), doc.cardProperty()));
        doc.dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty) {
                doc.file().ifPresent(this::remembered);
            }
        });
        undo.disableProperty().bind(doc.canUndoProperty().not());
        redo.disableProperty().bind(doc.canRedoProperty().not());
        undoItem.disableProperty().bind(doc.canUndoProperty().not());
        redoItem.disableProperty().bind(doc.canRedoProperty().not());
        // SceneBuilder's way: the menu says what the step undoes, by the field's label, never its id
        undoItem.textProperty().bind(Bindings.createStringBinding(() -> "_Undo" + what(doc.undoFieldProperty().get()),
                doc.undoFieldProperty()));
        redoItem.textProperty().bind(Bindings.createStringBinding(() -> "_Redo" + what(doc.redoFieldProperty().get()),
                doc.redoFieldProperty()));
        if (root.getScene() != null && root.getScene().getWindow() != null && root.getScene().getWindow().isShowing()) {
            showSection(model.sectionProperty().get());
        } else {
            showFormOnceShown();
        }
    }

    /**
     * Shows the card's text in place of the form, or goes back to the form, reading the text into
     * the card first (a problem that stops the reading keeps the Source view open, at its line).
     */
    void toggleSource() {
        if (source == null) {
            org.modelcards.app.controls.PendingEdits.flush(root.getScene());
            source = new org.modelcards.app.source.SourceView(
                    new org.modelcards.app.source.SourceViewModel(model.files(), model.document()));
            middle.getItems().set(0, source.node());
            source.textArea().requestFocus();
        } else {
            var result = source.leave();
            boolean unreadable = result.problems().stream().anyMatch(p -> p.code().equals(
                    org.modelcards.core.format.ReadProblem.UNREADABLE) || p.code().equals(
                    org.modelcards.core.format.ReadProblem.JSON_SYNTAX));
            if (unreadable && !result.changed()) {
                showNotice("The source could not be read; fix the problem listed, or undo the text", "", () -> { });
                return;
            }
            source = null;
            middle.getItems().set(0, formScroll);
            forms.clear();
            showSection(model.sectionProperty().get());
        }
    }

    private Node findBar() {
        findText.setId("find-text");
        findText.setPromptText("Find in the card's values (in the Source view: in its text)");
        findText.setAccessibleText("Find");
        findCount.setId("find-count");
        HBox.setHgrow(findText, Priority.ALWAYS);
        Button close = new Button("Close");
        close.setOnAction(e -> hideFind());
        findText.textProperty().addListener((obs, old, now) -> {
            findIndex = -1;
            findCount.setText("");
        });
        findText.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                findNext(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                hideFind();
                e.consume();
            }
        });
        findBar.getChildren().addAll(new Label("Find"), findText, findCount, close);
        findBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        findBar.getStyleClass().add("find-bar");
        findBar.setId("find-bar");
        findBar.setVisible(false);
        findBar.managedProperty().bind(findBar.visibleProperty());
        return findBar;
    }

    void showFind() {
        findBar.setVisible(true);
        findText.requestFocus();
        findText.selectAll();
    }

    private void hideFind() {
        findBar.setVisible(false);
        if (source != null) {
            source.textArea().requestFocus();
        } else {
            focusForm();
        }
    }

    /** Goes to the next (or previous) place holding the text: a field's value, or a place in the Source view's text. */
    private void findNext(int by) {
        String query = findText.getText();
        if (query.isBlank()) {
            return;
        }
        if (source != null) {
            javafx.scene.control.TextArea area = source.textArea();
            String text = area.getText().toLowerCase(java.util.Locale.ROOT);
            String needle = query.toLowerCase(java.util.Locale.ROOT);
            int from = by > 0 ? area.getCaretPosition() : Math.max(0, area.getSelection().getStart() - 1);
            int at = by > 0 ? text.indexOf(needle, from) : text.lastIndexOf(needle, from);
            if (at < 0) {
                at = by > 0 ? text.indexOf(needle) : text.lastIndexOf(needle);
            }
            findCount.setText(at < 0 ? "Not found" : "");
            if (at >= 0) {
                area.selectRange(at, at + needle.length());
            }
            return;
        }
        var matches = new org.modelcards.app.find.FindViewModel(model.catalog(), texts).find(model.document().card(), query);
        if (matches.isEmpty()) {
            findCount.setText("Not found");
            return;
        }
        findIndex = Math.floorMod(findIndex + by, matches.size());
        var match = matches.get(findIndex);
        findCount.setText((findIndex + 1) + " of " + matches.size() + " · " + match.where());
        model.goTo(match.fieldId());
        Platform.runLater(() -> {
            Node control = formScroll.getContent().lookup("#field-" + match.fieldId().replace('.', '-'));
            // the field takes the keyboard with the text selected (a text field drops its selection when it
            // loses the focus); F3 goes on to the next match, Ctrl+F back to the find bar
            if (control instanceof javafx.scene.control.TextInputControl input) {
                input.requestFocus();
                input.selectRange(match.offset(), match.offset() + query.length());
            } else if (control != null) {
                control.requestFocus();
            }
        });
    }

    /** F1: the focused field's guidance is shown and takes the focus; elsewhere, the user guide opens. */
    private void helpOnFocus() {
        Node guidance = root.lookup("#guidance");
        Node focused = root.getScene().getFocusOwner();
        boolean onField = false;
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n.getId() != null && n.getId().startsWith("field-")) {
                onField = true;
                break;
            }
        }
        if (onField && guidance != null) {
            guidance.requestFocus();
        } else {
            openHelp();
        }
    }

    /** The Model Documentation Form's items for the open card, per recipient, in the form's order. */
    private void openEuAct() {
        org.modelcards.app.document.CardDocument doc = model.document();
        org.modelcards.app.euact.EuActWindow.open(window(), "EU AI Act documentation: " + doc.displayName(),
                doc.cardProperty(), model.catalog(), model::goTo, sheets(), root.getStyle());
    }

    private void openHelp() {
        org.modelcards.app.help.HelpWindow.open(window(), SHORTCUTS, sheets(), root.getStyle());
    }

    /** The window's style sheets, its theme's included: other windows and dialogs look the same. */
    private List<String> sheets() {
        List<String> all = new java.util.ArrayList<>(root.getScene().getStylesheets());
        all.addAll(root.getStylesheets());
        return all;
    }

    /** The keyboard map in Help: every menu shortcut and the keys of the form and tables. */
    private static final List<org.modelcards.app.help.HelpWindow.Shortcut> SHORTCUTS = List.of(
            shortcut("New card (wizard)", "Shortcut+N"), shortcut("Open", "Shortcut+O"), shortcut("Save", "Shortcut+S"),
            shortcut("Save as", "Shortcut+Shift+S"), shortcut("Export", "Shortcut+E"), shortcut("Review", "Shortcut+Shift+R"),
            shortcut("Undo", "Shortcut+Z"), shortcut("Redo", "Shortcut+Shift+Z"), shortcut("Find", "Shortcut+F"), shortcut("Find next / previous", "F3"),
            shortcut("Source view", "Shortcut+U"), shortcut("EU AI Act documentation", "Shortcut+Shift+E"),
            shortcut("Go to sections", "Shortcut+1"),
            shortcut("Go to form", "Shortcut+2"), shortcut("Go to problems", "Shortcut+3"),
            shortcut("Go to preview", "Shortcut+4"), shortcut("Larger text", "Shortcut+EQUALS"),
            shortcut("Smaller text", "Shortcut+MINUS"), shortcut("Dark theme", "Shortcut+Shift+D"),
            shortcut("Help on the focused field, or this guide", "F1"),
            shortcut("Table: edit the cell (or just type)", "F2"), shortcut("Table: keep and move down", "Enter"),
            shortcut("Table: keep and move right", "Tab"), shortcut("Table: give the old text back", "Esc"),
            shortcut("Table: copy rows / paste rows", "Shortcut+C"),
            shortcut("Multi-line field: leave it", "Ctrl+Tab"));

    private static org.modelcards.app.help.HelpWindow.Shortcut shortcut(String action, String keys) {
        return new org.modelcards.app.help.HelpWindow.Shortcut(action, keys);
    }

    /** " Licence" for a step that changed the licence field; "" for none or the whole card. */
    private String what(String fieldId) {
        return fieldId == null || fieldId.isEmpty() ? "" : " " + texts.label(fieldId);
    }

    /** An export went through: said in the status bar, with its folder a click away. */
    private void exported(String message, Path folder) {
        showNotice(message + " to " + folder, "Open folder", () -> openLink.accept(folder.toUri().toString()));
    }

    /** Shows {@code message} in the status bar, with an action when {@code actionText} is not blank. */
    public void showNotice(String message, String actionText, Runnable action) {
        notice.setText(message);
        noticeAction.setText(actionText);
        noticeAction.setVisible(!actionText.isBlank());
        noticeAction.setOnAction(e -> action.run());
    }

    /**
     * The first form (a few dozen fields) is the costliest part of the first frame: building it one
     * pulse after the window appears lets the window show as fast as a bare one, then fill in.
     */
    private void showFormOnceShown() {
        formScroll.setContent(new Label("Loading the form…"));
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, w, window) -> {
                    if (window != null) {
                        window.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN,
                                e -> Platform.runLater(() -> showSection(model.sectionProperty().get())));
                    }
                });
            }
        });
    }

    private void showSection(Section section) {
        model.guidance().fieldProperty().set(section.fields().get(0));
        SectionFormView form = forms.computeIfAbsent(section, s -> new SectionFormView(s, model.document(), texts,
                model.guidance().fieldProperty()::set, model.reportProperty()));
        formScroll.setContent(form.node());
        formScroll.setVvalue(0);
    }

    /** Focuses the first field of the form shown. */
    private void focusForm() {
        Node first = formScroll.getContent().lookup("[id^=field-]");
        if (first != null) {
            first.requestFocus();
        }
    }

    /** Shows a field asked for by a problem: its section is already selected; focus and scroll to it. */
    private void focus(String fieldId) {
        if (fieldId == null) {
            return;
        }
        Platform.runLater(() -> {
            Node control = formScroll.getContent().lookup("#field-" + fieldId.replace('.', '-'));
            if (control != null) {
                control.requestFocus();
                double y = control.localToScene(0, 0).getY() - formScroll.getContent().localToScene(0, 0).getY();
                double height = formScroll.getContent().getBoundsInLocal().getHeight();
                formScroll.setVvalue(height <= 0 ? 0 : Math.max(0, (y - 40) / height));
            }
        });
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File", null,
                item("_New card", "Shortcut+N", actions::newCard),
                item("_Open…", "Shortcut+O", actions::open),
                recent,
                new SeparatorMenuItem(),
                item("_Save", "Shortcut+S", actions::save),
                item("Save _As…", "Shortcut+Shift+S", actions::saveAs),
                item("_Export…", "Shortcut+E", actions::export),
                new SeparatorMenuItem(),
                item("Re_view…", "Shortcut+Shift+R", actions::review),
                item("Compare with a version from _git history…", "Shortcut+Shift+G", actions::reviewFromGit),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", () -> {
                    if (confirmClose()) {
                        window().hide();
                    }
                }));
        setUp(undoItem, "Shortcut+Z", () -> model.document().undo());
        setUp(redoItem, "Shortcut+Shift+Z", () -> model.document().redo());
        Menu edit = new Menu("_Edit", null, undoItem, redoItem, new SeparatorMenuItem(),
                item("_Find…", "Shortcut+F", this::showFind),
                item("Find _next", "F3", () -> findNext(1)),
                item("Find pre_vious", "Shift+F3", () -> findNext(-1)));
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.selectedProperty().bindBidirectional(appearance.darkProperty());
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        Menu view = new Menu("_View", null,
                item("_Larger text", "Shortcut+EQUALS", appearance::larger),
                item("_Smaller text", "Shortcut+MINUS", appearance::smaller),
                item("_Normal text size", "Shortcut+DIGIT0", appearance::resetSize),
                new SeparatorMenuItem(), dark,
                new SeparatorMenuItem(),
                item("S_ource (card text)", "Shortcut+U", this::toggleSource),
                item("_EU AI Act documentation", "Shortcut+Shift+E", this::openEuAct),
                new SeparatorMenuItem(),
                item("Go to _sections", "Shortcut+DIGIT1", () -> columns.getItems().get(0).requestFocus()),
                item("Go to _form", "Shortcut+DIGIT2", this::focusForm),
                item("Go to _problems", "Shortcut+DIGIT3", () -> root.lookup("#problems").requestFocus()),
                item("Go to pre_view", "Shortcut+DIGIT4", () -> root.lookup("#preview").requestFocus()));
        Menu help = new Menu("_Help", null,
                item("_User guide and keyboard", "F1", this::helpOnFocus),
                item("_About Model Card Studio", "Shortcut+Shift+F1", () -> org.modelcards.app.help.HelpWindow.about(window(), sheets())));
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private ToolBar toolBar() {
        undo.setOnAction(e -> model.document().undo());
        redo.setOnAction(e -> model.document().redo());
        undo.setTooltip(new Tooltip("Undo (" + keys("Shortcut+Z") + ")"));
        redo.setTooltip(new Tooltip("Redo (" + keys("Shortcut+Shift+Z") + ")"));
        ChoiceBox<Profile> profile = Choices.of("profile", "Profile", Profile::id, List.of(Profile.values()));
        profile.valueProperty().bindBidirectional(model.profileProperty());
        ChoiceBox<Strictness> strictness = Choices.of("strictness", "Strictness", Strictness::id,
                List.of(Strictness.values()));
        strictness.valueProperty().bindBidirectional(model.strictnessProperty());
        Label profileLabel = new Label("_Profile");
        profileLabel.setMnemonicParsing(true);
        profileLabel.setLabelFor(profile);
        ToolBar bar = new ToolBar(undo, redo, new javafx.scene.control.Separator(), profileLabel, profile, strictness);
        bar.setId("tool-bar");
        return bar;
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        return setUp(new MenuItem(text), shortcut, action);
    }

    private static MenuItem setUp(MenuItem item, String shortcut, Runnable action) {
        item.setMnemonicParsing(true);
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(e -> action.run());
        return item;
    }

    /** A shortcut as this platform writes it (Ctrl+Z here, ⌘Z on a Mac). */
    static String keys(String shortcut) {
        return KeyCombination.keyCombination(shortcut).getDisplayText();
    }

    private Node header() {
        cardName.setId("card-name");
        cardName.getStyleClass().add("card-name");
        cardSummary.getStyleClass().add("card-summary");
        cardSummary.setMinWidth(0);
        // the name is what the header is for: the summary gives way to it, never the other way round
        cardName.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(14, cardName, cardSummary);
        header.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        header.getStyleClass().add("card-header");
        return header;
    }

    private Node statusBar() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        completenessStatus.textProperty().bind(model.completenessText());
        busy.textProperty().bind(model.tasks().runningProperty());
        busy.setId("status-busy");
        notice.setId("status-notice");
        noticeAction.setId("status-notice-action");
        noticeAction.setVisible(false);
        noticeAction.managedProperty().bind(noticeAction.visibleProperty());
        HBox bar = new HBox(16, fileStatus, busy, notice, noticeAction, gap, completenessStatus, progressStatus);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        fileStatus.setId("status-file");
        progressStatus.setId("status-progress");
        completenessStatus.setId("status-completeness");
        return bar;
    }

    /** A card file dropped on the window opens, after the usual question about unsaved changes. */
    private void acceptDroppedFiles() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean opened = false;
            if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty() && actions.confirmDiscard()) {
                actions.openPath(e.getDragboard().getFiles().get(0).toPath());
                opened = true;
            }
            e.setDropCompleted(opened);
            e.consume();
        });
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
