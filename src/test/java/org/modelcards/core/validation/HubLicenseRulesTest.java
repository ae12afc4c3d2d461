package org.modelcards.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelcards.core.catalog.Profile.HUGGINGFACE;
import static org.modelcards.core.validation.RuleAssertions.assertNotReported;
import static org.modelcards.core.validation.RuleAssertions.at;
import static org.modelcards.core.validation.RuleAssertions.issues;
import static org.modelcards.core.validation.RuleAssertions.readme;
import static org.modelcards.core.validation.RuleAssertions.reportedOnce;
import static org.modelcards.core.validation.RuleAssertions.subject;
import static org.modelcards.core.validation.Severity.ERROR;
import static org.modelcards.core.validation.Severity.WARNING;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelcards.core.model.Licensing;
import org.modelcards.core.model.ModelCard;

/** HF-LICENSE-UNKNOWN, HF-LICENSE-OTHER and HF-LICENSE-NAME-WITHOUT-OTHER. */
class HubLicenseRulesTest {
    private static CardSubject licensed(Licensing license) {
        return subject(ModelCard.EMPTY.withLicense(license));
    }

    private static Licensing license(String id) {
        return Licensing.EMPTY.withId(id);
    }

    @Test
    @Covers("HF-LICENSE-UNKNOWN")
    void aLicenceThatIsNotAHubIdIsAnError() {
        Issue issue = reportedOnce(licensed(license("Open source")), HUGGINGFACE, "HF-LICENSE-UNKNOWN", ERROR, ERROR);

        assertThat(issue.fieldId()).isEqualTo("license.id");
        assertThat(issue.message()).isEqualTo("license \"Open source\" is not a Hub licence id.");
        assertThat(issue.hint()).contains("apache-2.0");
    }

    @Test
    void aHubIdInTheWrongCaseIsUnknownAndTheHintGivesTheLowerCaseId() {
        Issue issue = reportedOnce(licensed(license("Apache-2.0")), HUGGINGFACE, "HF-LICENSE-UNKNOWN", ERROR, ERROR);

        assertThat(issue.message()).isEqualTo("license \"Apache-2.0\" is not a Hub licence id.");
        assertThat(issue.hint()).isEqualTo("Write it in lower case: apache-2.0.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"apache-2.0", "mit", "cc-by-4.0", "llama3.1", "other"})
    void hubLicenceIdsAreAccepted(String id) {
        assertNotReported(licensed(license(id)), HUGGINGFACE, "HF-LICENSE-UNKNOWN");
    }

    @Test
    void aMissingLicenceIsLeftToTheRequiredFieldRule() {
        CardSubject unlicensed = subject(ModelCard.EMPTY);

        assertNotReported(unlicensed, HUGGINGFACE, "HF-LICENSE-UNKNOWN");
        assertThat(issues(unlicensed, HUGGINGFACE, Strictness.RELEASE, "HF-REQUIRED"))
                .extracting(Issue::fieldId).contains("license.id");
    }

    @Test
    void inAReadmeTheUnknownLicenceIsReportedAtItsKey() {
        CardSubject card = readme(
                "---",
                "library_name: transformers",
                "license: Apache 2",
                "---",
                "# tiny");

        Issue issue = reportedOnce(card, HUGGINGFACE, "HF-LICENSE-UNKNOWN", ERROR, ERROR);

        assertThat(issue.message()).isEqualTo("license \"Apache 2\" is not a Hub licence id.");
        assertThat(issue.at()).isEqualTo(at(3, 1));
    }

    @Test
    @Covers("HF-LICENSE-OTHER")
    void otherWithoutALicenceNameIsAnError() {
        Issue issue = reportedOnce(licensed(license("other").withLink("LICENSE.md")), HUGGINGFACE, "HF-LICENSE-OTHER",
                WARNING, WARNING);

        assertThat(issue.fieldId()).isEqualTo("license.name");
        assertThat(issue.message()).isEqualTo("license is other but license_name is missing.");
    }

    @Test
    @Covers("HF-LICENSE-OTHER")
    void otherWithoutALicenceLinkIsAnError() {
        Issue issue = reportedOnce(licensed(license("other").withName("acme-model-license-1.0")), HUGGINGFACE,
                "HF-LICENSE-OTHER", WARNING, WARNING);

        assertThat(issue.fieldId()).isEqualTo("license.link");
        assertThat(issue.message()).isEqualTo("license is other but license_link is missing.");
    }

    @Test
    void otherWithNeitherNameNorLinkReportsBoth() {
        assertThat(issues(licensed(license("other")), HUGGINGFACE, Strictness.RELEASE, "HF-LICENSE-OTHER"))
                .extracting(Issue::fieldId).containsExactlyInAnyOrder("license.name", "license.link");
    }

    @Test
    void otherWithANameAndALinkPasses() {
        CardSubject card = licensed(license("other").withName("acme-model-license-1.0").withLink("LICENSE.md"));

        assertNotReported(card, HUGGINGFACE, "HF-LICENSE-OTHER");
        assertNotReported(card, HUGGINGFACE, "HF-LICENSE-UNKNOWN");
        assertNotReported(card, HUGGINGFACE, "HF-LICENSE-NAME-WITHOUT-OTHER");
    }

    @Test
    @Covers("HF-LICENSE-NAME-WITHOUT-OTHER")
    void aLicenceNameNextToAHubIdIsAWarning() {
        Issue issue = reportedOnce(licensed(license("mit").withName("MIT License")), HUGGINGFACE,
                "HF-LICENSE-NAME-WITHOUT-OTHER", WARNING, WARNING);

        assertThat(issue.fieldId()).isEqualTo("license.name");
        assertThat(issue.message())
                .isEqualTo("license_name/license_link are set but license is mit, so the Hub ignores them.");
    }

    @Test
    void aStrayLicenceLinkInAReadmeIsReportedAtTheLinkKey() {
        CardSubject card = readme(
                "---",
                "license: mit",
                "license_link: LICENSE.md",
                "---",
                "# tiny");

        Issue issue = reportedOnce(card, HUGGINGFACE, "HF-LICENSE-NAME-WITHOUT-OTHER", WARNING, WARNING);

        assertThat(issue.at()).isEqualTo(at(3, 1));
    }

    @Test
    void aStrayLicenceLinkIsReportedOnTheLinkField() {
        Issue issue = reportedOnce(licensed(license("mit").withLink("LICENSE.md")), HUGGINGFACE,
                "HF-LICENSE-NAME-WITHOUT-OTHER", WARNING, WARNING);

        assertThat(issue.fieldId()).isEqualTo("license.link");
    }

    @Test
    void aHubIdAloneRaisesNoLicenceIssue() {
        CardSubject card = licensed(license("mit"));

        for (String rule : new String[] {"HF-LICENSE-UNKNOWN", "HF-LICENSE-OTHER", "HF-LICENSE-NAME-WITHOUT-OTHER"}) {
            assertNotReported(card, HUGGINGFACE, rule);
        }
    }
}
