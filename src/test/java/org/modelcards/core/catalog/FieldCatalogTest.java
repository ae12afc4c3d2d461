package org.modelcards.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modelcards.core.model.ModelCard;

class FieldCatalogTest {
    private final FieldCatalog catalog = FieldCatalog.standard();

    /** Unknown JSON keys are a format's preservation, not something an author edits. */
    private static final Set<String> NOT_FIELDS = Set.of("extras.unmapped");

    @Test
    void everyModelComponentIsAFieldOrColumnAndEveryFieldIsAComponent() {
        Set<String> model = new LinkedHashSet<>();
        for (RecordComponent section : ModelCard.class.getRecordComponents()) {
            for (RecordComponent field : section.getType().getRecordComponents()) {
                String id = section.getName() + "." + field.getName();
                model.add(id);
                Class<?> row = listElementRecord(field.getGenericType());
                if (row != null) {
                    for (RecordComponent column : row.getRecordComponents()) {
                        model.add(id + "." + column.getName());
                    }
                }
            }
        }
        Set<String> declared = new LinkedHashSet<>();
        for (CardField field : catalog.fields()) {
            declared.add(field.id());
            field.table().ifPresent(t -> t.columns().forEach(c -> declared.add(c.textKey())));
        }
        Set<String> expected = new LinkedHashSet<>(model);
        expected.removeIf(id -> NOT_FIELDS.stream().anyMatch(id::startsWith));
        assertThat(declared).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void sectionsFollowTheModelsComponentsInOrder() {
        List<String> components = new ArrayList<>();
        for (RecordComponent c : ModelCard.class.getRecordComponents()) {
            components.add(c.getName());
        }
        assertThat(catalog.sections()).extracting(Section::id).containsExactlyElementsOf(components);
    }

    @Test
    void everyFieldReadsWhatItWroteAndTouchesNothingElse() {
        for (CardField field : catalog.fields()) {
            Object value = sample(field);
            ModelCard written = field.write(ModelCard.EMPTY, value);
            assertThat(field.read(written)).as(field.id()).isEqualTo(value);
            for (CardField other : catalog.fields()) {
                if (other != field) {
                    assertThat(other.isEmpty(written)).as(field.id() + " leaked into " + other.id()).isTrue();
                }
            }
            assertThat(field.read(reflectiveRead(written, field.id()))).isEqualTo(value);
        }
    }

    @Test
    void everyColumnReadsWhatItWrote() {
        for (CardField field : catalog.fields()) {
            if (field.table().isEmpty()) {
                continue;
            }
            TableSpec table = field.table().get();
            for (Column column : table.columns()) {
                Object value = column.kind() == FieldKind.BOOLEAN ? Boolean.TRUE : "v-" + column.id();
                Object row = column.write(table.blankRow(), value);
                assertThat(column.read(row)).as(column.textKey()).isEqualTo(value);
                assertThat(table.rowType()).isInstanceOf(Class.class);
                assertThat(row).isInstanceOf(table.rowType());
            }
        }
    }

    @Test
    void wrongValueTypesAreRefused() {
        CardField name = catalog.require("details.name");
        assertThatThrownBy(() -> name.write(ModelCard.EMPTY, List.of("x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("details.name");
        assertThatThrownBy(() -> catalog.require("details.tags").write(ModelCard.EMPTY, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lookupByIdAndUnknownIds() {
        assertThat(catalog.field("license.id")).map(CardField::kind).contains(FieldKind.TEXT);
        assertThat(catalog.field("license.nope")).isEmpty();
        assertThatThrownBy(() -> catalog.require("nope")).hasMessageContaining("nope");
        assertThat(catalog.require("intendedUse.outOfScope").cardinality()).isEqualTo(Cardinality.MANY);
        assertThat(catalog.require("details.name").cardinality()).isEqualTo(Cardinality.ONE);
    }

    @Test
    void classroomAsksForWhatAnyProfileAsksFor() {
        for (CardField field : catalog.fields()) {
            boolean requiredSomewhere = List.of(Profile.HUGGINGFACE, Profile.MITCHELL, Profile.EU_GPAI).stream()
                    .anyMatch(p -> field.requirement(p) == Requirement.REQUIRED);
            boolean recommendedSomewhere = List.of(Profile.HUGGINGFACE, Profile.MITCHELL, Profile.EU_GPAI).stream()
                    .anyMatch(p -> field.requirement(p) == Requirement.RECOMMENDED);
            assertThat(field.requirement(Profile.CLASSROOM)).as(field.id()).isEqualTo(requiredSomewhere ? Requirement.REQUIRED
                    : recommendedSomewhere ? Requirement.RECOMMENDED : Requirement.OPTIONAL);
        }
        assertThat(catalog.require("license.id").requirement(Profile.HUGGINGFACE)).isEqualTo(Requirement.REQUIRED);
        assertThat(catalog.require("training.flops").requirement(Profile.EU_GPAI)).isEqualTo(Requirement.REQUIRED);
        assertThat(catalog.require("training.flops").requirement(Profile.HUGGINGFACE)).isEqualTo(Requirement.OPTIONAL);
    }

    @Test
    void everyProfileAsksForSomethingInMitchellsNineSections() {
        for (String id : List.of("details.name", "intendedUse.directUse", "factors.relevant", "metrics.measures",
                "data.evaluation", "data.training", "evaluation.results", "bias.ethical", "bias.recommendations")) {
            assertThat(catalog.require(id).requirement(Profile.MITCHELL)).as(id).isEqualTo(Requirement.REQUIRED);
        }
    }

    @Test
    void preservedContentIsNotAskedOfAuthors() {
        assertThat(catalog.section("extras")).map(Section::preserved).contains(true);
        assertThat(catalog.sections().stream().filter(Section::preserved)).hasSize(1);
        assertThat(catalog.authoredFields()).extracting(CardField::sectionId).doesNotContain("extras")
                .contains("details", "evaluation");
        assertThat(catalog.authoredFields()).hasSize(catalog.fields().size() - 2);
    }

    @Test
    void profilesAreFoundByTheirCommandLineIds() {
        assertThat(Profile.byId("eu-gpai")).contains(Profile.EU_GPAI);
        assertThat(Profile.byId("HuggingFace")).contains(Profile.HUGGINGFACE);
        assertThat(Profile.byId("nope")).isEmpty();
    }

    private static Object sample(CardField field) {
        return switch (field.kind()) {
            case BOOLEAN -> Boolean.TRUE;
            case LIST -> List.of("a-" + field.name(), "b");
            case TABLE -> List.of(field.table().orElseThrow().blankRow());
            default -> "value of " + field.id();
        };
    }

    /** Reads through the records by reflection, independently of the catalogue's lambdas. */
    private static ModelCard reflectiveRead(ModelCard card, String id) {
        try {
            String[] parts = id.split("\\.");
            Method section = ModelCard.class.getMethod(parts[0]);
            Object record = section.invoke(card);
            record.getClass().getMethod(parts[1]).invoke(record);
            return card;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(id + " does not resolve to a record component", e);
        }
    }

    private static Class<?> listElementRecord(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class
                && p.getActualTypeArguments()[0] instanceof Class<?> c && c.isRecord()) {
            return c;
        }
        return null;
    }
}
