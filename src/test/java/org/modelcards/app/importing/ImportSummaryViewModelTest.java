package org.modelcards.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.app.document.CardDocument;
import org.modelcards.app.importing.ImportSummaryViewModel.FieldChoice;
import org.modelcards.app.importing.ImportSummaryViewModel.FieldGroup;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.format.ImportSummary;
import org.modelcards.core.model.ModelCard;

/** The import summary's texts and the assignment of a kept section, without a stage. */
class ImportSummaryViewModelTest {
    private static final Path LLAMA = Path.of(
            "src/test/resources/realcards/publishers/meta-llama__llama-models__models__llama3_1__MODEL_CARD.md");
    private static final CatalogTexts TEXTS = CatalogTexts.forLocale(Locale.ENGLISH);
    private static final FieldCatalog CATALOG = FieldCatalog.standard();

    @TempDir
    Path folder;

    private CardDocument open(String text) throws Exception {
        Path file = folder.resolve("README.md");
        Files.writeString(file, text);
        return new CardDocument(new CardFiles().open(file));
    }

    private CardDocument llama() throws Exception {
        return open(Files.readString(LLAMA));
    }

    private static final String SMALL = """
            ---
            license: mit
            language: en
            ---
            # Tiny model

            ## Limitations

            It only knows English.

            ## Community

            Join us on the forum.

            ## Acknowledgements

            Thanks to everyone.
            """;

    @Test
    void theMessageCountsWhereFieldsCameFromAndNamesTheKeptSections() throws Exception {
        ImportSummaryViewModel model = new ImportSummaryViewModel(open(SMALL), TEXTS, CATALOG, id -> { });
        assertThat(model.message()).startsWith("Filled ").contains(" from the front matter, ")
                .contains(" from the text. ")
                .endsWith("Kept 2 sections as they are: Community, Acknowledgements.");
        assertThat(model.kept()).extracting(ImportSummary.Kept::heading).containsExactly("Community", "Acknowledgements");
        assertThat(model.kept()).allMatch(k -> k.line() > 0);
        assertThat(model.describe(model.kept().get(0))).matches("Community — line \\d+");
        assertThat(model.canAssignProperty().get()).isTrue();
    }

    @Test
    void aReadmeWithoutFrontMatterSaysAllCameFromTheText() throws Exception {
        ImportSummaryViewModel model = new ImportSummaryViewModel(open("# Tiny\n\n## Limitations\n\nEnglish only.\n"),
                TEXTS, CATALOG, id -> { });
        assertThat(model.message()).matches("Filled \\d+ fields? from the text\\. Every section went into a field\\.");
        assertThat(model.canAssignProperty().get()).isFalse();
    }

    @Test
    void aLongListOfKeptSectionsIsCountedAfterTheFirstFew() throws Exception {
        ImportSummaryViewModel model = new ImportSummaryViewModel(llama(), TEXTS, CATALOG, id -> { });
        assertThat(model.kept()).hasSizeGreaterThan(4);
        String firstFour = String.join(", ", model.kept().stream().limit(4).map(ImportSummary.Kept::heading).toList());
        assertThat(model.message()).contains("Kept " + model.kept().size() + " sections as they are: " + firstFour
                + " and " + (model.kept().size() - 4) + " more.");
    }

    @Test
    void fieldsAreListedByLabelGroupedBySectionInCatalogueOrder() throws Exception {
        ImportSummaryViewModel model = new ImportSummaryViewModel(llama(), TEXTS, CATALOG, id -> { });
        List<FieldGroup> groups = model.fromText();
        assertThat(groups).isNotEmpty();
        List<String> order = CATALOG.sections().stream().map(s -> TEXTS.sectionLabel(s.id())).toList();
        List<Integer> positions = groups.stream().map(g -> order.indexOf(g.sectionLabel())).toList();
        assertThat(positions).doesNotContain(-1).isSorted();
        // people read labels, never ids such as bias.limitations
        for (FieldGroup group : groups) {
            for (FieldChoice field : group.fields()) {
                assertThat(field.label()).isEqualTo(TEXTS.label(field.fieldId())).doesNotContain(".");
                assertThat(field.sectionLabel()).isEqualTo(group.sectionLabel());
            }
        }
        assertThat(model.assignable()).extracting(FieldChoice::label).doesNotContainNull()
                .allMatch(label -> !label.matches("[a-zA-Z]+\\.[a-zA-Z.]+"));
    }

    @Test
    void assigningAKeptSectionFillsTheFieldAndUpdatesTheSummary() throws Exception {
        CardDocument doc = llama();
        ImportSummaryViewModel model = new ImportSummaryViewModel(doc, TEXTS, CATALOG, id -> { });
        ImportSummary.Kept safety = model.kept().stream()
                .filter(k -> k.heading().equals("Responsibility & Safety")).findFirst().orElseThrow();
        FieldChoice recommendations = model.assignable().stream()
                .filter(f -> f.fieldId().equals("bias.recommendations")).findFirst().orElseThrow();
        int keptBefore = model.kept().size();
        List<String> messages = new ArrayList<>();
        model.messageProperty().addListener((obs, old, now) -> messages.add(now));

        assertThat(model.assign(safety, recommendations)).isEmpty();

        assertThat(CATALOG.require("bias.recommendations").isEmpty(doc.card())).isFalse();
        assertThat(model.kept()).hasSize(keptBefore - 1).noneMatch(k -> k.heading().equals("Responsibility & Safety"));
        assertThat(model.assignable()).noneMatch(f -> f.fieldId().equals("bias.recommendations"));
        assertThat(messages).isNotEmpty();
        assertThat(model.message()).contains("Kept " + (keptBefore - 1) + " sections");
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void anEditedSectionGivesAMessageInWordsNotAnException() throws Exception {
        CardDocument doc = open(SMALL);
        ImportSummaryViewModel model = new ImportSummaryViewModel(doc, TEXTS, CATALOG, id -> { });
        ImportSummary.Kept community = model.kept().get(0);
        FieldChoice target = model.assignable().get(0);
        ModelCard card = doc.card();
        var sections = new ArrayList<>(card.extras().sections());
        int at = sections.indexOf(sections.stream().filter(s -> s.heading().strip().equals("Community"))
                .findFirst().orElseThrow());
        var edited = sections.get(at);
        sections.set(at, edited.withMarkdown("Join us on the new forum.\n"));
        doc.replace(card.withExtras(card.extras().withSections(sections)));

        assertThat(model.assign(community, target)).hasValueSatisfying(why -> assertThat(why)
                .contains("Community").contains(target.label()).contains("edited").doesNotContain("Exception"));
        assertThat(model.kept()).extracting(ImportSummary.Kept::heading).contains("Community");
    }

    @Test
    void aFieldTypedIntoIsNoLongerOffered() throws Exception {
        CardDocument doc = open(SMALL);
        ImportSummaryViewModel model = new ImportSummaryViewModel(doc, TEXTS, CATALOG, id -> { });
        FieldChoice first = model.assignable().get(0);
        doc.edit(CATALOG.require(first.fieldId()), "written by hand");
        assertThat(model.assignable()).doesNotContain(first);
    }

    @Test
    void detailsGoToTheFieldClicked() throws Exception {
        List<String> asked = new ArrayList<>();
        ImportSummaryViewModel model = new ImportSummaryViewModel(open(SMALL), TEXTS, CATALOG, asked::add);
        FieldChoice field = model.fromText().get(0).fields().get(0);
        model.goTo(field);
        assertThat(asked).containsExactly(field.fieldId());
    }

    @Test
    void shownForAReadmeWithTextOrKeptSectionsOnly() throws Exception {
        assertThat(ImportSummaryViewModel.worthShowing(open(SMALL))).isTrue();
        assertThat(ImportSummaryViewModel.worthShowing(open("---\nlicense: mit\n---\n"))).isFalse();
        assertThat(ImportSummaryViewModel.worthShowing(new CardDocument(ModelCard.EMPTY, null))).isFalse();
        Path json = folder.resolve("card.modelcard.json");
        Files.writeString(json, new org.modelcards.core.format.json.NativeJsonFormat().write(ModelCard.EMPTY).text());
        assertThat(ImportSummaryViewModel.worthShowing(new CardDocument(new CardFiles().open(json)))).isFalse();
    }
}
