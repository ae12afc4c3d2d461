package org.modelcards.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.app.ExampleCards;
import org.modelcards.app.StudioApp;
import org.modelcards.app.document.CardDocument;
import org.modelcards.app.main.EditorViewModel;
import org.modelcards.app.main.MainWindow;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.ImportSummary;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import summary in the real window (headless through Monocle in `mvn verify`): a real README
 * with kept sections is opened as the command line opens it, and a kept section is assigned by hand.
 */
@ExtendWith(ApplicationExtension.class)
class ImportSummaryWindowTest {
    private static final Path LLAMA = Path.of(
            "src/test/resources/realcards/publishers/meta-llama__llama-models__models__llama3_1__MODEL_CARD.md");

    @TempDir
    Path folder;
    private MainWindow window;
    private EditorViewModel model;

    @Start
    void start(Stage stage) {
        window = StudioApp.show(stage, new CardDocument(ExampleCards.load(ExampleCards.DEFAULT), null),
                link -> { }, m -> model = m);
    }

    /** Opens the Llama 3.1 card as {@code README.md} the way the command line and the Open dialog do. */
    private Path openLlama(FxRobot robot) throws Exception {
        Path readme = folder.resolve("README.md");
        Files.copy(LLAMA, readme);
        robot.interact(() -> window.open(readme));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> model.document().file().filter(readme::equals).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return readme;
    }

    @Test
    void noSummaryForTheExampleCard(FxRobot robot) {
        assertThat(robot.lookup("#import-summary").queryAs(Node.class).isVisible()).isFalse();
    }

    @Test
    void openingAReadmeShowsWhatWasUnderstood(FxRobot robot) throws Exception {
        openLlama(robot);
        assertThat(robot.lookup("#import-summary").queryAs(Node.class).isVisible()).isTrue();
        String message = robot.lookup("#import-summary-message").queryAs(Label.class).getText();
        assertThat(message).startsWith("Filled ").contains(" from the text.")
                .contains("sections as they are: Intended Use, ").doesNotContain("bias.");
        robot.clickOn("#import-close");
        assertThat(robot.lookup("#import-summary").queryAs(Node.class).isVisible()).isFalse();
    }

    @Test
    void aFieldInTheDetailsIsShownInTheForm(FxRobot robot) throws Exception {
        openLlama(robot);
        robot.clickOn("#import-details");
        WaitForAsyncUtils.waitForFxEvents();
        Node link = robot.lookup("#import-field-training-hardware").query();
        // the details scroll; firing the link is what a click on it does
        robot.interact(() -> ((javafx.scene.control.Hyperlink) link).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.sectionProperty().get().id()).isEqualTo("training");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#field-training-hardware").tryQuery().map(Node::isFocused).orElse(false));
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void escapeCancelsTheAssignDialog(FxRobot robot) throws Exception {
        openLlama(robot);
        var before = model.document().card();
        robot.clickOn("#import-assign");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#assign-sections").tryQuery()).isPresent();
        assertThat(robot.lookup("#assign-sections").queryAs(Node.class).isFocused()).as("keyboard first").isTrue();
        robot.push(KeyCode.DOWN).push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#assign-sections").tryQuery()).isEmpty();
        assertThat(model.document().card()).isSameAs(before);
    }

    @Test
    void assigningAKeptSectionFillsTheFieldAndSaveKeepsTheFileByteForByte(FxRobot robot) throws Exception {
        Path readme = openLlama(robot);
        byte[] original = Files.readAllBytes(readme);
        robot.clickOn("#import-assign");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<ImportSummary.Kept> sections = robot.lookup("#assign-sections").queryAs(ListView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ImportSummaryViewModel.FieldChoice> fields = robot.lookup("#assign-field").queryAs(ComboBox.class);
        robot.interact(() -> {
            sections.getSelectionModel().select(sections.getItems().stream()
                    .filter(k -> k.heading().equals("Responsibility & Safety")).findFirst().orElseThrow());
            fields.getSelectionModel().select(fields.getItems().stream()
                    .filter(f -> f.label().equals("Recommendations")).findFirst().orElseThrow());
        });
        robot.clickOn("#assign-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#assign-sections").tryQuery()).as("the dialog closed").isEmpty();
        Object value = FieldCatalog.standard().require("bias.recommendations").read(model.document().card());
        assertThat(value.toString()).contains("three-pronged strategy");
        assertThat(robot.lookup("#import-summary-message").queryAs(Label.class).getText())
                .doesNotContain("Responsibility & Safety");
        assertThat(model.document().isDirty()).isFalse();
        robot.interact(() -> model.goTo("bias.recommendations"));
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl field = robot.lookup("#field-bias-recommendations").queryAs(TextInputControl.class);
        assertThat(field.getText()).isEqualTo(value.toString());

        int saves = model.document().savesProperty().get();
        assertThat(model.prepareSave(readme).losses()).isEmpty();
        robot.clickOn("#form").push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.document().savesProperty().get() == saves + 1);
        assertThat(Files.readAllBytes(readme)).isEqualTo(original);
        assertThat(FieldCatalog.standard().require("bias.recommendations").read(model.document().card()))
                .isEqualTo(value);
    }

    @Test
    void anEditedSectionIsRefusedInTheDialogInWords(FxRobot robot) throws Exception {
        openLlama(robot);
        robot.interact(() -> {
            var card = model.document().card();
            var sections = new java.util.ArrayList<>(card.extras().sections());
            sections.replaceAll(s -> s.heading().strip().equals("Community") ? s.withMarkdown("Edited by hand.\n") : s);
            model.document().replace(card.withExtras(card.extras().withSections(sections)));
        });
        robot.clickOn("#import-assign");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<ImportSummary.Kept> sections = robot.lookup("#assign-sections").queryAs(ListView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ImportSummaryViewModel.FieldChoice> fields = robot.lookup("#assign-field").queryAs(ComboBox.class);
        robot.interact(() -> {
            sections.getSelectionModel().select(sections.getItems().stream()
                    .filter(k -> k.heading().equals("Community")).findFirst().orElseThrow());
            fields.getSelectionModel().select(0);
        });
        robot.clickOn("#assign-ok");
        WaitForAsyncUtils.waitForFxEvents();

        Label problem = robot.lookup("#assign-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("Community").contains("edited").doesNotContain("Exception")
                .doesNotContain(fields.getValue().fieldId());
        assertThat(robot.lookup("#assign-sections").tryQuery()).as("the dialog stays open").isPresent();
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#assign-sections").tryQuery()).isEmpty();
    }
}
