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
        web.getEngine().loadContent(html);
    }

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
