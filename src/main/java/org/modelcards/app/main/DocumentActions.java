package org.modelcards.app.main;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.modelcards.app.review.GitHistoryDialog;
import org.modelcards.app.review.GitHistoryViewModel;
import org.modelcards.app.review.ReviewWindow;
import org.modelcards.app.wizard.NewCardWizard;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.model.ModelCard;
import org.modelcards.app.wizard.NewCardWizardViewModel;
import org.modelcards.app.document.CardDocument;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.template.CardTemplates;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.WriteResult;

/** The file actions of the window and their dialogs: open, save, save as, and what to do with unsaved changes. */
final class DocumentActions {
    private final EditorViewModel model;
    private final CatalogTexts texts;
    private final Supplier<Window> window;
    /** Told of each document opened from a file, once it is shown (the window's import summary). */
    private final java.util.function.Consumer<CardDocument> opened;
    /** Read when File > New is first used, not while the window starts. */
    private CardTemplates templates;

    /** Tells the user, in the status bar, of something done (an export), with the folder it went to. */
    private final java.util.function.BiConsumer<String, Path> notice;

    DocumentActions(EditorViewModel model, CatalogTexts texts, Supplier<Window> window,
            java.util.function.Consumer<CardDocument> opened, java.util.function.BiConsumer<String, Path> notice) {
        this.model = model;
        this.texts = texts;
        this.window = window;
        this.opened = opened;
        this.notice = notice;
    }

    /** Asks which kind of model and starts from that template. */
    void newCard() {
        if (confirmDiscard()) {
            if (templates == null) {
                templates = new CardTemplates();
            }
            new NewCardWizard(new NewCardWizardViewModel(templates, model.profileProperty().get(),
                    model.strictnessProperty().get()), window.get()).showAndWait().ifPresent(model::newCard);
        }
    }

    void open() {
        if (!confirmDiscard()) {
            return;
        }
        File file = chooser("Open model card").showOpenDialog(window.get());
        if (file != null) {
            openPath(file.toPath());
        }
    }

    /**
     * Opens {@code path}, telling the user where and why when it cannot be read. The file is read and
     * parsed on a background thread, so a large card does not freeze the window; it is shown (or the
     * error is) back on the FX thread.
     */
    void openPath(Path path) {
        window.get().getScene().setCursor(javafx.scene.Cursor.WAIT);
        model.tasks().run("Opening " + path.getFileName() + "…", () -> model.read(path), read -> {
            window.get().getScene().setCursor(javafx.scene.Cursor.DEFAULT);
            model.show(read);
            opened.accept(read);
        }, failed -> {
            window.get().getScene().setCursor(javafx.scene.Cursor.DEFAULT);
            error("This file could not be opened", failed instanceof CardReadException e
                    ? e.problem().toString() : path + ": " + failed.getMessage());
        });
    }

    /** Saves to the document's file, or asks where; false when the user cancelled or the save failed. */
    boolean save() {
        return save(true);
    }

    /** {@code inBackground}: write off the FX thread (File > Save); else now, as quitting needs. */
    private boolean save(boolean inBackground) {
        flushEdits();
        Optional<Path> file = model.document().file();
        return file.isPresent() ? saveTo(file.get(), inBackground) : saveAs(inBackground);
    }

    boolean saveAs() {
        return saveAs(true);
    }

    private boolean saveAs(boolean inBackground) {
        flushEdits();
        FileChooser chooser = chooser("Save model card");
        chooser.setInitialFileName(model.document().file().map(p -> p.getFileName().toString())
                .orElse(suggestedBase() + ".modelcard.json"));
        File file = chooser.showSaveDialog(window.get());
        return file != null && saveTo(file.toPath(), inBackground);
    }

    /**
     * Saves to {@code path}; when the format cannot hold everything (a README whose edits do not read
     * back, a format narrower than the card) the user sees what would be lost before anything is written.
     */
    private boolean saveTo(Path path, boolean inBackground) {
        EditorViewModel.PendingSave pending = model.prepareSave(path);
        if (!pending.losses().isEmpty() && !confirmLosses(path, pending.losses(), "_Save anyway",
                "save as .modelcard.json to keep everything")) {
            return false;
        }
        if (inBackground) {
            // the text is made; writing and reading it back (a large README) happen off the FX thread
            model.tasks().run("Saving " + path.getFileName() + "…", () -> model.write(pending),
                    reopened -> model.saved(pending, reopened),
                    e -> error("The card was not saved; the file on disk is unchanged", path + ": " + e.getMessage()));
            return true;
        }
        try {
            model.commit(pending);
            return true;
        } catch (IOException e) {
            error("The card was not saved; the file on disk is unchanged", path + ": " + e.getMessage());
            return false;
        }
    }

    /** A file name for a card never saved: its name made safe, or "model-card". */
    private String suggestedBase() {
        String name = model.document().card().details().name().strip().replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "model-card" : name;
    }

    /** Exports a copy in another format, listing what it cannot hold before anything is written. */
    void export() {
        flushEdits();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export model card");
        chooser.getExtensionFilters().addAll(new FormatFilters(model.files().formats()).forExporting());
        startIn(chooser);
        String base = model.document().file().map(p -> p.getFileName().toString().replaceFirst("(\\.modelcard)?\\.[^.]+$", ""))
                .orElse(suggestedBase());
        chooser.setInitialFileName(base + chooser.getExtensionFilters().get(0).getExtensions().get(0).substring(1));
        File file = chooser.showSaveDialog(window.get());
        if (file == null) {
            return;
        }
        Path path = withExtension(file.toPath(), chooser.getSelectedExtensionFilter());
        WriteResult result = model.exportPreview(path);
        if (!result.losses().isEmpty() && !confirmLosses(path, result.losses(), "_Export anyway",
                "they will not be in the export")) {
            return;
        }
        model.tasks().run("Exporting " + path.getFileName() + "…", () -> {
            model.export(path, result);
            return path;
        }, done -> notice.accept("Exported " + done.getFileName(), done.toAbsolutePath().getParent()),
                e -> error("The export was not written", path + ": " + e.getMessage()));
    }

    /** The one loss dialog, for saves and exports: what {@code path} cannot hold, and whether to write it anyway. */
    private boolean confirmLosses(Path path, List<Loss> losses, String goText, String advice) {
        ButtonType go = new ButtonType(goText, ButtonBar.ButtonData.YES);
        Alert alert = new Alert(Alert.AlertType.WARNING, lossLines(losses).distinct().collect(Collectors.joining("\n")),
                go, ButtonType.CANCEL);
        alert.setHeaderText(path.getFileName() + " cannot hold " + losses.size() + " of this card's values; "
                + advice + ":");
        alert.initOwner(window.get());
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    /** A name typed without an ending gets the chosen filter's, so the format is the one the user picked. */
    private static Path withExtension(Path path, FileChooser.ExtensionFilter filter) {
        String name = path.getFileName().toString();
        if (filter == null || name.contains(".")) {
            return path;
        }
        return path.resolveSibling(name + filter.getExtensions().get(0).substring(1));
    }

    /** Reviews the open card against a previous version chosen by the user; Cancel there means a first review. */
    void review() {
        FileChooser chooser = chooser("Review: choose the previous version (Cancel for a first review)");
        File file = chooser.showOpenDialog(window.get());
        ModelCard base = ModelCard.EMPTY;
        String baseName = "(no previous version)";
        if (file != null) {
            try {
                base = model.files().read(file.toPath());
                baseName = file.getName();
            } catch (CardReadException e) {
                error("The previous version could not be opened", e.problem().toString());
                return;
            }
        }
        String proposedName = model.document().file().map(p -> p.getFileName().toString()).orElse("this card");
        ReviewWindow.open(window.get(), base, baseName, model.document().card(), proposedName,
                model.profileProperty().get(), model.strictnessProperty().get());
    }

    /**
     * Reviews the open card against its version in a commit picked from the file's git history. git
     * runs off the FX thread (the history, then the chosen version); the dialog fills in when it answers.
     */
    void reviewFromGit() {
        Optional<Path> file = model.document().file();
        if (file.isEmpty()) {
            error("This card has no file yet", "Save it in a git work tree to compare it with its history.");
            return;
        }
        GitHistoryViewModel history = new GitHistoryViewModel(file.get(), model.files(),
                task -> {
                    Thread thread = new Thread(task, "git history " + file.get().getFileName());
                    thread.setDaemon(true);
                    thread.start();
                }, javafx.application.Platform::runLater);
        history.load();
        new GitHistoryDialog(history, window.get()).showAndWait().ifPresent(commit -> {
            window.get().getScene().setCursor(javafx.scene.Cursor.WAIT);
            history.open(commit, base -> {
                window.get().getScene().setCursor(javafx.scene.Cursor.DEFAULT);
                ReviewWindow.open(window.get(), base.card(), GitHistoryViewModel.versionName(commit),
                        model.document().card(), file.get().getFileName().toString(),
                        model.profileProperty().get(), model.strictnessProperty().get());
            }, problem -> {
                window.get().getScene().setCursor(javafx.scene.Cursor.DEFAULT);
                error("That version could not be read", problem);
            });
        });
    }

    /** Save, Don't Save or Cancel when there are unsaved changes; true when it is fine to go on. */
    boolean confirmDiscard() {
        flushEdits();
        if (!model.document().isDirty()) {
            return true;
        }
        ButtonType save = new ButtonType("_Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Do_n't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.",
                save, discard, ButtonType.CANCEL);
        alert.setHeaderText("Save changes to \"" + model.document().label() + "\"?");
        alert.initOwner(window.get());
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        return answer.get() == discard || save(false);
    }

    /** A cell still being typed into is kept first: a shortcut does not move the focus out of it. */
    private void flushEdits() {
        Window w = window.get();
        if (w != null) {
            org.modelcards.app.controls.PendingEdits.flush(w.getScene());
        }
    }

    private void error(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText(header);
        alert.initOwner(window.get());
        alert.showAndWait();
    }

    /** A line per loss: the field's label and id, and why it is lost. */
    private Stream<String> lossLines(List<Loss> losses) {
        return losses.stream().map(l -> texts.label(l.fieldId()) + " (" + l.fieldId() + ")"
                + (l.reason().isBlank() ? "" : ": " + l.reason()));
    }

    /** File dialogs start in the open card's folder (else the last file's), not wherever the app was started. */
    private void startIn(FileChooser chooser) {
        model.document().file().map(Path::toAbsolutePath).map(Path::getParent)
                .filter(java.nio.file.Files::isDirectory).ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        startIn(chooser);
        chooser.getExtensionFilters().addAll(new FormatFilters(model.files().formats()).forOpening());
        return chooser;
    }
}
