package org.modelcards.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ExtraSection;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Strictness;
import org.modelcards.core.validation.checker.Validator;

class CardDiffTest {
    private final CardDiff diff = new CardDiff(FieldCatalog.standard());

    static ModelCard example() throws Exception {
        Path path = Path.of("assets/examples/tiny-sentiment.modelcard.json");
        return new NativeJsonFormat().read(Files.readString(path), path.toString());
    }

    @Test
    void aCardEqualsItselfAndReorderedListsAndRowsAreNoChange() throws Exception {
        ModelCard card = example();
        assertThat(diff.compare(card, card)).isEmpty();
        List<String> tags = new ArrayList<>(card.details().tags());
        Collections.reverse(tags);
        List<EvalResult> rows = new ArrayList<>(card.evaluation().results());
        Collections.reverse(rows);
        ModelCard reordered = card.withDetails(card.details().withTags(tags))
                .withEvaluation(card.evaluation().withResults(rows));
        assertThat(diff.compare(card, reordered)).isEmpty();
    }

    @Test
    void aChangedMetricValueIsOneChangeOnItsRowsValue() throws Exception {
        ModelCard card = example();
        List<EvalResult> rows = new ArrayList<>(card.evaluation().results());
        rows.set(0, rows.get(0).withValue("0.915"));
        Collections.swap(rows, 0, 3);
        List<Change> changes = diff.compare(card, card.withEvaluation(card.evaluation().withResults(rows)));
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).kind()).isEqualTo(Change.Kind.CHANGED);
        assertThat(changes.get(0).path()).isEqualTo("evaluation.results[accuracy, Shop Reviews 120k, test].value");
        assertThat(changes.get(0).before()).isEqualTo("0.912");
        assertThat(changes.get(0).after()).isEqualTo("0.915");
    }

    @Test
    void aRowWithAnotherSliceIsAddedAndAMissingOneRemoved() throws Exception {
        ModelCard card = example();
        List<EvalResult> rows = new ArrayList<>(card.evaluation().results());
        EvalResult removed = rows.remove(rows.size() - 1);
        rows.add(removed.withSlice("emoji-heavy reviews"));
        List<Change> changes = diff.compare(card, card.withEvaluation(card.evaluation().withResults(rows)));
        assertThat(changes).extracting(Change::kind).containsExactlyInAnyOrder(Change.Kind.ADDED, Change.Kind.REMOVED);
        assertThat(changes).anyMatch(c -> c.path().contains("slice emoji-heavy reviews"));
    }

    @Test
    void listItemsAddedAndRemovedAndScalarsAddedRemovedChanged() throws Exception {
        ModelCard card = example();
        ModelCard proposed = card.withIntendedUse(card.intendedUse().withOutOfScope(List.of("Clinical text", "Hiring")))
                .withDetails(card.details().withVersion("").withDemoUrl(card.details().demoUrl() + "/v2"))
                .withTraining(card.training().withRegime("bf16"));
        List<Change> changes = diff.compare(card.withTraining(card.training().withRegime("")), proposed);
        assertThat(changes).anyMatch(c -> c.fieldId().equals("intendedUse.outOfScope") && c.kind() == Change.Kind.ADDED
                && c.after().equals("Hiring"));
        assertThat(changes.stream().filter(c -> c.fieldId().equals("intendedUse.outOfScope")
                && c.kind() == Change.Kind.REMOVED)).hasSize(card.intendedUse().outOfScope().size()
                - (card.intendedUse().outOfScope().contains("Clinical text") ? 1 : 0));
        assertThat(changes).anyMatch(c -> c.fieldId().equals("details.version") && c.kind() == Change.Kind.REMOVED);
        assertThat(changes).anyMatch(c -> c.fieldId().equals("details.demoUrl") && c.kind() == Change.Kind.CHANGED);
        assertThat(changes).anyMatch(c -> c.fieldId().equals("training.regime") && c.kind() == Change.Kind.ADDED);
    }

    @Test
    void unknownSectionsAreComparedByHeading() {
        ModelCard a = ModelCard.EMPTY.withExtras(ModelCard.EMPTY.extras().withSections(List.of(
                new ExtraSection("Partners", "Thanks.", ""), new ExtraSection("Notes", "x", ""))));
        ModelCard b = ModelCard.EMPTY.withExtras(ModelCard.EMPTY.extras().withSections(List.of(
                new ExtraSection("Notes", "x", "details.summary"), new ExtraSection("Partners", "Thanks to all.", ""))));
        List<Change> changes = diff.compare(a, b);
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("extras.sections[Partners]");
            assertThat(c.kind()).isEqualTo(Change.Kind.CHANGED);
        });
    }

    @Test
    void theReviewCountsIssuesFixedAndIntroducedAndCompleteness() throws Exception {
        ModelCard card = example();
        ModelCard worse = card.withLicense(card.license().withId("")).withBias(card.bias().withLimitations("N/A"));
        Review review = new CardReview(FieldCatalog.standard(), Validator.standard()).review(CardSubject.of(card),
                CardSubject.of(worse), Profile.HUGGINGFACE, Strictness.RELEASE);
        assertThat(review.introduced()).extracting(i -> i.ruleId()).contains("HF-REQUIRED", "LINT-EMPTY-ANSWER");
        assertThat(review.fixed()).isEmpty();
        assertThat(review.after().percent()).isLessThan(review.before().percent());
        Review back = new CardReview(FieldCatalog.standard(), Validator.standard()).review(CardSubject.of(worse),
                CardSubject.of(card), Profile.HUGGINGFACE, Strictness.RELEASE);
        assertThat(back.fixed()).extracting(i -> i.ruleId()).contains("HF-REQUIRED", "LINT-EMPTY-ANSWER");

        ReviewReport report = new ReviewReport(CatalogTexts.forLocale(Locale.ENGLISH));
        String markdown = report.markdown(review, "before.md", "after.md");
        assertThat(markdown).contains("## Model card review").contains("| completeness | 100% |")
                .contains("**removed** Licence id (`license.id`)").contains("### Issues introduced");
        String json = report.json(review);
        assertThat(json).contains("\"completenessBefore\": 100").contains("\"kind\": \"changed\"")
                .contains("\"rule\": \"LINT-EMPTY-ANSWER\"");
    }
}
