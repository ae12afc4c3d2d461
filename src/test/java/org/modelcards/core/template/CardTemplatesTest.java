package org.modelcards.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.format.hf.HubReadmeFormat;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.HubFacts;
import org.modelcards.core.validation.Issue;
import org.modelcards.core.validation.Strictness;
import org.modelcards.core.validation.checker.Validator;

class CardTemplatesTest {
    /** What a template may state as content: true of every model of the kind, so not a prompt. */
    private static final Set<String> KIND_FACTS = Set.of("details.pipelineTag", "metrics.ids", "details.libraryName");
    private static final String TEMPLATE_TEXT = "LINT-TEMPLATE-TEXT";
    private static final CardTemplates TEMPLATES = new CardTemplates();
    private static final Validator VALIDATOR = Validator.standard();

    /** One piece of text on a card and where it sits, e.g. {@code misuse.risks[0].harmed}. */
    private record Text(CardField field, String path, String text) {
    }

    @Test
    void everyKindHasAnIdAndItsIdFindsIt() {
        assertThat(ModelKind.values()).extracting(ModelKind::id).containsExactly(
                "llm", "text-classifier", "image-generator", "speech-recognizer", "tabular", "other");
        for (ModelKind kind : ModelKind.values()) {
            assertThat(ModelKind.byId(kind.id().toUpperCase(java.util.Locale.ROOT))).contains(kind);
            assertThat(kind.label()).isNotBlank();
            assertThat(kind.description()).isNotBlank();
        }
        assertThat(ModelKind.byId("diffusion")).isEmpty();
    }

    @Test
    void eachKindStartsFromItsHubTask() {
        Map<ModelKind, String> tasks = Map.of(ModelKind.LLM, "text-generation",
                ModelKind.TEXT_CLASSIFIER, "text-classification", ModelKind.IMAGE_GENERATOR, "text-to-image",
                ModelKind.SPEECH_RECOGNIZER, "automatic-speech-recognition", ModelKind.TABULAR, "tabular-classification",
                ModelKind.OTHER, "");
        Set<String> hubTasks = HubFacts.bundled().pipelineTags();
        tasks.forEach((kind, task) -> {
            assertThat(TEMPLATES.create(kind).details().pipelineTag()).as(kind.id()).isEqualTo(task);
            assertThat(task.isEmpty() || hubTasks.contains(task)).as(task + " is a Hub task").isTrue();
        });
        assertThat(TEMPLATES.create(ModelKind.SPEECH_RECOGNIZER).metrics().ids()).containsExactly("wer", "cer");
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void aTemplateLeavesWhatOnlyTheAuthorKnowsBlank(ModelKind kind) {
        ModelCard card = TEMPLATES.create(kind);
        assertThat(card.details().name()).isEmpty();
        assertThat(card.license()).isEqualTo(ModelCard.EMPTY.license());
        assertThat(card.details().parameterCount()).isEmpty();
        assertThat(card.evaluation().results()).as("no invented numbers").isEmpty();
        assertThat(card.environment()).isEqualTo(ModelCard.EMPTY.environment());
        assertThat(card.extras()).as("every key of the resource is a catalogue field").isEqualTo(ModelCard.EMPTY.extras());
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void aTemplateAsksAboutMisuseAndOutOfScopeUses(ModelKind kind) {
        ModelCard card = TEMPLATES.create(kind);
        assertThat(card.intendedUse().outOfScope()).isNotEmpty();
        assertThat(card.misuse().risks()).isNotEmpty();
        assertThat(card.bias().limitations()).isNotBlank();
        assertThat(card.factors().relevant()).isNotBlank();
    }

    /** The honesty rule: a prompt left unanswered is reported, never counted as content. */
    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void everyPromptIsReportedAsTemplateTextUntilAnswered(ModelKind kind) {
        ModelCard card = TEMPLATES.create(kind);
        List<Issue> issues = VALIDATOR.validate(CardSubject.of(card), Profile.CLASSROOM, Strictness.RELEASE).issues();
        List<Text> prompts = texts(card).stream().filter(t -> !KIND_FACTS.contains(t.field().id())).toList();
        assertThat(prompts).as("the template pre-fills prompts").hasSizeGreaterThan(10);
        for (Text prompt : prompts) {
            assertThat(issues).as(prompt.path() + " = \"" + prompt.text() + "\" must be flagged")
                    .anyMatch(i -> i.ruleId().equals(TEMPLATE_TEXT) && i.fieldId().equals(prompt.field().id())
                            && i.message().startsWith(prompt.path() + " still contains template text"));
        }
        assertThat(issues.stream().filter(i -> i.ruleId().equals(TEMPLATE_TEXT)).count()).isEqualTo(prompts.size());
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void aFreshTemplateIsFarFromComplete(ModelKind kind) {
        ModelCard card = TEMPLATES.create(kind);
        for (Profile profile : Profile.values()) {
            assertThat(VALIDATOR.completeness(card, profile).overall()).as(kind.id() + " / " + profile.id())
                    .isLessThan(0.15);
        }
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void aNamedTemplateBreaksNoRuleButMissingAndTemplateText(ModelKind kind) {
        ModelCard card = TEMPLATES.create(kind);
        card = card.withDetails(card.details().withName("my-model"));
        for (Profile profile : Profile.values()) {
            List<Issue> issues = VALIDATOR.validate(CardSubject.of(card), profile, Strictness.RELEASE).issues();
            assertThat(issues).as(profile.id()).allMatch(i -> i.ruleId().equals(TEMPLATE_TEXT)
                    || i.ruleId().endsWith("-REQUIRED") || i.ruleId().endsWith("-RECOMMENDED"));
        }
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void aTemplateSurvivesBothFormats(ModelKind kind) throws Exception {
        ModelCard card = TEMPLATES.create(kind);
        NativeJsonFormat json = new NativeJsonFormat();
        assertThat(json.read(json.write(card).text(), "t")).isEqualTo(card);
        assertThat(new HubReadmeFormat().write(card).losses()).isEmpty();
    }

    @Test
    void aTemplateIsTheSameCardEachTime() {
        assertThat(TEMPLATES.create(ModelKind.LLM)).isEqualTo(new CardTemplates().create(ModelKind.LLM));
        assertThat(CardTemplates.resourceName(ModelKind.TEXT_CLASSIFIER)).isEqualTo("text-classifier.modelcard.json");
    }

    /** Every non-empty text on the card (fields, list items, table cells), walked from the catalogue. */
    private static List<Text> texts(ModelCard card) {
        List<Text> texts = new ArrayList<>();
        for (CardField field : FieldCatalog.standard().authoredFields()) {
            Object value = field.read(card);
            switch (field.kind()) {
                case LIST -> {
                    List<?> items = (List<?>) value;
                    for (int i = 0; i < items.size(); i++) {
                        texts.add(new Text(field, field.id() + "[" + i + "]", (String) items.get(i)));
                    }
                }
                case TABLE -> {
                    List<?> rows = (List<?>) value;
                    for (int i = 0; i < rows.size(); i++) {
                        for (Column column : field.table().orElseThrow().columns()) {
                            if (column.kind().isText()) {
                                texts.add(new Text(field, field.id() + "[" + i + "]." + column.id(),
                                        (String) column.read(rows.get(i))));
                            }
                        }
                    }
                }
                case BOOLEAN -> { }
                default -> texts.add(new Text(field, field.id(), (String) value));
            }
        }
        return texts.stream().filter(t -> !t.text().isEmpty()).toList();
    }
}
