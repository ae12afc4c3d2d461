package org.modelcards.app;

import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.modelcards.app.document.CardDocument;
import org.modelcards.app.recovery.Autosaver;
import org.modelcards.app.recovery.RecoveryStore;
import org.modelcards.core.model.ModelCard;
import org.modelcards.app.main.EditorViewModel;
import org.modelcards.app.main.MainWindow;
import org.modelcards.app.main.Settings;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.CardFiles;

/** The editor application: opens the main window on the bundled example card. */
public final class StudioApp extends Application {
    /** Entry point for {@code mvn javafx:run}; {@code java -jar} comes through {@link org.modelcards.Main}. */
    public static void main(String[] args) {
        StudioLauncher.launch(args);
    }

    /** Unsaved changes are written this often while the document is dirty. */
    private static final javafx.util.Duration AUTOSAVE_EVERY = javafx.util.Duration.seconds(5);

    @Override
    public void start(Stage stage) {
        RecoveryStore recovery = RecoveryStore.inUserHome();
        CardDocument first = offerRecovery(recovery).orElseGet(() ->
                new CardDocument(ExampleCards.load(ExampleCards.DEFAULT), null));
        EditorViewModel[] model = new EditorViewModel[1];
        MainWindow window = show(stage, first, getHostServices()::showDocument, m -> model[0] = m, Settings.persistent());
        Autosaver autosaver = new Autosaver(recovery, () -> model[0].document(), AUTOSAVE_EVERY);
        autosaver.start();
        stage.setOnCloseRequest(e -> {
            if (window.confirmClose()) {
                autosaver.stop();
            } else {
                e.consume();
            }
        });
    }

    /** After a crash: offers the newest unsaved snapshot back, as an unsaved document. */
    private static java.util.Optional<CardDocument> offerRecovery(RecoveryStore recovery) {
        try {
            var left = recovery.leftovers();
            if (left.isEmpty()) {
                return java.util.Optional.empty();
            }
            RecoveryStore.Snapshot newest = left.get(0);
            javafx.scene.control.ButtonType restore = new javafx.scene.control.ButtonType("_Restore",
                    javafx.scene.control.ButtonBar.ButtonData.YES);
            javafx.scene.control.ButtonType discard = new javafx.scene.control.ButtonType("_Discard",
                    javafx.scene.control.ButtonBar.ButtonData.NO);
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    "\"" + CardDocument.displayName(newest.card())
                            + "\" had unsaved changes when Model Card Studio last stopped ("
                            + newest.origin().map(p -> p.getFileName().toString()).orElse("never saved") + ").",
                    restore, discard);
            ask.setHeaderText("Restore unsaved work?");
            boolean restoring = ask.showAndWait().filter(restore::equals).isPresent();
            for (RecoveryStore.Snapshot snapshot : left) {
                recovery.discard(snapshot.key());
            }
            if (restoring) {
                CardDocument doc = new CardDocument(ModelCard.EMPTY, newest.origin().orElse(null));
                doc.replace(newest.card());
                return java.util.Optional.of(doc);
            }
        } catch (java.io.IOException e) {
            // recovery is a courtesy: an unreadable folder must not stop the editor
        }
        return java.util.Optional.empty();
    }

    /** Builds the main window for {@code document} on {@code stage}; tests call this too. */
    public static MainWindow show(Stage stage, CardDocument document) {
        return show(stage, document, link -> { }, model -> { });
    }

    /** The window with settings kept in memory only: for tests and embedding. */
    public static MainWindow show(Stage stage, CardDocument document, java.util.function.Consumer<String> openLink,
            java.util.function.Consumer<EditorViewModel> created) {
        return show(stage, document, openLink, created, Settings.inMemory());
    }

    /** Builds the main window; {@code openLink} opens a link clicked in the preview in the system browser. */
    public static MainWindow show(Stage stage, CardDocument document, java.util.function.Consumer<String> openLink,
            java.util.function.Consumer<EditorViewModel> created, Settings settings) {
        CatalogTexts texts = CatalogTexts.forLocale(Locale.getDefault());
        EditorViewModel model = new EditorViewModel(FieldCatalog.standard(), texts, new CardFiles(), document);
        created.accept(model);
        MainWindow window = new MainWindow(model, texts, openLink, settings);
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(StudioApp.class.getResource("studio.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(model.document().titleProperty());
        model.documentProperty().addListener((obs, old, now) -> stage.titleProperty().bind(now.titleProperty()));
        stage.show();
        return window;
    }
}
