package org.modelcards.core.validation;

import org.modelcards.core.validation.checker.Validator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.modelcards.core.catalog.Profile.HUGGINGFACE;
import static org.modelcards.core.validation.RuleAssertions.issues;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.modelcards.core.format.hf.HubReadmeReader;

/**
 * Issue 9: each false error the Hub's own sources contradict, and each miss, as a README the rules
 * see as a validated file does (its metadata is its front matter only).
 */
class SeverityContractTest {
    static CardSubject readme(String... lines) {
        return CardSubject.fromReadme(new HubReadmeReader().read(String.join("\n", lines) + "\n", "README.md"));
    }

    static List<Issue> errors(CardSubject subject) {
        return issues(subject, HUGGINGFACE, Strictness.DEFAULT).stream().filter(i -> i.severity() == Severity.ERROR).toList();
    }

    static List<String> ruleIds(List<Issue> issues) {
        return issues.stream().map(Issue::ruleId).toList();
    }

    /** Cards the Hub accepts: no errors under the default strictness. */
    @Nested
    class NotErrors {
        @Test
        void aMetricValueWithPlusMinusIsAnyValueTheHubAllows() {
            // huggingface_sb3 writes exactly this; api-model.ts types metrics[].value as unknown
            CardSubject card = readme("---", "library_name: stable-baselines3", "tags: [reinforcement-learning]",
                    "model-index:", "- name: PPO", "  results:", "  - task: {type: reinforcement-learning, name: reinforcement-learning}",
                    "    dataset: {name: LunarLander-v2, type: LunarLander-v2}",
                    "    metrics:", "    - {type: mean_reward, value: 286.26 +/- 16.68, name: mean_reward, verified: false}", "---",
                    "# PPO Agent playing LunarLander-v2");
            assertThat(errors(card)).isEmpty();
            assertThat(ruleIds(issues(card, HUGGINGFACE, Strictness.RELEASE))).doesNotContain("VALUE-NUMBER");
        }

        @Test
        void noNameAndNoLicenceAreNotErrorsByDefault() {
            CardSubject card = readme("---", "tags: [nlp]", "---", "# A model");
            assertThat(errors(card)).isEmpty();
            assertThat(ruleIds(issues(card, HUGGINGFACE, Strictness.DEFAULT))).contains("HF-REQUIRED");
        }

        @Test
        void aListOfKnownLicencesIsAllowed() {
            assertThat(errors(readme("---", "license: [mit, apache-2.0]", "---", "# A model"))).isEmpty();
        }

        @Test
        void resultsThatDifferInTaskOrDatasetArgsAreDifferentResults() {
            CardSubject card = readme("---", "model-index:", "- name: opus-mt", "  results:",
                    "  - task: {type: translation, name: Translation deu-eng, args: deu-eng}",
                    "    dataset: {type: tatoeba, name: Tatoeba, args: deu-eng}",
                    "    metrics: [{type: bleu, value: 48.1}]",
                    "  - task: {type: translation, name: Translation fra-eng, args: fra-eng}",
                    "    dataset: {type: tatoeba, name: Tatoeba, args: fra-eng}",
                    "    metrics: [{type: bleu, value: 50.3}]", "---", "# opus-mt");
            assertThat(ruleIds(issues(card, HUGGINGFACE, Strictness.RELEASE))).doesNotContain("EVAL-CONFLICT", "EVAL-DUPLICATE");
        }

        @Test
        void aRealConflictIsAWarning() {
            CardSubject card = readme("---", "model-index:", "- name: m", "  results:",
                    "  - task: {type: text-classification}", "    dataset: {type: glue, name: GLUE}",
                    "    metrics: [{type: accuracy, value: 0.9}]",
                    "  - task: {type: text-classification}", "    dataset: {type: glue, name: GLUE}",
                    "    metrics: [{type: accuracy, value: 0.8}]", "---", "# m");
            List<Issue> conflicts = issues(card, HUGGINGFACE, Strictness.RELEASE, "EVAL-CONFLICT");
            assertThat(conflicts).hasSize(1);
            assertThat(conflicts.get(0).severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void bodyLabelsAreNotMetadata() {
            CardSubject card = readme("---", "tags: [nlp]", "---", "# Model Card for x", "", "## Model Details", "",
                    "- **License:** MIT", "- **Paper:** see our paper (coming soon)", "- **Language(s) (NLP):** English");
            assertThat(errors(card)).isEmpty();
            assertThat(issues(card, HUGGINGFACE, Strictness.DEFAULT, "HF-BODY-METADATA"))
                    .anySatisfy(i -> assertThat(i.message()).contains("license").contains("MIT"))
                    .allSatisfy(i -> assertThat(i.severity()).isEqualTo(Severity.INFO));
        }

        @Test
        void aReadmeWithoutFrontMatterHasNoMetadataErrors() {
            CardSubject card = readme("# Model Card for x", "", "## Model Details", "", "- **License:** Apache 2.0 or later");
            assertThat(errors(card)).isEmpty();
        }

        @Test
        void blankLinesBeforeTheFrontMatterStillGiveItsLicence() {
            CardSubject card = readme("", "  ", "---", "license: mit", "---", "# x");
            assertThat(ruleIds(issues(card, HUGGINGFACE, Strictness.RELEASE))).doesNotContain("HF-REQUIRED");
        }

        @Test
        void codeAndCollectiveIso6392CodesAreLanguages() {
            assertThat(errors(readme("---", "language: [code, bat, cel, gem, yue, fra, ger, en]", "---", "# x"))).isEmpty();
        }

        @Test
        void norwegianIsALanguageNotABoolean() {
            assertThat(errors(readme("---", "language:", "- en", "- no", "---", "# x"))).isEmpty();
        }

        @Test
        void aResultWithoutADatasetIsAWarning() {
            CardSubject card = readme("---", "model-index:", "- name: en_core_web_sm", "  results:",
                    "  - task: {type: token-classification, name: NER}", "    metrics: [{type: f_score, value: 0.84}]", "---", "# x");
            assertThat(errors(card)).isEmpty();
            assertThat(issues(card, HUGGINGFACE, Strictness.RELEASE, "HF-MODEL-INDEX-DATASET")).singleElement()
                    .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.WARNING));
        }

        @Test
        void theTrainerPlaceholderIsTemplateText() {
            CardSubject card = readme("---", "license: mit", "---", "# x", "", "## Model description", "", "More information needed",
                    "", "## Intended uses & limitations", "", "More information needed");
            List<Issue> found = issues(card, HUGGINGFACE, Strictness.DEFAULT);
            assertThat(ruleIds(found)).contains("LINT-TEMPLATE-TEXT").doesNotContain("LINT-TOO-SHORT");
        }
    }

    /** What the Hub refuses and the rules used to miss. */
    @Nested
    class Errors {
        @Test
        @Covers("HF-METADATA-TYPE")
        void languageAsAMappingIsRefused() {
            assertThat(ruleIds(errors(readme("---", "language:", "  en: English", "---", "# x")))).containsExactly("HF-METADATA-TYPE");
        }

        @Test
        void aDatasetsEntryThatIsAMappingIsRefused() {
            assertThat(errors(readme("---", "datasets:", "- name: squad", "---", "# x")))
                    .singleElement().satisfies(i -> {
                        assertThat(i.ruleId()).isEqualTo("HF-METADATA-TYPE");
                        assertThat(i.message()).startsWith("datasets[0] must be");
                    });
        }

        @Test
        void aBooleanTagIsRefused() {
            assertThat(errors(readme("---", "tags: [false]", "---", "# x"))).singleElement()
                    .satisfies(i -> assertThat(i.message()).isEqualTo("tags[0] must be a string, not a boolean."));
        }

        @Test
        void aRegionTagInLanguageIsRefused() {
            assertThat(errors(readme("---", "language: [en-US]", "---", "# x"))).singleElement().satisfies(i -> {
                assertThat(i.ruleId()).isEqualTo("HF-LANGUAGE");
                assertThat(i.hint()).contains("en").contains("language_bcp47");
            });
        }

        @Test
        void anIso6395FamilyCodeIsRefused() {
            // alv (Atlantic-Congo languages) is ISO 639-5 only
            assertThat(ruleIds(errors(readme("---", "language: alv", "---", "# x")))).containsExactly("HF-LANGUAGE");
        }

        @Test
        void anUnknownLicenceInAListIsRefused() {
            assertThat(errors(readme("---", "license: [mit, not-a-licence]", "---", "# x"))).singleElement()
                    .satisfies(i -> assertThat(i.message()).startsWith("license[1] \"not-a-licence\""));
        }

        @Test
        @Covers("HF-PIPELINE-TAG-DEPRECATED")
        void aFormerPipelineTagIsDeprecatedNotUnknown() {
            CardSubject card = readme("---", "pipeline_tag: text2text-generation", "---", "# x");
            assertThat(errors(card)).isEmpty();
            assertThat(issues(card, HUGGINGFACE, Strictness.DEFAULT, "HF-PIPELINE-TAG-DEPRECATED")).hasSize(1);
        }

        @Test
        @Covers("HF-LIBRARY-UNKNOWN")
        void anUnknownLibraryIsANote() {
            CardSubject card = readme("---", "library_name: my-own-lib", "---", "# x");
            assertThat(issues(card, HUGGINGFACE, Strictness.DEFAULT, "HF-LIBRARY-UNKNOWN")).singleElement()
                    .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.INFO));
        }

        @Test
        @Covers("HF-BODY-METADATA")
        void aLicenceOnlyInTheBodyIsANote() {
            CardSubject card = readme("# x", "", "## Model Details", "", "- **License:** MIT");
            assertThat(issues(card, HUGGINGFACE, Strictness.DEFAULT, "HF-BODY-METADATA")).singleElement()
                    .satisfies(i -> assertThat(i.hint()).contains("license: mit"));
        }

        @Test
        @Covers("HF-MODEL-INDEX-DATASET")
        void aDatasetlessResultIsReported() {
            assertThat(issues(readme("---", "model-index:", "- name: m", "  results:", "  - task: {type: fill-mask}",
                    "    metrics: [{type: accuracy, value: 1}]", "---", "# x"), HUGGINGFACE, Strictness.DEFAULT,
                    "HF-MODEL-INDEX-DATASET")).hasSize(1);
        }
    }

    @Test
    void everyErrorRuleCitesItsSource() {
        for (RuleInfo rule : Validator.standard().rules()) {
            boolean canError = rule.release() == Severity.ERROR || rule.draft() == Severity.ERROR;
            boolean contentGate = rule.id().endsWith("-REQUIRED") || rule.id().endsWith("-RECOMMENDED")
                    || rule.id().equals("LINT-TEMPLATE-TEXT") || rule.id().equals("LINT-TOO-SHORT");
            boolean fileLevel = rule.source() == RuleSource.FILE;
            if (canError && !contentGate && !fileLevel) {
                assertThat(rule.citation()).as("citation of %s", rule.id()).isNotBlank();
            }
            if (!contentGate) {
                assertThat(rule.draft()).as("%s is the same at draft and release", rule.id()).isEqualTo(rule.release());
            }
        }
    }
}
