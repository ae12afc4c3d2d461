package org.modelcards.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.app.document.CardDocument;
import org.modelcards.app.recovery.Autosaver;
import org.modelcards.app.recovery.RecoveryStore;
import org.modelcards.app.recovery.RecoveryViewModel;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.format.Loss;
import org.modelcards.core.formats.OpenedCard;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.format.hf.NodePatchTest;
import org.modelcards.core.model.ModelCard;

/**
 * No write path drops a key: a card holding every model-index key the Hub documents, plus unknown
 * ones at every depth, is written through Save, Save As .md, Export to README and save after
 * recovery; each keeps every key and changes only the edited line. Conversions to other formats
 * name the keys they cannot hold.
 */
class EveryKeyWritePathsTest {
    static final Path EVERY_KEY = Path.of("src/test/resources/fixtures/real-shaped/every-key.md");
    private static final String UNKNOWN = "unknown key on the";

    @TempDir
    Path dir;

    private final FieldCatalog catalog = FieldCatalog.standard();
    private final CardFiles files = new CardFiles();
    private Path readme;
    private String original;
    private String edited;

    private EditorViewModel editor() {
        return new EditorViewModel(catalog, CatalogTexts.forLocale(Locale.ENGLISH), files,
                new CardDocument(ModelCard.EMPTY, null));
    }

    @BeforeEach
    void copy() throws Exception {
        readme = Files.createDirectories(dir.resolve("card")).resolve("README.md");
        Files.copy(EVERY_KEY, readme);
        original = Files.readString(readme);
        edited = original.replace("- text-classification\n", "- text-classification\npipeline_tag: text-classification\n");
    }

    private void assertOnlyTheEdit(String written) {
        assertThat(NodePatchTest.changedLines(original, written)).containsExactly("+pipeline_tag: text-classification");
        assertThat(written.split(UNKNOWN, -1)).as("every unknown key kept").hasSize(original.split(UNKNOWN, -1).length);
    }

    @Test
    void save() throws Exception {
        EditorViewModel model = editor();
        assertThat(model.open(readme)).isEmpty();
        model.document().edit(catalog.require("details.pipelineTag"), "text-classification");
        assertThat(model.prepareSave(readme).losses()).isEmpty();
        assertThat(model.save(readme)).isEmpty();
        assertOnlyTheEdit(Files.readString(readme));
    }

    @Test
    void saveAsMarkdown() throws Exception {
        EditorViewModel model = editor();
        assertThat(model.open(readme)).isEmpty();
        model.document().edit(catalog.require("details.pipelineTag"), "text-classification");
        Path copy = dir.resolve("copy/README.md");
        assertThat(model.save(copy)).isEmpty();
        assertOnlyTheEdit(Files.readString(copy));
    }

    @Test
    void exportToReadme() throws Exception {
        EditorViewModel model = editor();
        assertThat(model.open(readme)).isEmpty();
        model.document().edit(catalog.require("details.pipelineTag"), "text-classification");
        WriteResult result = model.exportPreview(dir.resolve("export.md"));
        assertThat(result.losses()).isEmpty();
        assertOnlyTheEdit(result.text());
    }

    @Test
    void saveAfterRecovery() throws Exception {
        Path recovery = dir.resolve("recovery");
        EditorViewModel first = editor();
        assertThat(first.open(readme)).isEmpty();
        first.document().edit(catalog.require("details.pipelineTag"), "text-classification");
        RecoveryStore crashed = RecoveryStore.open(recovery);
        new Autosaver(crashed, crashed.newKey(), first.documentProperty(), javafx.util.Duration.seconds(5), Runnable::run)
                .tick();
        crashed.close();
        try (RecoveryStore store = RecoveryStore.open(recovery)) {
            RecoveryViewModel offers = new RecoveryViewModel(store, files, java.time.ZoneOffset.UTC);
            EditorViewModel second = editor();
            second.show(offers.restore(offers.load().get(0), store.newKey()));
            assertThat(second.save(readme)).isEmpty();
        }
        assertOnlyTheEdit(Files.readString(readme));
    }

    @Test
    void unedited() throws Exception {
        OpenedCard opened = files.open(readme);
        assertThat(opened.render(opened.card()).text()).isEqualTo(original);
    }

    @Test
    void conversionsNameEveryKeyTheTargetCannotHold() throws Exception {
        OpenedCard opened = files.open(readme);
        for (String target : List.of("json", "mct", "cyclonedx", "spdx", "html")) {
            WriteResult result = opened.renderAs(files.formats().byId(target).orElseThrow(), opened.card());
            List<String> lost = result.losses().stream().map(Loss::fieldId).toList();
            assertThat(lost).as(target).contains("metadata.model-index[0].x-entry-note",
                    "metadata.model-index[0].results[0].task.x-task-note",
                    "metadata.model-index[0].results[0].dataset.x-dataset-note",
                    "metadata.model-index[0].results[0].metrics[0].x-metric-note",
                    "metadata.model-index[0].results[0].source.x-source-note",
                    "metadata.model-index[0].results[0].x-result-note");
            assertThat(lost.stream().filter(id -> id.startsWith("metadata.")))
                    .as(target + ": what the card does hold is not listed as lost from the front matter")
                    .noneMatch(id -> id.contains("verifyToken") || id.contains(".args") || id.contains("revision"));
        }
    }
}
