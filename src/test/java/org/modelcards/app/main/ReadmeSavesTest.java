package org.modelcards.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.app.document.CardDocument;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.model.ModelCard;

/** Every save of a card that came from a README patches the README as opened (issue 17). */
class ReadmeSavesTest {
    static final Path REAL = Path.of("src/test/resources/org/modelcards/app/recovery/README.md");

    @TempDir
    Path dir;

    private final FieldCatalog catalog = FieldCatalog.standard();
    private final EditorViewModel model = new EditorViewModel(catalog, CatalogTexts.forLocale(Locale.ENGLISH),
            new CardFiles(), new CardDocument(ModelCard.EMPTY, null));

    @Test
    void saveAsMdOfAnUneditedReadmeGivesTheOriginalBytes() throws Exception {
        Path readme = copy();
        assertThat(model.open(readme)).isEmpty();
        Path copy = dir.resolve("elsewhere/README.md");
        assertThat(model.save(copy)).isEmpty();
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(REAL));
    }

    @Test
    void exportToReadmeOfAnEditedReadmeChangesOnlyTheEditedLines() throws Exception {
        Path readme = copy();
        assertThat(model.open(readme)).isEmpty();
        model.document().edit(catalog.require("details.pipelineTag"), "text-generation");
        Path out = dir.resolve("export.md");
        var result = model.exportPreview(out);
        assertThat(result.losses()).isEmpty();
        String original = Files.readString(REAL);
        assertThat(result.text()).isEqualTo(original.replace("pipeline_tag: text-classification\n",
                "pipeline_tag: text-generation\n"));
    }

    @Test
    void saveAsMdAfterAnEditPatchesTheOpenedReadmeAndTheCopyBecomesTheOriginal() throws Exception {
        Path readme = copy();
        assertThat(model.open(readme)).isEmpty();
        model.document().edit(catalog.require("license.id"), "mit");
        Path copy = dir.resolve("copy.md");
        assertThat(model.save(copy)).isEmpty();
        String original = Files.readString(REAL);
        String expected = withMitLicence(original);
        assertThat(Files.readString(copy)).isEqualTo(expected);
        assertThat(Files.readString(readme)).as("the file opened is left alone").isEqualTo(original);
        assertThat(model.document().file()).contains(copy);
        model.document().edit(catalog.require("details.pipelineTag"), "text-generation");
        model.save(copy);
        assertThat(Files.readString(copy)).as("the next save patches the copy as written")
                .isEqualTo(expected.replace("pipeline_tag: text-classification\n", "pipeline_tag: text-generation\n"));
    }

    @Test
    void aReadmeSavedBackAsAReadmeReportsItsLossesBeforeAnythingIsWritten() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.copy(Path.of("src/test/resources/fixtures/nasty/tabs-in-yaml.md"), readme);
        byte[] before = Files.readAllBytes(readme);
        assertThat(model.open(readme)).isEmpty();
        model.document().edit(catalog.require("license.id"), "mit");
        EditorViewModel.PendingSave pending = model.prepareSave(readme);
        assertThat(pending.losses()).as("broken front matter is kept as it is, so the licence does not read back")
                .extracting(l -> l.fieldId()).contains("license.id");
        assertThat(Files.readAllBytes(readme)).as("nothing written before the user decides").isEqualTo(before);
        assertThat(model.document().isDirty()).isTrue();
        assertThat(model.exportPreview(dir.resolve("export.md")).losses()).extracting(l -> l.fieldId())
                .contains("license.id");
    }

    @Test
    void aReadmeNotNamedMdIsSavedBackAsAReadme() throws Exception {
        Path card = dir.resolve("MODEL_CARD.txt");
        Files.copy(REAL, card);
        assertThat(model.open(card)).isEmpty();
        model.document().edit(catalog.require("license.id"), "mit");
        assertThat(model.save(card)).isEmpty();
        assertThat(Files.readString(card)).isEqualTo(withMitLicence(Files.readString(REAL)));
    }

    @Test
    void aByteOrderMarkSurvivesSaveSaveAsAndRecovery() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.copy(Path.of("src/test/resources/fixtures/nasty/bom.md"), readme);
        byte[] before = Files.readAllBytes(readme);
        assertThat(model.open(readme)).isEmpty();
        assertThat(model.save(readme)).isEmpty();
        assertThat(Files.readAllBytes(readme)).as("unedited: the same bytes, BOM first").isEqualTo(before);
        Path copy = dir.resolve("copy.md");
        model.save(copy);
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
        model.document().edit(catalog.require("details.pipelineTag"), "text-generation");
        model.save(copy);
        byte[] edited = Files.readAllBytes(copy);
        assertThat(java.util.Arrays.copyOf(edited, 3)).as("still after an edit and a second save")
                .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(model.document().source().orElseThrow().text()).as("what a recovery snapshot keeps")
                .isEqualTo(Files.readString(copy));
    }

    /** The licence's lines: the metadata key and the body's bullet. */
    private static String withMitLicence(String readme) {
        return readme.replace("license: apache-2.0\n", "license: mit\n")
                .replace("- **License:** apache-2.0\n", "- **License:** mit\n");
    }

    private Path copy() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.copy(REAL, readme);
        return readme;
    }
}
