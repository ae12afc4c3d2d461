package org.modelcards.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelcards.core.catalog.Profile.HUGGINGFACE;
import static org.modelcards.core.validation.RuleAssertions.assertNotReported;
import static org.modelcards.core.validation.RuleAssertions.at;
import static org.modelcards.core.validation.RuleAssertions.readme;
import static org.modelcards.core.validation.RuleAssertions.reportedOnce;
import static org.modelcards.core.validation.RuleAssertions.subject;
import static org.modelcards.core.validation.Severity.ERROR;
import static org.modelcards.core.validation.Severity.INFO;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelcards.core.model.Details;
import org.modelcards.core.model.ModelCard;

/** HF-LANGUAGE and HF-LANGUAGE-UNVERIFIED. */
class LanguageRulesTest {
    private static CardSubject languages(String... codes) {
        return subject(ModelCard.EMPTY.withDetails(Details.EMPTY.withLanguages(List.of(codes))));
    }

    @Test
    @Covers("HF-LANGUAGE")
    void aLanguageNameInsteadOfACodeIsAnErrorAndTheHintGivesTheCode() {
        Issue issue = reportedOnce(languages("en", "English"), HUGGINGFACE, "HF-LANGUAGE", ERROR, ERROR);

        assertThat(issue.fieldId()).isEqualTo("details.languages");
        assertThat(issue.message()).isEqualTo("language \"English\" is not an ISO 639 code.");
        assertThat(issue.hint()).isEqualTo("Use the code, not the name: en.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "en_US", "e", "en-", "french language"})
    void malformedOrUnassignedCodesAreErrors(String code) {
        Issue issue = reportedOnce(languages(code), HUGGINGFACE, "HF-LANGUAGE", ERROR, ERROR);

        assertThat(issue.message()).isEqualTo("language \"" + code + "\" is not an ISO 639 code.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "en-US", "zh-Hant", "fra", "eng", "multilingual", " de ", "he", "id", "yi"})
    void isoCodesAndMultilingualPass(String code) {
        assertNotReported(languages(code), HUGGINGFACE, "HF-LANGUAGE");
        assertNotReported(languages(code), HUGGINGFACE, "HF-LANGUAGE-UNVERIFIED");
    }

    @Test
    void inAReadmeTheWrongItemIsPointedAt() {
        CardSubject card = readme(
                "---",
                "language:",
                "- en",
                "- German",
                "---",
                "# tiny");

        Issue issue = reportedOnce(card, HUGGINGFACE, "HF-LANGUAGE", ERROR, ERROR);

        assertThat(issue.message()).isEqualTo("language \"German\" is not an ISO 639 code.");
        assertThat(issue.at()).isEqualTo(at(4, 3));
    }

    @Test
    @Covers("HF-LANGUAGE-UNVERIFIED")
    void aThreeLetterCodeOutsideIso6392IsOnlyANote() {
        Issue issue = reportedOnce(languages("en", "yue"), HUGGINGFACE, "HF-LANGUAGE-UNVERIFIED", INFO, INFO);

        assertThat(issue.fieldId()).isEqualTo("details.languages");
        assertThat(issue.message()).isEqualTo("language \"yue\" is not an ISO 639-2 code; it may be ISO 639-3.");
        assertNotReported(languages("en", "yue"), HUGGINGFACE, "HF-LANGUAGE");
    }

    @Test
    void aThreeLetterIso6392CodeIsNotANote() {
        assertNotReported(languages("deu", "jpn"), HUGGINGFACE, "HF-LANGUAGE-UNVERIFIED");
    }
}
