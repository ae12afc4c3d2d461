package org.modelcards.core.format.hf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.modelcards.core.model.ModelCard;

class NestedSectionsTest {
    private static final String CARD = String.join("\n",
            "# Model Card: Whisper",
            "",
            "## 1. Model Details",
            "",
            "Whisper is a speech recognition model.",
            "",
            "**Model developers:** OpenAI",
            "",
            "### Release date",
            "",
            "September 2022",
            "",
            "## 🚀 Uses",
            "",
            "Transcribing English audio.",
            "",
            "### Out-of-Scope Use",
            "",
            "Surveillance.",
            "");

    private static HubReadme open(String text) {
        return HubReadme.parse(text, "README.md");
    }

    @Test
    void proseUnderAParentHeadingFillsItsMainFieldAndSubHeadingsAndLabelParagraphsFillTheirs() {
        ModelCard card = open(CARD).loaded().card();
        assertThat(card.details().name()).isEqualTo("Whisper");
        assertThat(card.details().description()).isEqualTo("Whisper is a speech recognition model.");
        assertThat(card.details().developers()).containsExactly("OpenAI");
        assertThat(card.details().releaseDate()).isEqualTo("September 2022");
        assertThat(card.intendedUse().directUse()).isEqualTo("Transcribing English audio.");
        assertThat(card.intendedUse().outOfScope()).containsExactly("Surveillance.");
        assertThat(card.extras().sections()).isEmpty();
    }

    @Test
    void theFirstHeadingOfAnyLevelNamesTheModelWhenNothingElseDoes() {
        ModelCard card = open("### Tiny Tagger\n\nTags things.\n").loaded().card();
        assertThat(card.details().name()).isEqualTo("Tiny Tagger");
    }

    @Test
    void editingALabelParagraphOrAParentsProsePatchesOnlyThatPlace() {
        HubReadme readme = open(CARD);
        ModelCard card = readme.loaded().card();
        String text = readme.write(card.withDetails(card.details().withDevelopers(java.util.List.of("OpenAI Research")))).text();
        assertThat(text).isEqualTo(CARD.replace("**Model developers:** OpenAI", "**Model developers:** OpenAI Research"));
        text = readme.write(card.withDetails(card.details().withName("Whisper v2"))).text();
        assertThat(text).isEqualTo(CARD.replace("Model Card: Whisper", "Model Card: Whisper v2"));
        text = readme.write(card.withDetails(card.details().withDescription("An ASR model."))).text();
        assertThat(text).isEqualTo(CARD.replace("Whisper is a speech recognition model.", "An ASR model."));
        assertThat(readme.write(card).text()).isEqualTo(CARD);
    }
}
