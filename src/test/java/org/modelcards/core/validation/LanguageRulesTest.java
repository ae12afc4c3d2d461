package org.modelcards.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelcards.core.catalog.Profile.HUGGINGFACE;
import static org.modelcards.core.validation.RuleAssertions.assertNotReported;
import static org.modelcards.core.validation.RuleAssertions.at;
import static org.modelcards.core.validation.RuleAssertions.readme;
import static org.modelcards.core.validation.RuleAssertions.reportedOnce;
import static org.modelcards.core.validation.RuleAssertions.subject;
import static org.modelcards.core.validation.Severity.ERROR;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelcards.core.model.Details;
import org.modelcards.core.model.ModelCard;

/** HF-LANGUAGE: ISO 639-1, 639-2 or 639-3 codes or a special value, from the rule pack's lists. */
class LanguageRulesTest {
    private static CardSubject languages(String... codes) {
        return subject(ModelCard.EMPTY.withDetails(Details.EMPTY.withLanguages(List.of(codes))));
    }

    @Test
    @Covers("HF-LANGUAGE")
    void aLanguageNameInsteadOfACodeIsAnErrorAndTheHintGivesTheCode() {
        Issue issue = reportedOnce(languages("en", "English"), HUGGINGFACE, "HF-LANGUAGE", ERROR, ERROR);

        assertThat(issue.fieldId()).isEqualTo("details.languages");
        assertThat(issue.message()).isEqualTo("language[1] \"English\" is not an ISO 639-1, 639-2 or 639-3 code.");
        assertThat(issue.hint()).isEqualTo("Use the code, not the name: en.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "en_US", "e", "en-", "french language", "en-US", "zh-Hant"})
    void malformedOrUnassignedCodesAreErrors(String code) {
        Issue issue = reportedOnce(languages(code), HUGGINGFACE, "HF-LANGUAGE", ERROR, ERROR);

        assertThat(issue.message()).isEqualTo("language[0] \"" + code + "\" is not an ISO 639-1, 639-2 or 639-3 code.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "fra", "eng", "multilingual", "code", " de ", "he", "id", "yi", "yue", "bat"})
    void isoCodesAndMultilingualPass(String code) {
        assertNotReported(languages(code), HUGGINGFACE, "HF-LANGUAGE");
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

        assertThat(issue.message()).isEqualTo("language[1] \"German\" is not an ISO 639-1, 639-2 or 639-3 code.");
        assertThat(issue.at()).isEqualTo(at(4, 3));
    }

    @Test
    void aThreeLetterIso6393CodeIsALanguage() {
        assertNotReported(languages("en", "yue", "cmn", "deu", "jpn"), HUGGINGFACE, "HF-LANGUAGE");
    }
}
