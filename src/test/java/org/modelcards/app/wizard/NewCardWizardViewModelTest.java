package org.modelcards.app.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.template.CardTemplates;
import org.modelcards.core.template.ModelKind;
import org.modelcards.core.validation.Strictness;

/** The wizard's state without a stage. */
class NewCardWizardViewModelTest {
    private static final CardTemplates TEMPLATES = new CardTemplates();

    @Test
    void startsOnTheGenericTemplateForAHubDraftAndWaitsForAName() {
        NewCardWizardViewModel model = new NewCardWizardViewModel(TEMPLATES);
        assertThat(model.kindProperty().get()).isEqualTo(ModelKind.OTHER);
        assertThat(model.profileProperty().get()).isEqualTo(Profile.HUGGINGFACE);
        assertThat(model.strictnessProperty().get()).isEqualTo(Strictness.DRAFT);
        assertThat(model.nameProperty().get()).isEmpty();
        assertThat(model.isValid()).isFalse();
        assertThat(model.kinds()).containsExactly(ModelKind.values());
    }

    @Test
    void isValidOnceTheModelHasANameAndAKind() {
        NewCardWizardViewModel model = new NewCardWizardViewModel(TEMPLATES);
        model.nameProperty().set("   ");
        assertThat(model.validProperty().get()).isFalse();
        model.nameProperty().set("my-model");
        assertThat(model.validProperty().get()).isTrue();
        model.kindProperty().set(null);
        assertThat(model.isValid()).as("no kind chosen").isFalse();
        assertThatThrownBy(model::result).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theResultIsTheChosenTemplateWithTheName() {
        NewCardWizardViewModel model = new NewCardWizardViewModel(TEMPLATES);
        model.kindProperty().set(ModelKind.SPEECH_RECOGNIZER);
        model.nameProperty().set("  whisper-tiny-nl \n");
        ModelCard card = model.result();
        assertThat(card.details().name()).isEqualTo("whisper-tiny-nl");
        ModelCard template = TEMPLATES.create(ModelKind.SPEECH_RECOGNIZER);
        assertThat(card).isEqualTo(template.withDetails(template.details().withName("whisper-tiny-nl")));
    }

    @Test
    void theChoiceCarriesTheProfileAndStrictness() {
        NewCardWizardViewModel model = new NewCardWizardViewModel(TEMPLATES, Profile.MITCHELL, Strictness.RELEASE);
        model.kindProperty().set(ModelKind.TABULAR);
        model.nameProperty().set("loan-risk");
        model.profileProperty().set(Profile.EU_GPAI);
        NewCard choice = model.choice();
        assertThat(choice.profile()).isEqualTo(Profile.EU_GPAI);
        assertThat(choice.strictness()).isEqualTo(Strictness.RELEASE);
        assertThat(choice.card().details().pipelineTag()).isEqualTo("tabular-classification");
    }

    @Test
    void eachKindSaysWhatItsTemplatePreFills() {
        NewCardWizardViewModel model = new NewCardWizardViewModel(TEMPLATES);
        assertThat(model.describe(ModelKind.LLM))
                .isEqualTo("Pre-fills task text-generation; metrics perplexity, accuracy, exact_match.");
        assertThat(model.describe(ModelKind.IMAGE_GENERATOR)).isEqualTo("Pre-fills task text-to-image.");
        assertThat(model.describe(ModelKind.OTHER)).isEqualTo("Pre-fills no task or metrics: questions only.");
    }

    @Test
    void profilesAndStrictnessesHaveNamesThatShowTheirIds() {
        for (Profile profile : Profile.values()) {
            assertThat(NewCardWizardViewModel.label(profile)).endsWith("(" + profile.id() + ")");
        }
        assertThat(NewCardWizardViewModel.label(Strictness.DRAFT)).startsWith("Draft");
        assertThat(NewCardWizardViewModel.label(Strictness.RELEASE)).startsWith("Release");
    }
}
