package org.modelcards.app;

import java.io.IOException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.modelcards.app.document.CardDocument;
import org.modelcards.app.recovery.Autosaver;
import org.modelcards.app.recovery.RecoveryDialog;
import org.modelcards.app.recovery.RecoveryStore;
import org.modelcards.app.recovery.RecoveryViewModel;
import org.modelcards.app.main.EditorViewModel;
import org.modelcards.app.main.MainWindow;
import org.modelcards.app.main.Settings;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.formats.CardFiles;

/** The editor application: opens the main window on the bundled example card. */
public final class StudioApp extends Application {
    /** Entry point for {@code mvn javafx:run}; {@code java -jar} comes through {@link org.modelcards.Main}. */
    public static void main(String[] args) {
        StudioLauncher.launch(args);
    }

    /** Unsaved changes are written this often while the document is dirty. */
    private static final javafx.util.Duration AUTOSAVE_EVERY = javafx.util.Duration.seconds(5);

    private RecoveryStore recovery;
    private RecoveryViewModel recoveryOffers;
    private ExecutorService autosaveWriter;
    private Autosaver autosaver;

    /**
     * Off the FX thread, before the window: joins the recovery folder as a new instance and finds
     * the work of instances that are gone. Without a usable recovery folder the editor still runs.
     */
    @Override
    public void init() {
        try {
            recovery = RecoveryStore.open(RecoveryStore.defaultFolder());
            recoveryOffers = new RecoveryViewModel(recovery, new CardFiles(), ZoneId.systemDefault());
            recoveryOffers.load();
        } catch (IOException e) {
            // recovery is a safety net: an unreadable folder must not stop the editor
            recovery = null;
        }
    }

    @Override
    public void start(Stage stage) {
        String key = recovery == null ? "" : recovery.newKey();
        Optional<CardDocument> restored = recovery == null ? Optional.empty()
                : new RecoveryDialog(recoveryOffers, null).ask(key);
        Optional<java.nio.file.Path> given = getParameters().getRaw().stream().findFirst().map(java.nio.file.Path::of);
        CardDocument first = restored.orElseGet(() -> new CardDocument(ExampleCards.load(ExampleCards.DEFAULT), null));
        EditorViewModel[] model = new EditorViewModel[1];
        Settings settings = Settings.persistent();
        MainWindow window = show(stage, first, getHostServices()::showDocument, m -> model[0] = m, settings,
                org.modelcards.app.tasks.BackgroundTasks.background());
        rememberLayout(stage, settings);
        if (restored.isEmpty()) {
            // a file given on the command line (or by the desktop's "open with") replaces the example
            given.ifPresent(window::open);
        }
        if (recovery != null) {
            autosaveWriter = Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "autosave");
                thread.setDaemon(true);
                return thread;
            });
            // a failed recovery copy is said in the status bar (the work is not safe), once per failure run
            autosaver = new Autosaver(recovery, key, model[0].documentProperty(), AUTOSAVE_EVERY, autosaveWriter,
                    problem -> javafx.application.Platform.runLater(() -> window.showNotice(problem, "", () -> { })));
            autosaver.start();
        }
        stage.setOnCloseRequest(e -> {
            if (!window.confirmClose()) {
                e.consume();
            }
        });
    }

    /**
     * A normal exit (the window closed or File > Quit, both after the user saved or chose not to):
     * nothing is left to recover, so the snapshot goes and this instance leaves the recovery folder.
     */
    /** The window comes back where and as large as it was left (when that place is still on a screen). */
    private static void rememberLayout(Stage stage, Settings settings) {
        int x = settings.number("window.x", Integer.MIN_VALUE);
        int y = settings.number("window.y", Integer.MIN_VALUE);
        if (x != Integer.MIN_VALUE && !javafx.stage.Screen.getScreensForRectangle(x, y, 100, 100).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized("true".equals(settings.text("window.maximized", "false")));
        stage.setOnHiding(e -> {
            settings.put("window.maximized", String.valueOf(stage.isMaximized()));
            if (!stage.isMaximized()) {
                settings.put("window.x", String.valueOf((int) stage.getX()));
                settings.put("window.y", String.valueOf((int) stage.getY()));
                settings.put("window.width", String.valueOf((int) stage.getScene().getWidth()));
                settings.put("window.height", String.valueOf((int) stage.getScene().getHeight()));
            }
        });
    }

    @Override
    public void stop() {
        if (autosaver != null) {
            autosaver.stop();
            autosaveWriter.shutdown();
            try {
                autosaveWriter.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (recovery != null) {
            try {
                recovery.close();
            } catch (IOException e) {
                // a folder left behind is offered (or cleaned up) at the next start
            }
        }
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

    /** The window with its work done at once on the FX thread: for tests, which then need no waiting. */
    public static MainWindow show(Stage stage, CardDocument document, java.util.function.Consumer<String> openLink,
            java.util.function.Consumer<EditorViewModel> created, Settings settings) {
        return show(stage, document, openLink, created, settings, org.modelcards.app.tasks.BackgroundTasks.sameThread());
    }

    /**
     * Builds the main window; {@code openLink} opens a link clicked in the preview in the system
     * browser; {@code tasks} does open, save, export and the checks (off the FX thread in the app).
     */
    public static MainWindow show(Stage stage, CardDocument document, java.util.function.Consumer<String> openLink,
            java.util.function.Consumer<EditorViewModel> created, Settings settings,
            org.modelcards.app.tasks.BackgroundTasks tasks) {
        CatalogTexts texts = CatalogTexts.forLocale(Locale.getDefault());
        EditorViewModel model = new EditorViewModel(FieldCatalog.standard(), texts, new CardFiles(), document,
                org.modelcards.core.validation.checker.Validator.standard(), tasks);
        created.accept(model);
        MainWindow window = new MainWindow(model, texts, openLink, settings);
        Scene scene = new Scene(window.root(), settings.number("window.width", 1280), settings.number("window.height", 800));
        scene.getStylesheets().add(StudioApp.class.getResource("studio.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(model.document().titleProperty());
        model.documentProperty().addListener((obs, old, now) -> stage.titleProperty().bind(now.titleProperty()));
        stage.show();
        return window;
    }
}
