package org.modelcards.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelcards.core.catalog.Profile.CLASSROOM;
import static org.modelcards.core.catalog.Profile.EU_GPAI;
import static org.modelcards.core.catalog.Profile.HUGGINGFACE;
import static org.modelcards.core.catalog.Profile.MITCHELL;
import static org.modelcards.core.validation.RuleAssertions.example;
import static org.modelcards.core.validation.RuleAssertions.issues;
import static org.modelcards.core.validation.RuleAssertions.readme;
import static org.modelcards.core.validation.RuleAssertions.reportedOnce;
import static org.modelcards.core.validation.RuleAssertions.subject;
import static org.modelcards.core.validation.RuleAssertions.validate;
import static org.modelcards.core.validation.RuleAssertions.without;
import static org.modelcards.core.validation.Strictness.DRAFT;
import static org.modelcards.core.validation.Strictness.RELEASE;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.model.Details;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.Evaluation;
import org.modelcards.core.model.Licensing;
import org.modelcards.core.model.ModelCard;

/** Which rules run under which profile, how strictness sets severity, and how the classroom explains. */
class ProfilesAndStrictnessTest {
    /** A card that breaks every Hub value rule that works on the card itself. */
    private static final ModelCard HUB_MISTAKES = ModelCard.EMPTY
            .withDetails(Details.EMPTY.withName("tiny-sentiment")
                    .withLanguages(List.of("English", "yue"))
                    .withPipelineTag("sentiment")
                    .withTags(List.of("nlp", "nlp"))
                    .withBaseModels(List.of("https://huggingface.co/gpt2"))
                    .withBaseModelRelation("fine-tune"))
            .withLicense(Licensing.EMPTY.withId("Apache 2").withName("Apache"))
            .withEvaluation(Evaluation.EMPTY.withResults(List.of(EvalResult.EMPTY.withValue("0.9"))));

    private static final Set<String> HUB_RULES_ON_THE_CARD = Set.of("HF-LICENSE-UNKNOWN",
            "HF-LICENSE-NAME-WITHOUT-OTHER", "HF-LANGUAGE", "HF-PIPELINE-TAG", "HF-TAGS-UNIQUE",
            "HF-HUB-ID", "HF-BASE-MODEL-RELATION", "HF-MODEL-INDEX");

    private static Set<String> ruleIds(CardSubject subject, Profile profile) {
        return issues(subject, profile, RELEASE).stream().map(Issue::ruleId).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"HUGGINGFACE, HF-REQUIRED", "MITCHELL, MITCHELL-REQUIRED", "EU_GPAI, EU-GPAI-REQUIRED",
        "CLASSROOM, CLASSROOM-REQUIRED"})
    void aMissingRequiredFieldIsAnErrorInAReleaseAndAWarningInADraft(Profile profile, String rule) {
        CardSubject card = subject(without(example(), "details.name"));

        ValidationReport release = validate(card, profile, RELEASE);
        ValidationReport draft = validate(card, profile, DRAFT);

        assertThat(release.issues()).filteredOn(i -> i.ruleId().equals(rule))
                .singleElement().satisfies(i -> {
                    assertThat(i.fieldId()).isEqualTo("details.name");
                    assertThat(i.severity()).isEqualTo(Severity.ERROR);
                });
        assertThat(draft.issues()).filteredOn(i -> i.ruleId().equals(rule))
                .singleElement().satisfies(i -> {
                    assertThat(i.fieldId()).isEqualTo("details.name");
                    assertThat(i.severity()).isEqualTo(Severity.WARNING);
                });
        assertThat(release.hasErrors()).isTrue();
        assertThat(draft.hasErrors()).as("a draft missing only its name has no errors").isFalse();
    }

    @Test
    void strictnessDoesNotSoftenAWrongValue() {
        CardSubject card = subject(ModelCard.EMPTY.withLicense(Licensing.EMPTY.withId("Apache 2")));

        reportedOnce(card, HUGGINGFACE, "HF-LICENSE-UNKNOWN", Severity.ERROR, Severity.ERROR);
        assertThat(validate(card, HUGGINGFACE, DRAFT).hasErrors()).isTrue();
    }

    @Test
    void hubRulesRunUnderTheHuggingfaceAndClassroomProfiles() {
        assertThat(ruleIds(subject(HUB_MISTAKES), HUGGINGFACE)).containsAll(HUB_RULES_ON_THE_CARD);
        assertThat(ruleIds(subject(HUB_MISTAKES), CLASSROOM)).containsAll(HUB_RULES_ON_THE_CARD);
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"MITCHELL", "EU_GPAI"})
    void hubRulesDoNotRunUnderOtherProfiles(Profile profile) {
        assertThat(ruleIds(subject(HUB_MISTAKES), profile)).noneMatch(id -> id.startsWith("HF-"));
    }

    @Test
    void hubRulesOnTheFrontMatterDoNotRunUnderMitchell() {
        CardSubject card = readme(
                "---",
                "tags: [nlp, null]",
                "license: Apache 2",
                "model-index: {}",
                "---",
                "# tiny");

        assertThat(ruleIds(card, HUGGINGFACE)).contains("HF-NULL-VALUE", "HF-LICENSE-UNKNOWN", "HF-MODEL-INDEX");
        assertThat(ruleIds(card, MITCHELL)).noneMatch(id -> id.startsWith("HF-"));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void onlyTheProfilesOwnRequirementRulesRun(Profile profile) {
        String own = switch (profile) {
            case HUGGINGFACE -> "HF-";
            case MITCHELL -> "MITCHELL-";
            case EU_GPAI -> "EU-GPAI-";
            case CLASSROOM -> "CLASSROOM-";
        };

        Set<String> requirementRules = ruleIds(subject(ModelCard.EMPTY), profile).stream()
                .filter(id -> id.endsWith("-REQUIRED") || id.endsWith("-RECOMMENDED")).collect(Collectors.toSet());

        assertThat(requirementRules).containsExactlyInAnyOrder(own + "REQUIRED", own + "RECOMMENDED");
    }

    @Test
    void theClassroomExplainsWhyARuleMattersAndCitesItsSource() {
        CardSubject card = subject(ModelCard.EMPTY.withLicense(Licensing.EMPTY.withId("Apache 2")));
        Issue plain = reportedOnce(card, HUGGINGFACE, "HF-LICENSE-UNKNOWN", Severity.ERROR, Severity.ERROR);
        Issue taught = reportedOnce(card, CLASSROOM, "HF-LICENSE-UNKNOWN", Severity.ERROR, Severity.ERROR);
        String why = CatalogTexts.forLocale(Locale.ENGLISH).why("license.id");

        assertThat(why).isNotBlank();
        assertThat(plain.message()).doesNotContain("Why it matters");
        assertThat(taught.message()).isEqualTo(plain.message() + " Why it matters: " + why
                + " (Source: Hugging Face Hub documentation: model cards and repository metadata)");
    }

    @Test
    void everyClassroomMessageSaysWhyItMattersAndNoOtherProfilesDoes() {
        for (CardSubject card : List.of(subject(ModelCard.EMPTY), subject(HUB_MISTAKES))) {
            assertThat(issues(card, CLASSROOM, DRAFT)).isNotEmpty()
                    .allSatisfy(i -> assertThat(i.message()).contains(" Why it matters: "));
            for (Profile other : List.of(HUGGINGFACE, MITCHELL, EU_GPAI)) {
                assertThat(issues(card, other, RELEASE)).isNotEmpty()
                        .allSatisfy(i -> assertThat(i.message()).doesNotContain("Why it matters"));
            }
        }
    }

    @Test
    void recommendedFieldsAreReportedOncePerSectionNotOncePerField() {
        List<Issue> recommended = issues(subject(ModelCard.EMPTY), HUGGINGFACE, RELEASE, "HF-RECOMMENDED");

        assertThat(recommended).extracting(Issue::fieldId).containsExactly("details.summary", "intendedUse.directUse",
                "bias.limitations", "factors.relevant", "metrics.ids", "data.training", "evaluation.results",
                "training.procedure", "environment.hardware", "more.gettingStarted");
        assertThat(recommended.get(0).message()).isEqualTo("Model details: the huggingface profile recommends "
                + "details.summary (One-line summary), details.description (Description), details.developers (Developed by), "
                + "details.modelType (Model type), details.languages (Languages), details.libraryName (Library), "
                + "details.pipelineTag (Task (pipeline tag)), details.tags (Tags).");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void noSectionGetsTwoRecommendedIssues(Profile profile) {
        List<Issue> recommended = issues(subject(ModelCard.EMPTY), profile, RELEASE).stream()
                .filter(i -> i.ruleId().endsWith("-RECOMMENDED")).toList();

        List<String> sections = recommended.stream().map(i -> i.fieldId().substring(0, i.fieldId().indexOf('.'))).toList();
        assertThat(sections).isNotEmpty().doesNotHaveDuplicates();
    }
}
