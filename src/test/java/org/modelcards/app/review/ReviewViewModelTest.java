package org.modelcards.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcards.app.ExampleCards;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.review.Change;
import org.modelcards.core.review.ReviewState;
import org.modelcards.core.validation.Strictness;

class ReviewViewModelTest {
    static ModelCard edited(ModelCard card) {
        List<EvalResult> rows = new ArrayList<>(card.evaluation().results());
        rows.set(0, rows.get(0).withValue("0.999"));
        return card.withLicense(card.license().withId("mit"))
                .withEvaluation(card.evaluation().withResults(rows));
    }

    private final ModelCard base = ExampleCards.load(ExampleCards.DEFAULT);
    private final ReviewViewModel model = new ReviewViewModel(base, edited(base), "main", "pr-42",
            Profile.HUGGINGFACE, Strictness.RELEASE);

    @Test
    void changesAreGroupedBySectionAndFieldInCatalogueOrder() {
        assertThat(model.review().changes()).hasSize(2);
        assertThat(model.changedSections()).containsExactly("license", "evaluation");
        assertThat(model.changesBySection().get("license")).containsOnlyKeys("license.id");
        Change licence = model.changesBySection().get("license").get("license.id").get(0);
        assertThat(licence.kind()).isEqualTo(Change.Kind.CHANGED);
        assertThat(licence.after()).isEqualTo("mit");
        assertThat(model.changesBySection().get("evaluation")).containsOnlyKeys("evaluation.results");
        assertThat(model.firstReview()).isFalse();
        assertThat(model.summary()).contains("Completeness").contains("→").contains("2 changes");
    }

    @Test
    void decisionsReplaceTheStateAndNotifyListeners() {
        List<ReviewState> seen = new ArrayList<>();
        model.stateProperty().addListener((obs, old, now) -> seen.add(now));
        assertThat(model.state().checklist()).extracting(i -> i.id()).contains("licence", "hub-metadata");
        model.tick("licence", true);
        model.comment("license.id", "Why MIT?");
        model.comment("evaluation", "  Numbers look off  ");
        model.keepBase("license.id", true);
        assertThat(seen).hasSize(4);
        assertThat(model.state().ticked()).containsExactly("licence");
        assertThat(model.state().comments()).containsEntry("license.id", "Why MIT?")
                .containsEntry("evaluation", "Numbers look off");
        assertThat(model.state().keptBase()).containsExactly("license.id");
        model.tick("licence", false);
        model.comment("license.id", " ");
        model.keepBase("license.id", false);
        assertThat(model.state().ticked()).isEmpty();
        assertThat(model.state().comments()).containsOnlyKeys("evaluation");
        assertThat(model.state().keptBase()).isEmpty();
    }

    @Test
    void theMergedCardKeepsTheBaseWhereAskedAndTakesTheProposalElsewhere() {
        assertThat(model.merged()).isEqualTo(edited(base));
        model.keepBase("license.id", true);
        ModelCard merged = model.merged();
        assertThat(merged.license().id()).isEqualTo(base.license().id());
        assertThat(merged.evaluation().results().get(0).value()).isEqualTo("0.999");
        model.keepBase("evaluation.results", true);
        assertThat(model.merged()).isEqualTo(base);
    }

    @Test
    void reportsCarryTicksCommentsAndDecisions() {
        model.tick("licence", true);
        model.comment("license.id", "Why MIT?");
        model.comment("evaluation", "Numbers look off");
        model.keepBase("license.id", true);
        String markdown = model.markdownReport();
        assertThat(markdown).contains("`main`").contains("`pr-42`")
                .contains("- [x] The licence is correct")
                .contains("- [ ] Intended and out-of-scope uses are clear")
                .contains("### Changes not accepted").contains("(`license.id`): the previous value is kept")
                .contains("Why MIT?").contains("Numbers look off");
        String json = model.jsonReport();
        assertThat(json).contains("\"keptBase\"").contains("\"license.id\"").contains("\"done\": true")
                .contains("Why MIT?");
    }

    @Test
    void aFirstReviewAgainstTheEmptyCardShowsEverythingAsAdded() {
        ReviewViewModel first = new ReviewViewModel(ModelCard.EMPTY, base, "(none)", "tiny-sentiment",
                Profile.MITCHELL, Strictness.DRAFT);
        assertThat(first.firstReview()).isTrue();
        assertThat(first.review().changes()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.kind()).isEqualTo(Change.Kind.ADDED));
        assertThat(first.changedSections()).first().isEqualTo("details");
        assertThat(first.state().checklist()).extracting(i -> i.id()).contains("factors");
        assertThat(first.merged()).isEqualTo(base);
    }
}
