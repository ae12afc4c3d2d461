package org.modelcards.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelcards.core.catalog.Profile.CLASSROOM;
import static org.modelcards.core.catalog.Profile.EU_GPAI;
import static org.modelcards.core.catalog.Profile.HUGGINGFACE;
import static org.modelcards.core.catalog.Profile.MITCHELL;
import static org.modelcards.core.validation.RuleAssertions.assertNotReported;
import static org.modelcards.core.validation.RuleAssertions.example;
import static org.modelcards.core.validation.RuleAssertions.issues;
import static org.modelcards.core.validation.RuleAssertions.reportedOnce;
import static org.modelcards.core.validation.RuleAssertions.subject;
import static org.modelcards.core.validation.RuleAssertions.with;
import static org.modelcards.core.validation.RuleAssertions.without;
import static org.modelcards.core.validation.Severity.ERROR;
import static org.modelcards.core.validation.Severity.INFO;
import static org.modelcards.core.validation.Severity.WARNING;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.model.Licensing;
import org.modelcards.core.model.ModelCard;

/**
 * The requirement rules of each profile: {@code <PROFILE>-REQUIRED} per missing required field,
 * {@code <PROFILE>-RECOMMENDED} once per section that misses recommended fields. Failing cases take
 * the bundled example, which fills everything, and empty one or two fields.
 */
class FieldRequirementRulesTest {
    private static final ModelCard EXAMPLE = example();

    /** The example with each of {@code fieldIds} emptied. */
    private static CardSubject exampleWithout(String... fieldIds) {
        ModelCard card = EXAMPLE;
        for (String id : fieldIds) {
            card = without(card, id);
        }
        return subject(card);
    }

    private static String prefix(Profile profile) {
        return switch (profile) {
            case HUGGINGFACE -> "HF";
            case MITCHELL -> "MITCHELL";
            case EU_GPAI -> "EU-GPAI";
            case CLASSROOM -> "CLASSROOM";
        };
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void theExampleMissesNothingAnyProfileAsksFor(Profile profile) {
        assertNotReported(subject(EXAMPLE), profile, prefix(profile) + "-REQUIRED");
        assertNotReported(subject(EXAMPLE), profile, prefix(profile) + "-RECOMMENDED");
    }

    @Test
    @Covers("HF-REQUIRED")
    void huggingfaceRequiresAName() {
        Issue issue = reportedOnce(exampleWithout("details.name"), HUGGINGFACE, "HF-REQUIRED", ERROR, WARNING);

        assertThat(issue.fieldId()).isEqualTo("details.name");
        assertThat(issue.message()).isEqualTo("details.name (Model name) is missing: the huggingface profile requires it.");
    }

    @Test
    void aRequiredFieldHoldingOnlyAPlaceholderIsNotFilledIn() {
        CardSubject card = subject(with(EXAMPLE, "details.name", "[More Information Needed]"));

        Issue issue = reportedOnce(card, HUGGINGFACE, "HF-REQUIRED", ERROR, WARNING);

        assertThat(issue.message())
                .isEqualTo("details.name (Model name) is not filled in: the huggingface profile requires it.");
    }

    @Test
    void aNameAndALicenceAreAllHuggingfaceRequires() {
        ModelCard minimal = with(ModelCard.EMPTY.withLicense(Licensing.EMPTY.withId("mit")), "details.name", "tiny");

        assertNotReported(subject(minimal), HUGGINGFACE, "HF-REQUIRED");
        assertThat(issues(subject(ModelCard.EMPTY), HUGGINGFACE, Strictness.RELEASE, "HF-REQUIRED"))
                .extracting(Issue::fieldId).containsExactly("details.name", "license.id");
    }

    @Test
    @Covers("MITCHELL-REQUIRED")
    void mitchellRequiresAVersion() {
        Issue issue = reportedOnce(exampleWithout("details.version"), MITCHELL, "MITCHELL-REQUIRED", ERROR, WARNING);

        assertThat(issue.fieldId()).isEqualTo("details.version");
        assertThat(issue.message()).isEqualTo("details.version (Version) is missing: the mitchell profile requires it.");
        assertNotReported(exampleWithout("details.version"), HUGGINGFACE, "HF-REQUIRED");
    }

    @Test
    @Covers("EU-GPAI-REQUIRED")
    void euGpaiRequiresAParameterCount() {
        Issue issue = reportedOnce(exampleWithout("details.parameterCount"), EU_GPAI, "EU-GPAI-REQUIRED", ERROR, WARNING);

        assertThat(issue.fieldId()).isEqualTo("details.parameterCount");
        assertThat(issue.message())
                .isEqualTo("details.parameterCount (Parameter count) is missing: the eu-gpai profile requires it.");
        assertNotReported(exampleWithout("details.parameterCount"), MITCHELL, "MITCHELL-REQUIRED");
    }

    @Test
    @Covers("CLASSROOM-REQUIRED")
    void classroomRequiresWhatAnyProfileRequires() {
        Issue issue = reportedOnce(exampleWithout("training.flops"), CLASSROOM, "CLASSROOM-REQUIRED", ERROR, WARNING);

        assertThat(issue.fieldId()).isEqualTo("training.flops");
        assertThat(issue.message()).startsWith(
                "training.flops (Training compute (FLOP)) is missing: the classroom profile requires it. Why it matters: ");
    }

    @Test
    @Covers("HF-RECOMMENDED")
    void huggingfaceRecommendsASummary() {
        Issue issue = reportedOnce(exampleWithout("details.summary"), HUGGINGFACE, "HF-RECOMMENDED", WARNING, INFO);

        assertThat(issue.fieldId()).isEqualTo("details.summary");
        assertThat(issue.message())
                .isEqualTo("Model details: the huggingface profile recommends details.summary (One-line summary).");
    }

    @Test
    @Covers("MITCHELL-RECOMMENDED")
    void mitchellListsTheMissingRecommendedFieldsOfASectionInOneIssue() {
        Issue issue = reportedOnce(exampleWithout("details.contact", "details.paperUrl"), MITCHELL,
                "MITCHELL-RECOMMENDED", WARNING, INFO);

        assertThat(issue.fieldId()).isEqualTo("details.contact");
        assertThat(issue.message()).isEqualTo(
                "Model details: the mitchell profile recommends details.contact (Contact), details.paperUrl (Paper).");
    }

    @Test
    @Covers("EU-GPAI-RECOMMENDED")
    void euGpaiRecommendsUsageRestrictions() {
        Issue issue = reportedOnce(exampleWithout("license.restrictions"), EU_GPAI, "EU-GPAI-RECOMMENDED", WARNING, INFO);

        assertThat(issue.fieldId()).isEqualTo("license.restrictions");
        assertThat(issue.message()).isEqualTo("Licence: the eu-gpai profile recommends license.restrictions (Usage restrictions).");
    }

    @Test
    @Covers("CLASSROOM-RECOMMENDED")
    void classroomRecommendsWhatAnyProfileRecommends() {
        Issue issue = reportedOnce(exampleWithout("misuse.risks"), CLASSROOM, "CLASSROOM-RECOMMENDED", WARNING, INFO);

        assertThat(issue.fieldId()).isEqualTo("misuse.risks");
        assertThat(issue.message())
                .startsWith("Misuse risks: the classroom profile recommends misuse.risks (Misuse risks). Why it matters: ");
    }

    @Test
    void aFieldAProfileLeavesOptionalIsNeverReportedUnderIt() {
        CardSubject card = exampleWithout("misuse.risks", "details.funders", "details.version");

        assertNotReported(card, HUGGINGFACE, "HF-RECOMMENDED");
        assertNotReported(card, HUGGINGFACE, "HF-REQUIRED");
    }

    @Test
    void aRecommendedFieldIsNotReportedAsRequired() {
        CardSubject card = exampleWithout("details.summary");

        assertNotReported(card, HUGGINGFACE, "HF-REQUIRED");
        assertNotReported(card, MITCHELL, "MITCHELL-REQUIRED");
    }

    @Test
    @Covers("HF-REQUIRED")
    void aLicenceNamedOnlyInAReadmesTextIsAskedForAsFrontMatterNotAsNewContent() {
        String readme = "# Model Card for Owl\n\n**License:** A custom commercial license, the Owl Community License,"
                + " is available at: https://example.org/LICENSE\n";
        CardSubject subject = CardSubject.fromReadme(new org.modelcards.core.format.hf.HubReadmeReader().read(readme,
                "README.md"));
        Issue issue = issues(subject, HUGGINGFACE, Strictness.RELEASE, "HF-REQUIRED").stream()
                .filter(i -> i.fieldId().equals("license.id")).findFirst().orElseThrow();
        assertThat(issue.message()).contains("Owl Community License").doesNotContain("missing");
        assertThat(issue.hint()).contains("front matter").contains("license_name");
        CardSubject nothing = CardSubject.fromReadme(new org.modelcards.core.format.hf.HubReadmeReader().read(
                "# Model Card for Owl\n", "README.md"));
        assertThat(issues(nothing, HUGGINGFACE, Strictness.RELEASE, "HF-REQUIRED")).filteredOn(i -> i.fieldId()
                .equals("license.id")).singleElement().satisfies(i -> assertThat(i.message()).contains("missing"));
    }
}
