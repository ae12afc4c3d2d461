package org.modelcards.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.events.DocumentEvent;
import org.w3c.dom.events.EventTarget;
import org.w3c.dom.events.MouseEvent;

/** A click on a preview link never makes the WebView fetch anything; only http(s) and mailto reach the browser. */
@ExtendWith(ApplicationExtension.class)
class PreviewLinksTest {
    private WebView web;

    @Start
    void start(Stage stage) {
        web = new WebView();
        web.getEngine().setJavaScriptEnabled(false);
        stage.setScene(new Scene(web, 400, 300));
        stage.show();
    }

    @Test
    void theSchemePolicy() {
        assertThat(PreviewLinks.opensOutside(" https://huggingface.co/x ")).isTrue();
        assertThat(PreviewLinks.opensOutside("HTTP://example.org")).isTrue();
        assertThat(PreviewLinks.opensOutside("mailto:a@b.org")).isTrue();
        assertThat(PreviewLinks.opensOutside("javascript:alert(1)")).isFalse();
        assertThat(PreviewLinks.opensOutside("file:///etc/passwd")).isFalse();
        assertThat(PreviewLinks.opensOutside("data:text/html,x")).isFalse();
        assertThat(PreviewLinks.staysInPage("#uses")).isTrue();
    }

    @Test
    void clickingALinkOpensTheBrowserAndTheLocalServerSeesNoRequest() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/page";
            List<String> opened = new CopyOnWriteArrayList<>();
            PreviewLinks links = new PreviewLinks(opened::add);
            CompletableFuture<Document> loaded = new CompletableFuture<>();
            Platform.runLater(() -> {
                web.getEngine().getLoadWorker().stateProperty().addListener((obs, old, state) -> {
                    if (state == Worker.State.SUCCEEDED && !loaded.isDone()) {
                        links.attach(web.getEngine().getDocument());
                        loaded.complete(web.getEngine().getDocument());
                    }
                });
                web.getEngine().loadContent("<p><a id='web' href='" + url + "'>site</a> <a id='js' href='javascript:void(0)'>x</a>"
                        + " <a id='file' href='file:///etc/hostname'>f</a></p>");
            });
            Document document = loaded.get(20, TimeUnit.SECONDS);
            for (String id : List.of("web", "js", "file")) {
                CompletableFuture<Void> clicked = new CompletableFuture<>();
                Platform.runLater(() -> {
                    Element anchor = document.getElementById(id);
                    MouseEvent click = (MouseEvent) ((DocumentEvent) document).createEvent("MouseEvents");
                    click.initMouseEvent("click", true, true, null, 1, 0, 0, 0, 0, false, false, false, false, (short) 0, null);
                    ((EventTarget) anchor).dispatchEvent(click);
                    clicked.complete(null);
                });
                clicked.get(10, TimeUnit.SECONDS);
                WaitForAsyncUtils.waitForFxEvents();
            }
            Thread.sleep(500);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(opened).containsExactly(url);
            assertThat(requests.get()).as("requests the preview itself made").isZero();
            CompletableFuture<String> location = new CompletableFuture<>();
            Platform.runLater(() -> location.complete(web.getEngine().getLocation()));
            assertThat(location.get(5, TimeUnit.SECONDS)).as("the preview did not navigate").doesNotStartWith("http");
        } finally {
            server.stop(0);
        }
    }
}
