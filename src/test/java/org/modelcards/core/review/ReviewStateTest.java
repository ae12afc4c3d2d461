package org.modelcards.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Strictness;
import org.modelcards.core.validation.checker.Validator;

class ReviewStateTest {
    @Test
    void theChecklistIsSeededFromTheProfile() {
        assertThat(ReviewChecklist.forProfile(Profile.HUGGINGFACE)).extracting(ChecklistItem::id)
                .contains("licence", "uses", "misuse", "bias", "evaluation", "data", "hub-metadata").doesNotContain("compute");
        assertThat(ReviewChecklist.forProfile(Profile.EU_GPAI)).extracting(ChecklistItem::id).contains("compute", "acceptable-use");
    }

    @Test
    void keepingTheBaseValueOfAFieldMergesItBackAndOnlyIt() throws Exception {
        ModelCard base = CardDiffTest.example();
        ModelCard proposed = base.withLicense(base.license().withId("mit")).withDetails(base.details().withVersion("2.0"));
        ReviewState state = ReviewState.start(ReviewChecklist.forProfile(Profile.HUGGINGFACE)).keepBase("license.id", true);
        ModelCard merged = new CardMerge(FieldCatalog.standard()).merge(base, proposed, state.keptBase());
        assertThat(merged.license().id()).isEqualTo("apache-2.0");
        assertThat(merged.details().version()).isEqualTo("2.0");
        assertThat(new CardMerge(FieldCatalog.standard()).merge(base, proposed, state.keepBase("license.id", false).keptBase()))
                .isEqualTo(proposed);
    }

    @Test
    void theReportCarriesChecklistDecisionsAndComments() throws Exception {
        ModelCard base = CardDiffTest.example();
        ModelCard proposed = base.withLicense(base.license().withId("mit"));
        Review review = new CardReview(FieldCatalog.standard(), Validator.standard()).review(CardSubject.of(base),
                CardSubject.of(proposed), Profile.HUGGINGFACE, Strictness.RELEASE);
        ReviewState state = ReviewState.start(ReviewChecklist.forProfile(Profile.HUGGINGFACE)).tick("licence", true)
                .comment("license.id", "Why MIT? The base model is Apache-2.0.").comment("bias", "Good section.")
                .keepBase("license.id", true).comment("bias", " ");
        ReviewReport report = new ReviewReport(CatalogTexts.forLocale(Locale.ENGLISH));
        String markdown = report.markdown(review, state, "a", "b");
        assertThat(markdown).contains("- [x] The licence is correct").contains("- [ ] Intended and out-of-scope uses are clear")
                .contains("the previous value is kept").contains("**Licence id**: Why MIT?").doesNotContain("Good section");
        String json = report.json(review, state);
        assertThat(json).contains("\"done\": true").contains("\"keptBase\": [\n    \"license.id\"")
                .contains("\"license.id\": \"Why MIT? The base model is Apache-2.0.\"");
        assertThat(state.ticked()).isEqualTo(Set.of("licence"));
    }
}
