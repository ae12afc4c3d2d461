package org.modelcards.app.preview;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.web.WebView;
import javafx.util.Duration;
import org.modelcards.app.document.CardDocument;

/**
 * The preview on the right: Rendered (a WebView with JavaScript off, showing the safe HTML page),
 * Markdown (the README as saving would write it) and JSON. Renders are coalesced while typing and
 * computed off the FX thread; the WebView is created only when first shown, so start-up stays fast.
 */
public final class PreviewView {
    /** Typing pauses shorter than this are one render: a keystroke never waits for a preview. */
    private static final Duration COALESCE = Duration.millis(150);

    private final TabPane tabs = new TabPane();
    private final Tab rendered = new Tab("Rendered");
    private final TextArea markdown = area("preview-markdown");
    private final TextArea json = area("preview-json");
    private final PauseTransition pause = new PauseTransition(COALESCE);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "preview");
        thread.setDaemon(true);
        return thread;
    });
    private final PreviewViewModel model = new PreviewViewModel();
    private final Consumer<String> openLink;
    private WebView web;
    private boolean dark;
    private double scale = 1;
    private String html = "";
    private long generation;

    public PreviewView(ObservableValue<CardDocument> document, Consumer<String> openLink) {
        this.openLink = openLink;
        tabs.setId("preview");
        rendered.setClosable(false);
        rendered.setContent(new Label("Rendering…"));
        Tab md = new Tab("Markdown", markdown);
        md.setClosable(false);
        Tab js = new Tab("JSON", json);
        js.setClosable(false);
        tabs.getTabs().addAll(rendered, md, js);
        pause.setOnFinished(e -> render(document.getValue()));
        document.addListener((obs, old, now) -> {
            now.cardProperty().addListener((o, a, b) -> pause.playFromStart());
            pause.playFromStart();
        });
        document.getValue().cardProperty().addListener((o, a, b) -> pause.playFromStart());
        tabs.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                // the WebView costs close to a second to create: after the window is up, not before
                Platform.runLater(this::createWebView);
            }
        });
        render(document.getValue());
    }

    private void render(CardDocument doc) {
        long mine = ++generation;
        var card = doc.card();
        var origin = doc.source();
        worker.submit(() -> {
            PreviewViewModel.Texts texts = model.render(card, origin);
            Platform.runLater(() -> {
                if (mine == generation) {
                    show(texts);
                }
            });
        });
    }

    private void show(PreviewViewModel.Texts texts) {
        keepScroll(markdown, texts.markdown());
        keepScroll(json, texts.json());
        html = texts.html();
        if (web != null) {
            web.getEngine().loadContent(html);
        }
    }

    private static void keepScroll(TextArea area, String text) {
        if (!text.equals(area.getText())) {
            double top = area.getScrollTop();
            area.setText(text);
            area.setScrollTop(top);
        }
    }

    private void createWebView() {
        if (web != null) {
            return;
        }
        web = new WebView();
        web.setId("preview-rendered");
        web.setContextMenuEnabled(false);
        web.getEngine().setJavaScriptEnabled(false);
        // clicks on links are taken over in the page (PreviewLinks) so the preview never fetches them;
        // should the page still start to navigate anywhere, it is stopped and the card shown again
        PreviewLinks links = new PreviewLinks(openLink);
        web.getEngine().locationProperty().addListener((obs, old, location) -> {
            if (location != null && !location.isEmpty() && !location.startsWith("about:")
                    && !location.startsWith("data:")) {
                web.getEngine().getLoadWorker().cancel();
                Platform.runLater(() -> web.getEngine().loadContent(html));
            }
        });
        web.getEngine().getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                links.attach(web.getEngine().getDocument());
            } else if (state == Worker.State.FAILED) {
                web.getEngine().loadContent(html);
            }
        });
        rendered.setContent(web);
        applyLook();
        web.getEngine().loadContent(html);
    }

    /** The page follows the window's theme and text size: a user style sheet (no script needed) and the font scale. */
    public void setLook(boolean darkTheme, double fontScale) {
        dark = darkTheme;
        scale = fontScale;
        applyLook();
    }

    private void applyLook() {
        if (web == null) {
            return;
        }
        web.setFontScale(scale);
        web.getEngine().setUserStyleSheetLocation(dark ? DARK_PAGE : null);
    }

    /** The dark page: colours only, over the page's own layout. */
    private static final String DARK_PAGE = "data:text/css;base64," + java.util.Base64.getEncoder().encodeToString((
            "html, body { background: #1e2127 !important; color: #d7dae0 !important; }"
            + " a { color: #7fb0ff !important; } th, td { border-color: #4b5263 !important; }"
            + " th, thead, tr:nth-child(even) { background: #272b33 !important; }"
            + " code, pre { background: #2b3038 !important; color: #e6e6e6 !important; }"
            + " header, nav, section { background: transparent !important; border-color: #4b5263 !important; }")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private static TextArea area(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(false);
        area.getStyleClass().add("preview-source");
        return area;
    }

    public Node node() {
        return tabs;
    }
}
