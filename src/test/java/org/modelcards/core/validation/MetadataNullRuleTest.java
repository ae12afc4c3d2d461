package org.modelcards.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.modelcards.core.catalog.Profile.HUGGINGFACE;
import static org.modelcards.core.validation.RuleAssertions.assertNotReported;
import static org.modelcards.core.validation.RuleAssertions.at;
import static org.modelcards.core.validation.RuleAssertions.issues;
import static org.modelcards.core.validation.RuleAssertions.readme;
import static org.modelcards.core.validation.RuleAssertions.reportedOnce;
import static org.modelcards.core.validation.Severity.ERROR;
import static org.modelcards.core.validation.Severity.WARNING;

import org.junit.jupiter.api.Test;

/** HF-NULL-VALUE: read from the front matter as written, with line:column. */
class MetadataNullRuleTest {
    private static final String RULE = "HF-NULL-VALUE";

    @Test
    @Covers("HF-NULL-VALUE")
    void aNullListItemIsAnErrorAtTheItem() {
        Issue issue = reportedOnce(readme("---", "tags: [nlp, null]", "---", "# tiny"), HUGGINGFACE, RULE, WARNING, WARNING);

        assertThat(issue.fieldId()).isEqualTo("details.tags");
        assertThat(issue.message()).isEqualTo("tags[1] is empty or null.");
        assertThat(issue.at()).isEqualTo(at(2, 13));
    }

    @Test
    @Covers("HF-NULL-VALUE")
    void anEmptyStringValueIsAnErrorAtItsKey() {
        Issue issue = reportedOnce(readme("---", "license: mit", "base_model: \"\"", "---"), HUGGINGFACE, RULE,
                WARNING, WARNING);

        assertThat(issue.fieldId()).isEqualTo("details.baseModels");
        assertThat(issue.message()).isEqualTo("base_model is empty or null.");
        assertThat(issue.at()).isEqualTo(at(3, 1));
    }

    @Test
    void aKeyWithNoValueIsNull() {
        Issue issue = reportedOnce(readme("---", "tags:", "- nlp", "license:", "---"), HUGGINGFACE, RULE, WARNING, WARNING);

        assertThat(issue.fieldId()).isEqualTo("license.id");
        assertThat(issue.message()).isEqualTo("license is empty or null.");
        assertThat(issue.at()).isEqualTo(at(4, 1));
    }

    @Test
    void everyEmptyItemOfABlockListIsReported() {
        CardSubject card = readme(
                "---",
                "datasets:",
                "- imdb",
                "- ''",
                "- ~",
                "---");

        assertThat(issues(card, HUGGINGFACE, Strictness.RELEASE, RULE))
                .extracting(Issue::message, Issue::at, Issue::fieldId)
                .containsExactly(
                        tuple("datasets[1] is empty or null.", at(4, 3), "data.training"),
                        tuple("datasets[2] is empty or null.", at(5, 3), "data.training"));
    }

    @Test
    void valuesThatAreSetPass() {
        assertNotReported(readme("---", "tags: [nlp, sentiment]", "base_model: gpt2", "license: mit", "---"),
                HUGGINGFACE, RULE);
    }

    @Test
    void keysTheCardDoesNotModelAreNotChecked() {
        assertNotReported(readme("---", "widget: null", "---"), HUGGINGFACE, RULE);
    }
}
