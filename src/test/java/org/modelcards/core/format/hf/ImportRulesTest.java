package org.modelcards.core.format.hf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.modelcards.core.model.ModelCard;

/** The smaller import rules: units, licence ids, headings that only group, sentences, decoration. */
class ImportRulesTest {
    @Test
    void massesBecomeGramsWhateverTheirUnit() {
        assertThat(Quantities.grams("11250 kg CO2 eq.")).contains("11250000");
        assertThat(Quantities.grams("**11,390** tons CO2eq")).contains("11390000000");
        assertThat(Quantities.grams("0.594 kg")).contains("594");
        assertThat(Quantities.grams("about a lot")).isEmpty();
    }

    @Test
    void commonLicenceNamesBecomeHubIds() {
        assertThat(LicenceStatement.hubId("Apache 2.0")).isEqualTo("apache-2.0");
        assertThat(LicenceStatement.hubId("MIT License")).isEqualTo("mit");
        assertThat(LicenceStatement.hubId("CC-BY-NC 4.0")).isEqualTo("cc-by-nc-4.0");
    }

    @Test
    void aHeadingWithNothingBeforeItsSubHeadingLeavesTheFieldToTheSubHeading() {
        String text = "# Model Card for Owl\n\n## Limitations and Bias\n\n### Limitations\n\nFails on long inputs.\n\n"
                + "### Bias\n\nFavours English.\n";
        HubReadme readme = HubReadme.parse(text, "README.md");
        ModelCard card = readme.loaded().card();
        assertThat(card.bias().limitations()).isEqualTo("Fails on long inputs.");
        assertThat(card.bias().biases()).isEqualTo("Favours English.");
        assertThat(readme.write(card.withBias(card.bias().withLimitations("Fails on inputs over 512 tokens."))).text())
                .isEqualTo(text.replace("Fails on long inputs.", "Fails on inputs over 512 tokens."));
    }

    @Test
    void aLabelWithAParentheticalAndAUnitFillsTheNumber() {
        String text = "# Model Card for Owl\n\n## Environmental Impact\n\n- **Carbon Emitted (Power consumption x Time):** 12 kg"
                + " CO2 eq.\n";
        assertThat(HubReadme.parse(text, "README.md").loaded().card().environment().co2Grams()).isEqualTo("12000");
    }

    @Test
    void factsStatedInSentencesFillOnlyEmptyFieldsAndAnEditIsWrittenWhereItReadsFirst() {
        String text = "# Model Card: Owl\n\n## Model Details\n\nThe Owl model was developed by researchers at Example Labs."
                + " See the [Owl paper](https://arxiv.org/abs/2401.00001).\n";
        HubReadme readme = HubReadme.parse(text, "README.md");
        ModelCard card = readme.loaded().card();
        assertThat(card.details().developers()).containsExactly("Example Labs");
        assertThat(card.details().paperUrl()).isEqualTo("https://arxiv.org/abs/2401.00001");
        var written = readme.write(card.withDetails(card.details().withPaperUrl("https://arxiv.org/abs/2401.00002")));
        assertThat(written.losses()).isEmpty();
        assertThat(written.text()).contains("2401.00002").contains("2401.00001");
    }

    @Test
    void aRowOfBadgesIsKeptAsItIsNotTakenForASummary() {
        String text = "<p align=\"center\"><img src=\"logo.png\"></p>\n\n[![stars](https://img.shields.io/x)](https://x) | "
                + "<a href=\"https://x\">Paper</a>\n\n## Model Details\n\nA model.\n";
        ModelCard card = HubReadme.parse(text, "README.md").loaded().card();
        assertThat(card.details().summary()).isEmpty();
        assertThat(card.extras().sections()).hasSize(1);
        assertThat(Markdown.isDecoration("a&b")).isFalse();
        assertThat(Markdown.isDecoration("See https://example.org.")).isFalse();
    }

    /** Samples the round-trip properties found: each was a bug in the import rules, kept here as examples. */
    @Test
    void samplesTheRoundTripPropertiesFoundReadBackFromANewReadme() {
        ModelCard numbersInDatasets = ModelCard.EMPTY.withData(ModelCard.EMPTY.data().withEvaluation(java.util.List.of(
                org.modelcards.core.model.Dataset.EMPTY.withId("0.91").withName("tiny").withDescription("0.91"))));
        ModelCard shortSummary = ModelCard.EMPTY.withDetails(ModelCard.EMPTY.details().withSummary("a&b"));
        ModelCard summaryOnly = ModelCard.EMPTY.withDetails(ModelCard.EMPTY.details().withSummary("tiny"));
        for (ModelCard card : java.util.List.of(numbersInDatasets, shortSummary, summaryOnly)) {
            assertThat(new HubReadmeFormat().write(card).losses()).as("%s", card).isEmpty();
        }
    }

    @Test
    void aFieldWhoseHeadingOnlyGroupsIsWrittenUnderThatHeadingWhenFilled() {
        ModelCard original = ModelCard.EMPTY.withTraining(ModelCard.EMPTY.training()
                .withHyperparameters("The model labels reviews.").withFlops("0.912"));
        HubReadme readme = HubReadme.parse(new HubReadmeFormat().write(original).text(), "README.md");
        ModelCard card = readme.loaded().card();
        var written = readme.write(card.withTraining(card.training().withProcedure("The model labels reviews.")));
        assertThat(written.losses()).isEmpty();
    }

    @Test
    void aColumnThatSaysTheSameForEveryRowFillsItsFieldAndAnEditIsWrittenWhereItReadsFirst() {
        String text = "# Model Card for Owl\n\n## Model Details\n\n| Size | Params | Input modalities | Context length |\n"
                + "|---|---|---|---|\n| small | 1B | Text | 128k |\n| large | 8B | Text | 128k |\n";
        HubReadme readme = HubReadme.parse(text, "README.md");
        ModelCard card = readme.loaded().card();
        assertThat(card.details().inputFormats()).isEqualTo("Text");
        assertThat(card.details().contextWindow()).isEqualTo("128000");
        assertThat(card.details().parameterCount()).isEmpty();
        var written = readme.write(card.withDetails(card.details().withInputFormats("Text and images")));
        assertThat(written.losses()).as(written.text()).isEmpty();
        assertThat(written.text()).contains("| Text | 128k |").contains("Text and images");
    }

    @Test
    void plainBulletLabelsOfKnownLabelsFillTheirFieldsAndOthersStayText() {
        String text = "# opus-mt\n\n## Model info\n\n* Release: 2022-03-13\n* source language(s): eng\n"
                + "* tokenization: SentencePiece (spm32k)\n* Loss: 0.3\n";
        HubReadme readme = HubReadme.parse(text, "README.md");
        ModelCard card = readme.loaded().card();
        assertThat(card.details().releaseDate()).isEqualTo("2022-03-13");
        assertThat(card.training().preprocessing()).isEqualTo("SentencePiece (spm32k)");
        assertThat(card.details().description()).contains("source language(s): eng").contains("Loss: 0.3")
                .doesNotContain("Release");
        var written = readme.write(card.withDetails(card.details().withReleaseDate("2022-04-01")));
        assertThat(written.losses()).isEmpty();
        assertThat(written.text()).isEqualTo(text.replace("2022-03-13", "2022-04-01"));
    }

    @Test
    void aBoldLineStandingAsAHeadingFillsItsFieldInASectionNoFieldHolds() {
        String text = "# Model Card for Owl\n\n## Training\n\n**Training Data**\n\nTwo million reviews.\n\n"
                + "**Training Procedure**\n\nFine-tuned for 3 epochs.\n\n- **Training hardware:** 8 x A100\n";
        HubReadme readme = HubReadme.parse(text, "README.md");
        ModelCard card = readme.loaded().card();
        assertThat(card.data().training()).singleElement().satisfies(d -> assertThat(d.description())
                .isEqualTo("Two million reviews."));
        assertThat(card.training().procedure()).isEqualTo("Fine-tuned for 3 epochs.");
        assertThat(card.training().hardware()).isEqualTo("8 x A100");
        var written = readme.write(card.withTraining(card.training().withProcedure("Fine-tuned for 4 epochs.")));
        assertThat(written.losses()).isEmpty();
        assertThat(written.text()).isEqualTo(text.replace("3 epochs", "4 epochs"));
    }
}
