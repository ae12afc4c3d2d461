package org.modelcards.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelcards.core.catalog.Profile.HUGGINGFACE;
import static org.modelcards.core.validation.RuleAssertions.assertNotReported;
import static org.modelcards.core.validation.RuleAssertions.at;
import static org.modelcards.core.validation.RuleAssertions.readme;
import static org.modelcards.core.validation.RuleAssertions.reportedOnce;
import static org.modelcards.core.validation.RuleAssertions.subject;
import static org.modelcards.core.validation.Severity.ERROR;
import static org.modelcards.core.validation.Severity.WARNING;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.modelcards.core.model.DataSources;
import org.modelcards.core.model.Dataset;
import org.modelcards.core.model.Details;
import org.modelcards.core.model.ModelCard;

/** HF-PIPELINE-TAG, HF-HUB-ID, HF-TAGS-UNIQUE and HF-BASE-MODEL-RELATION. */
class HubMetadataRulesTest {
    private static CardSubject details(UnaryOperator<Details> edit) {
        return subject(ModelCard.EMPTY.withDetails(edit.apply(Details.EMPTY)));
    }

    @Nested
    class PipelineTag {
        @Test
        @Covers("HF-PIPELINE-TAG")
        void aTaskThatIsNotOnTheHubsListIsAnError() {
            Issue issue = reportedOnce(details(d -> d.withPipelineTag("sentiment-analysis")), HUGGINGFACE,
                    "HF-PIPELINE-TAG", ERROR, ERROR);

            assertThat(issue.fieldId()).isEqualTo("details.pipelineTag");
            assertThat(issue.message()).isEqualTo("pipeline_tag \"sentiment-analysis\" is not one of the Hub's tasks.");
        }

        @Test
        void aHubTaskPasses() {
            assertNotReported(details(d -> d.withPipelineTag("text-classification")), HUGGINGFACE, "HF-PIPELINE-TAG");
        }

        @Test
        void theTaskListIsCaseSensitive() {
            Issue issue = reportedOnce(details(d -> d.withPipelineTag("Text-Classification")), HUGGINGFACE,
                    "HF-PIPELINE-TAG", ERROR, ERROR);

            assertThat(issue.message()).isEqualTo("pipeline_tag \"Text-Classification\" is not one of the Hub's tasks.");
        }
    }

    @Nested
    class HubIds {
        @Test
        @Covers("HF-HUB-ID")
        void aBaseModelGivenAsAUrlIsAWarning() {
            Issue issue = reportedOnce(details(d -> d.withBaseModels(List.of("https://huggingface.co/bert-base-uncased"))),
                    HUGGINGFACE, "HF-HUB-ID", WARNING, WARNING);

            assertThat(issue.fieldId()).isEqualTo("details.baseModels");
            assertThat(issue.message())
                    .isEqualTo("base_model entry \"https://huggingface.co/bert-base-uncased\" does not look like a Hub id.");
        }

        @Test
        @Covers("HF-HUB-ID")
        void aTrainingDatasetWithASpaceInItsIdIsAWarning() {
            CardSubject card = subject(ModelCard.EMPTY.withData(DataSources.EMPTY.withTraining(
                    List.of(Dataset.EMPTY.withId("imdb"), Dataset.EMPTY.withId("shop reviews")))));

            Issue issue = reportedOnce(card, HUGGINGFACE, "HF-HUB-ID", WARNING, WARNING);

            assertThat(issue.fieldId()).isEqualTo("data.training");
            assertThat(issue.message()).isEqualTo("datasets entry \"shop reviews\" does not look like a Hub id.");
        }

        @Test
        void repositoryIdsPass() {
            CardSubject card = subject(ModelCard.EMPTY
                    .withDetails(Details.EMPTY.withBaseModels(List.of("google-bert/bert-base-uncased", "gpt2")))
                    .withData(DataSources.EMPTY.withTraining(List.of(Dataset.EMPTY.withId("stanfordnlp/imdb")))));

            assertNotReported(card, HUGGINGFACE, "HF-HUB-ID");
        }

        @Test
        void inAReadmeTheDatasetEntryIsPointedAt() {
            CardSubject card = readme(
                    "---",
                    "datasets:",
                    "- imdb",
                    "- org/name/extra",
                    "---",
                    "# tiny");

            Issue issue = reportedOnce(card, HUGGINGFACE, "HF-HUB-ID", WARNING, WARNING);

            assertThat(issue.at()).isEqualTo(at(4, 3));
        }
    }

    @Nested
    class Tags {
        @Test
        @Covers("HF-TAGS-UNIQUE")
        void aTagRepeatedInAnotherCaseIsAWarning() {
            Issue issue = reportedOnce(details(d -> d.withTags(List.of("nlp", "sentiment", "NLP"))), HUGGINGFACE,
                    "HF-TAGS-UNIQUE", WARNING, WARNING);

            assertThat(issue.fieldId()).isEqualTo("details.tags");
            assertThat(issue.message()).isEqualTo("tag \"NLP\" is listed twice.");
        }

        @Test
        void distinctTagsPass() {
            assertNotReported(details(d -> d.withTags(List.of("nlp", "sentiment"))), HUGGINGFACE, "HF-TAGS-UNIQUE");
        }

        @Test
        void inAReadmeTheRepeatIsPointedAt() {
            Issue issue = reportedOnce(readme("---", "tags: [nlp, sentiment, nlp]", "---"), HUGGINGFACE,
                    "HF-TAGS-UNIQUE", WARNING, WARNING);

            assertThat(issue.at()).isEqualTo(at(2, 24));
        }
    }

    @Nested
    class BaseModelRelation {
        @Test
        @Covers("HF-BASE-MODEL-RELATION")
        void anUnknownRelationIsAnError() {
            Issue issue = reportedOnce(details(d -> d.withBaseModels(List.of("gpt2")).withBaseModelRelation("fine-tune")),
                    HUGGINGFACE, "HF-BASE-MODEL-RELATION", WARNING, WARNING);

            assertThat(issue.fieldId()).isEqualTo("details.baseModelRelation");
            assertThat(issue.message())
                    .isEqualTo("base_model_relation \"fine-tune\" is not one of adapter, merge, quantized, finetune.");
        }

        @Test
        @Covers("HF-BASE-MODEL-RELATION")
        void aRelationWithoutABaseModelIsAnError() {
            Issue issue = reportedOnce(details(d -> d.withBaseModelRelation("quantized")), HUGGINGFACE,
                    "HF-BASE-MODEL-RELATION", WARNING, WARNING);

            assertThat(issue.fieldId()).isEqualTo("details.baseModelRelation");
            assertThat(issue.message()).isEqualTo("base_model_relation is set but base_model is missing.");
        }

        @Test
        void aKnownRelationWithABaseModelPasses() {
            assertNotReported(details(d -> d.withBaseModels(List.of("gpt2")).withBaseModelRelation("finetune")),
                    HUGGINGFACE, "HF-BASE-MODEL-RELATION");
        }

        @Test
        void aBaseModelWithoutARelationPasses() {
            assertNotReported(details(d -> d.withBaseModels(List.of("gpt2"))), HUGGINGFACE, "HF-BASE-MODEL-RELATION");
        }
    }
}
