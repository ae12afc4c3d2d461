package org.modelcards.core.format.hf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.modelcards.core.model.Dataset;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.model.ExtraSection;

/** Import rules for the prose around fields: notes, forgotten fences, result introductions, names in sentences. */
class ImportProseRulesTest {
    private static ModelCard read(String text) {
        return HubReadme.parse(text, "README.md").loaded().card();
    }

    @Test
    void aSectionsLeadingNotesFillNoFieldAndStayWhenTheFieldIsEdited() {
        String text = "# Owl\n\nLast updated: May 2024\n\n## Model Details\n\n*This section says what the model is.*\n\n"
                + "Owl reads bird calls.\n\n## Limitations\n\n_In progress._\n";
        HubReadme readme = HubReadme.parse(text, "README.md");
        ModelCard card = readme.loaded().card();
        assertThat(card.details().summary()).isEmpty();
        assertThat(card.details().description()).isEqualTo("Owl reads bird calls.");
        assertThat(card.bias().limitations()).isEmpty();
        var written = readme.write(card.withDetails(card.details().withDescription("Owl reads owl calls.")));
        assertThat(written.losses()).isEmpty();
        assertThat(written.text()).isEqualTo(text.replace("bird calls", "owl calls"));
    }

    @Test
    void aBulletInItalicsIsNoNote() {
        assertThat(EditorialNotes.isNote("* first point")).isFalse();
        assertThat(EditorialNotes.isNote("**Bold label:** value")).isFalse();
        assertThat(EditorialNotes.isNote("*Please see the README for details.*")).isTrue();
    }

    @Test
    void headingsAfterAFenceLeftOpenAreStillSections() {
        String text = "# Owl\n\n## How to Get Started with the Model\n\n```python\nimport owl\n\n## Training Data\n\nBird calls.\n\n"
                + "## Model Card Authors\n\nAda Lovelace\n";
        ModelCard card = read(text);
        assertThat(card.more().gettingStarted()).startsWith("```python\nimport owl").doesNotContain("Bird calls");
        assertThat(card.data().training()).extracting(Dataset::description).containsExactly("Bird calls.");
        assertThat(card.more().cardAuthors()).containsExactly("Ada Lovelace");
    }

    @Test
    void aClosedFenceWithOneCommentHeadingStaysCode() {
        String text = "# Owl\n\n## How to Get Started with the Model\n\n```python\nimport owl\n\n## Load It\nowl.load()\n```\n";
        assertThat(read(text).more().gettingStarted()).contains("## Load It").endsWith("```");
    }

    @Test
    void proseThatOnlyIntroducesResultsIsKeptNotTakenAsTheSummary() {
        String text = "# Owl\n\n## Evaluation Results\n\nBelow are the objective metrics on BirdSet.\n\n| Metric | Value |\n"
                + "|---|---|\n| accuracy | 0.9 |\n";
        ModelCard card = read(text);
        assertThat(card.evaluation().summary()).isEmpty();
        assertThat(card.extras().sections()).extracting(ExtraSection::heading).contains("Evaluation Results");
        assertThat(read(text.replace("Below are the objective metrics on BirdSet.", "Owl is robust to wind noise."))
                .evaluation().summary()).startsWith("Owl is robust to wind noise.");
    }

    @Test
    void aListIntroducedAsEvaluationDatasetsFillsTheirTable() {
        String text = "# Owl\n\n## Performance\n\nWe report performance on the following datasets:\n\n- BirdSet\n"
                + "- [Xeno-canto](https://xeno-canto.org)\n\nMore prose.\n";
        ModelCard card = read(text);
        assertThat(card.data().evaluation()).extracting(Dataset::name).containsExactly("BirdSet", "Xeno-canto");
        assertThat(card.evaluation().summary()).isEmpty();
    }

    @Test
    void aDatasetLabelLineDescribesADatasetAndStaysInItsSection() {
        String text = "# Owl\n\n## Evaluation\n\n**Testing Data**: 20% held-out calls\n";
        ModelCard card = read(text);
        assertThat(card.data().evaluation()).extracting(Dataset::description).containsExactly("20% held-out calls");
    }

    @Test
    void theNameComesFromAnEarlySentenceWhenNoTitleGivesIt() {
        assertThat(read("## Model Information\n\nThe Meta Owl 3.1 collection of multilingual models.\n")
                .details().name()).isEqualTo("Owl 3.1");
        assertThat(read("## Introduction to Owl Code Models\n\nText.\n").details().name()).isEqualTo("Owl Code");
        assertThat(read("## Model Description\n\nOwl Inpainting is a latent diffusion model.\n").details().name())
                .isEqualTo("Owl Inpainting");
        assertThat(read("## Model Description\n\nThis is a latent diffusion model.\n").details().name()).isEmpty();
    }

    @Test
    void aDraftTitleNamesNoModelAndARenameReadsBack() {
        String text = "# Model Card (Draft)\n\nOwl reads bird calls.\n";
        HubReadme readme = HubReadme.parse(text, "README.md");
        ModelCard card = readme.loaded().card();
        assertThat(card.details().name()).isEmpty();
        var written = readme.write(card.withDetails(card.details().withName("Owl")));
        assertThat(written.losses()).isEmpty();
        assertThat(written.text()).startsWith("# Model Card (Draft) for Owl\n");
        assertThat(read(written.text()).details().name()).isEqualTo("Owl");
    }

    @Test
    void aBareHardwareLineNamesTheTrainingHardwareOnlyUnderATrainingHeadingAndEditsPatchIt() {
        String text = "# Owl\n\n## Training\n\nTrained on bird calls.\n\n- **Hardware:** 8 x A100\n- **Optimizer:** AdamW\n\n"
                + "## Integration\n\n- **Hardware:** any laptop\n";
        HubReadme readme = HubReadme.parse(text, "README.md");
        ModelCard card = readme.loaded().card();
        assertThat(card.training().hardware()).isEqualTo("8 x A100");
        assertThat(card.training().hyperparameters()).isEqualTo("AdamW");
        assertThat(card.details().integration()).contains("any laptop");
        var written = readme.write(card.withTraining(card.training().withHardware("16 x H100")));
        assertThat(written.losses()).isEmpty();
        assertThat(written.text()).isEqualTo(text.replace("8 x A100", "16 x H100"));
    }

    @Test
    void anOptimizerLineAmongTheHyperparametersStaysTheirText() {
        String text = "# Owl\n\n## Training Hyperparameters\n\n- **Optimizer:** AdamW\n- **Batch size:** 32\n";
        assertThat(read(text).training().hyperparameters()).contains("AdamW", "Batch size");
    }

    @Test
    void theOneLanguageACardIsForAndASizeAtALinesStartAreRead() {
        ModelCard card = read("# Owl\n\n## Intended Use\n\nOwl is intended for commercial and research use in English.\n\n"
                + "## Model Details\n\n1.5 billion parameters: the largest Owl.\n");
        assertThat(card.details().languages()).containsExactly("en");
        assertThat(card.details().parameterCount()).isEqualTo("1500000000");
        assertThat(read("# Owl\n\nWe compare with models of 1.5 billion parameters.\n").details().parameterCount()).isEmpty();
        assertThat(read("# Owl\n\nOwl was tested in English and French.\n").details().languages()).isEmpty();
    }

    @Test
    void aCarbonFootprintSentenceGivesTheHardwareAndTheEmissionsInGrams() {
        ModelCard card = read("# Owl\n\n## Hardware and Software\n\n**Carbon Footprint** Pretraining utilized a cumulative 3.3M GPU "
                + "hours of computation on hardware of type A100-80GB (TDP of 350-400W). Estimated total emissions were 539 tCO2eq.\n");
        assertThat(card.environment().hardware()).isEqualTo("A100-80GB");
        assertThat(card.environment().co2Grams()).isEqualTo("539000000");
        assertThat(read("# Owl\n\nEstimated total location-based greenhouse gas emissions were **11,390** tons CO2eq for training.\n")
                .environment().co2Grams()).isEqualTo("11390000000");
    }
}
