package org.modelcards.app;

import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.modelcards.app.document.CardDocument;
import org.modelcards.app.main.EditorViewModel;
import org.modelcards.app.main.MainWindow;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.CardFiles;

/** The editor application: opens the main window on the bundled example card. */
public final class StudioApp extends Application {
    @Override
    public void start(Stage stage) {
        MainWindow window = show(stage, new CardDocument(ExampleCards.load(ExampleCards.DEFAULT), null),
                getHostServices()::showDocument);
        stage.setOnCloseRequest(e -> {
            if (!window.confirmClose()) {
                e.consume();
            }
        });
    }

    /** Builds the main window for {@code document} on {@code stage}; tests call this too. */
    public static MainWindow show(Stage stage, CardDocument document) {
        return show(stage, document, link -> { });
    }

    /** Builds the main window; {@code openLink} opens a link clicked in the preview in the system browser. */
    public static MainWindow show(Stage stage, CardDocument document, java.util.function.Consumer<String> openLink) {
        CatalogTexts texts = CatalogTexts.forLocale(Locale.getDefault());
        EditorViewModel model = new EditorViewModel(FieldCatalog.standard(), texts, new CardFiles(), document);
        MainWindow window = new MainWindow(model, texts, openLink);
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(StudioApp.class.getResource("studio.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(model.document().titleProperty());
        model.documentProperty().addListener((obs, old, now) -> stage.titleProperty().bind(now.titleProperty()));
        stage.show();
        return window;
    }
}
