package org.modelcards.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.app.document.CardDocument;
import org.modelcards.app.recovery.RecoveryStore;
import org.modelcards.app.recovery.RecoveryViewModel;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.model.ModelCard;

/**
 * The editor's save paths on the real public cards (src/test/resources/realcards/hub): Save As
 * {@code .md}, Export to README and save after recovery of an unedited card give the original bytes.
 */
class RealCardsSavePathsTest {
    @TempDir
    Path dir;

    private final CardFiles files = new CardFiles();

    static Stream<Path> cards() throws Exception {
        try (var listing = Files.list(Path.of("src/test/resources/realcards/hub"))) {
            return listing.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    private EditorViewModel editor() {
        return new EditorViewModel(FieldCatalog.standard(), CatalogTexts.forLocale(Locale.ENGLISH), files,
                new CardDocument(ModelCard.EMPTY, null));
    }

    @ParameterizedTest
    @MethodSource("cards")
    void saveAsExportAndSaveAfterRecoveryGiveTheOriginalBytes(Path real) throws Exception {
        Path readme = Files.createDirectories(dir.resolve("card")).resolve("README.md");
        Files.copy(real, readme);
        byte[] original = Files.readAllBytes(readme);
        EditorViewModel model = editor();
        assertThat(model.open(readme)).isEmpty();

        Path copy = dir.resolve("copy/README.md");
        assertThat(model.save(copy)).as("Save As .md").isEmpty();
        assertThat(Files.readAllBytes(copy)).as("Save As .md").isEqualTo(original);

        assertThat(model.exportPreview(dir.resolve("export.md")).text()).as("Export to README")
                .isEqualTo(files.open(readme).text());

        Path recovery = dir.resolve("recovery");
        RecoveryStore crashed = RecoveryStore.open(recovery);
        EditorViewModel first = editor();
        first.open(readme);
        crashed.keep(crashed.newKey(), RecoveryStore.Work.of(first.document()));
        crashed.close();
        try (RecoveryStore store = RecoveryStore.open(recovery)) {
            RecoveryViewModel offers = new RecoveryViewModel(store, files, ZoneOffset.UTC);
            EditorViewModel second = editor();
            second.show(offers.restore(offers.load().get(0), store.newKey()));
            assertThat(second.save(readme)).as("save after recovery").isEmpty();
        }
        assertThat(Files.readAllBytes(readme)).as("save after recovery").isEqualTo(original);
    }
}
