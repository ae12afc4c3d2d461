package org.modelcards.app.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.modelcards.core.render.MarkdownRenderer;
import org.modelcards.core.validation.HubFacts;

/** The bundled user guide, the keyboard map, and About: what a desktop app's Help menu has. */
public final class HelpWindow {
    /** One shortcut: what it does and its keys, in {@code KeyCombination} form (shown the platform's way). */
    public record Shortcut(String action, String keys) {
    }

    private HelpWindow() {
    }

    /** Opens the guide; {@code stylesheets} carry the window's theme and text size. */
    public static Stage open(Window owner, List<Shortcut> shortcuts, List<String> stylesheets, String rootStyle) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Model Card Studio — Help");
        WebView guide = new WebView();
        guide.setId("help-guide");
        guide.getEngine().setJavaScriptEnabled(false);
        guide.setContextMenuEnabled(false);
        guide.getEngine().loadContent("<html><body style=\"font-family: sans-serif; margin: 16px 24px; line-height: 1.45\">"
                + new MarkdownRenderer().render(guideText()) + "</body></html>");
        TextArea keys = new TextArea(keyboardMap(shortcuts));
        keys.setId("help-keys");
        keys.setEditable(false);
        keys.getStyleClass().add("preview-source");
        Tab guideTab = new Tab("User guide", guide);
        Tab keysTab = new Tab("Keyboard", keys);
        TabPane tabs = new TabPane(guideTab, keysTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("help");
        tabs.setStyle(rootStyle);
        Scene scene = new Scene(tabs, 760, 640);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    static String guideText() {
        try (InputStream in = HelpWindow.class.getResourceAsStream("/org/modelcards/app/help/guide.md")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "The user guide could not be read: " + e.getMessage();
        }
    }

    /** "Ctrl+S    Save", one line each, the keys as this platform writes them. */
    static String keyboardMap(List<Shortcut> shortcuts) {
        return shortcuts.stream().map(s -> String.format("%-22s %s",
                javafx.scene.input.KeyCombination.keyCombination(s.keys()).getDisplayText(), s.action()))
                .collect(Collectors.joining("\n"));
    }

    /** The versions a bug report needs: the app's, Java's, JavaFX's and the Hub rule pack's date. */
    public static String aboutText() {
        String version = java.util.Optional.ofNullable(HelpWindow.class.getPackage().getImplementationVersion())
                .orElse("development build");
        return "Model Card Studio " + version + "\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + "JavaFX " + System.getProperty("javafx.runtime.version", "?") + "\n"
                + "Hub facts rule pack " + HubFacts.VERSION + "\n\n"
                + "A desktop editor and CLI for machine-learning model cards. Apache-2.0.";
    }

    public static void about(Window owner, List<String> stylesheets) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, aboutText());
        alert.setTitle("About Model Card Studio");
        alert.setHeaderText("Model Card Studio");
        alert.initOwner(owner);
        alert.getDialogPane().getStylesheets().addAll(stylesheets);
        alert.getDialogPane().setId("about");
        alert.show();
    }
}
