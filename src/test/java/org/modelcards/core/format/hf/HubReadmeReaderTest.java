package org.modelcards.core.format.hf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.format.TextPosition;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ExtraField;
import org.modelcards.core.model.ExtraSection;
import org.modelcards.core.model.ModelCard;

class HubReadmeReaderTest {
    private final HubReadmeReader reader = new HubReadmeReader();

    private static final String CARD = """
            ---
            license: apache-2.0
            language:
            - en
            - fr
            pipeline_tag: text-classification
            tags: [sentiment, reviews]
            datasets:
            - example-org/reviews
            base_model: example-org/tiny-bert
            base_model_relation: finetune
            co2_eq_emissions:
              emissions: 374
              source: estimated
              geographical_location: eu-west-1
            widget:
            - text: I love it
            model-index:
            - name: tiny-sentiment
              results:
              - task: {type: text-classification, name: Sentiment}
                dataset: {type: example-org/reviews, name: Reviews, split: test}
                metrics:
                - {type: accuracy, value: 0.912}
                - {type: f1, value: 0.874, name: Macro F1}
              - task: {type: text-classification}
                dataset: {type: example-org/challenge, name: Challenge}
                metrics:
                - {type: accuracy, value: 0.884}
            - name: second-entry
              results:
              - task: {type: text-classification}
                metrics:
                - {value: 0.5}
            new_version: example-org/tiny-sentiment-v2
            ---
            # Model Card for tiny-sentiment

            <!-- Provide a quick summary of what the model is/does. -->
            Labels short English reviews as positive, negative or neutral.

            ## Model Details

            ### Model Description

            A distilled classifier for product reviews.

            - **Developed by:** Example Labs, Example University
            - **Model type:** Text classifier
            - **Language(s) (NLP):** English
            - **License:** apache-2.0

            ## Uses

            ### Direct Use

            Aggregate sentiment of short product reviews.

            ### Out-of-Scope Use

            - Clinical text
            - Moderation decisions about people

            ## Bias, Risks, and Limitations

            Weaker on reviews written by non-native speakers.

            ## Our Partners

            Thanks to everyone who labelled data.

            ## Environmental Impact

            - **Hardware Type:** 1x A10G
            - **Hours used:** 3.1
            - **Carbon Emitted:** about 374 g

            ## Citation

            **BibTeX:**

            ```bibtex
            @misc{tiny, title={Tiny}}
            ```

            **APA:**

            Example Labs. (2025). Tiny sentiment.
            """;

    @Test
    void metadataKeysFillTheirFields() {
        ModelCard card = reader.read(CARD, "README.md").card();
        assertThat(card.license().id()).isEqualTo("apache-2.0");
        assertThat(card.details().languages()).containsExactly("en", "fr");
        assertThat(card.details().pipelineTag()).isEqualTo("text-classification");
        assertThat(card.details().tags()).containsExactly("sentiment", "reviews");
        assertThat(card.data().training()).extracting(d -> d.id()).containsExactly("example-org/reviews");
        assertThat(card.details().baseModels()).containsExactly("example-org/tiny-bert");
        assertThat(card.details().baseModelRelation()).isEqualTo("finetune");
        assertThat(card.environment().co2Grams()).isEqualTo("374");
        assertThat(card.environment().source()).isEqualTo("estimated");
        assertThat(card.environment().region()).isEqualTo("eu-west-1");
    }

    @Test
    void everyModelIndexMetricIsARowEvenAcrossEntriesAndWhenIncomplete() {
        List<EvalResult> rows = reader.read(CARD, "README.md").card().evaluation().results();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).extracting(EvalResult::taskName, EvalResult::datasetSplit, EvalResult::metricType,
                EvalResult::value).containsExactly("Sentiment", "test", "accuracy", "0.912");
        assertThat(rows.get(1).metricName()).isEqualTo("Macro F1");
        assertThat(rows.get(2).datasetType()).isEqualTo("example-org/challenge");
        assertThat(rows.get(3).metricType()).isEmpty();
        assertThat(rows.get(3).value()).isEqualTo("0.5");
    }

    @Test
    void unknownMetadataIsKeptInOrderAsJson() {
        List<ExtraField> extras = reader.read(CARD, "README.md").card().extras().metadata();
        assertThat(extras).extracting(ExtraField::key).containsExactly("widget", "new_version");
        assertThat(extras.get(0).value()).isEqualTo("[{\"text\":\"I love it\"}]");
        assertThat(extras.get(1).value()).isEqualTo("\"example-org/tiny-sentiment-v2\"");
    }

    @Test
    void bodySectionsFillFieldsByHeadingAndLabelLines() {
        ModelCard card = reader.read(CARD, "README.md").card();
        assertThat(card.details().name()).isEqualTo("tiny-sentiment");
        assertThat(card.details().summary()).isEqualTo("Labels short English reviews as positive, negative or neutral.");
        assertThat(card.details().description()).isEqualTo("A distilled classifier for product reviews.");
        assertThat(card.details().developers()).containsExactly("Example Labs", "Example University");
        assertThat(card.details().modelType()).isEqualTo("Text classifier");
        assertThat(card.intendedUse().directUse()).isEqualTo("Aggregate sentiment of short product reviews.");
        assertThat(card.intendedUse().outOfScope()).containsExactly("Clinical text", "Moderation decisions about people");
        assertThat(card.bias().limitations()).isEqualTo("Weaker on reviews written by non-native speakers.");
        assertThat(card.environment().hardware()).isEqualTo("1x A10G");
        assertThat(card.environment().hours()).isEqualTo("3.1");
        assertThat(card.details().citationBibtex()).isEqualTo("@misc{tiny, title={Tiny}}");
        assertThat(card.details().citationApa()).isEqualTo("Example Labs. (2025). Tiny sentiment.");
    }

    @Test
    void metadataWinsOverTheSameFactInTheBody() {
        ModelCard card = reader.read(CARD, "README.md").card();
        assertThat(card.details().languages()).containsExactly("en", "fr");
        assertThat(card.environment().co2Grams()).isEqualTo("374");
    }

    @Test
    void unknownSectionsAndUnmappedProseAreKeptInPlace() {
        List<ExtraSection> sections = reader.read(CARD, "README.md").card().extras().sections();
        assertThat(sections).extracting(ExtraSection::heading).containsExactly("Our Partners", "Environmental Impact");
        assertThat(sections.get(0).markdown()).isEqualTo("Thanks to everyone who labelled data.");
        assertThat(sections.get(0).after()).isEqualTo("bias.limitations");
        assertThat(sections.get(1).markdown()).contains("about 374 g");
    }

    @Test
    void positionsPointAtKeysAndHeadings() {
        LoadedCard loaded = reader.read(CARD, "README.md");
        assertThat(loaded.positions().find("license.id")).isEqualTo(new TextPosition(2, 1));
        assertThat(loaded.positions().find("details.languages[1]")).isEqualTo(new TextPosition(5, 3));
        assertThat(loaded.positions().find("intendedUse.directUse")).isEqualTo(new TextPosition(55, 1));
        assertThat(loaded.positions().find("evaluation.results[1].value")).isEqualTo(new TextPosition(25, 25));
    }

    @Test
    void brokenYamlStillReadsTheBody() {
        LoadedCard loaded = reader.read("---\nlicense: [mit\n---\n# Model Card for kept\n\nSummary here.\n", "README.md");
        assertThat(loaded.problems()).extracting(ReadProblem::code).containsExactly(ReadProblem.YAML_SYNTAX);
        assertThat(loaded.metadata()).isEmpty();
        assertThat(loaded.card().details().name()).isEqualTo("kept");
        assertThat(loaded.card().details().summary()).isEqualTo("Summary here.");
    }

    @Test
    void crOnlyAndCrlfCardsReadTheSameAsLf() {
        ModelCard lf = reader.read(CARD, "a").card();
        ModelCard crlf = reader.read(CARD.replace("\n", "\r\n"), "b").card();
        ModelCard cr = reader.read(CARD.replace("\n", "\r"), "c").card();
        assertThat(crlf.details().summary()).isEqualTo(lf.details().summary());
        assertThat(cr.intendedUse().outOfScope()).isEqualTo(lf.intendedUse().outOfScope());
        assertThat(cr.evaluation().results()).isEqualTo(lf.evaluation().results());
        assertThat(cr.license()).isEqualTo(lf.license());
    }

    @Test
    void aHashInsideACodeBlockIsNotAHeading() {
        ModelCard card = reader.read("# Model Card for x\n\n## How to Get Started with the Model\n\n```python\n# load it\nmodel = load()\n```\n",
                "r").card();
        assertThat(card.more().gettingStarted()).contains("# load it").contains("model = load()");
        assertThat(card.extras().sections()).isEmpty();
    }

    @Test
    void numberedAndVariantHeadingsAreRecognised() {
        assertThat(HeadingMap.field("2. Intended Uses & Limitations")).contains("intendedUse.directUse");
        assertThat(HeadingMap.field("Downstream Use [optional]")).contains("intendedUse.downstreamUse");
        assertThat(HeadingMap.field("LIMITATIONS AND BIAS:")).contains("bias.limitations");
        assertThat(HeadingMap.field("Training Hyperparameters")).contains("training.hyperparameters");
        assertThat(HeadingMap.field("Acknowledgements")).isEmpty();
    }
}
