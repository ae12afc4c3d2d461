package org.modelcards.core.euact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelDocumentationFormTest {
    private final ModelDocumentationForm form = ModelDocumentationForm.standard();

    @Test
    void theTableReadsWithUniqueItemsAndFields() {
        assertThat(form.items()).hasSize(48);
        Set<String> numbers = new HashSet<>();
        Set<String> fields = new HashSet<>();
        for (FormItem item : form.items()) {
            assertThat(numbers.add(item.number())).as(item.number()).isTrue();
            assertThat(fields.add(item.fieldId())).as(item.fieldId()).isTrue();
            assertThat(item.title()).isNotBlank();
            assertThat(item.annex()).isNotBlank();
            assertThat(Recipient.values()).as(item.number() + " goes to someone").anyMatch(item::isFor);
        }
    }

    @Test
    void computeIsPreciseForTheAiOfficeCoarseForAuthoritiesAndNotForDownstream() {
        FormItem compute = form.item("7.2").orElseThrow();
        assertThat(compute.fieldId()).isEqualTo("training.flops");
        assertThat(compute.disclosure(Recipient.AI_OFFICE)).isEqualTo(Disclosure.VALUE);
        assertThat(compute.disclosure(Recipient.AUTHORITY)).isEqualTo(Disclosure.ORDER_OF_MAGNITUDE);
        assertThat(compute.isFor(Recipient.DOWNSTREAM)).isFalse();
        assertThat(compute.isAuthoritiesOnly()).isTrue();
        assertThat(form.item("4.1").orElseThrow().isAuthoritiesOnly()).isFalse();
        assertThat(form.item("3.1b").orElseThrow().isAuthoritiesOnly()).isFalse();
    }

    @Test
    void itemsAreFoundByFieldAndBySection() {
        assertThat(form.itemsOf("training.flops")).extracting(FormItem::number).containsExactly("7.2");
        assertThat(form.itemsOf("details.summary")).isEmpty();
        assertThat(form.fieldIds()).startsWith("euForm.lastUpdated").contains("environment.energyKwh");
        assertThat(form.item("6.4b").orElseThrow().sectionNumber()).isEqualTo("6");
        assertThat(ModelDocumentationForm.sectionTitle("7")).isEqualTo("Computational resources");
    }

    @Test
    void recipientsAreFoundByTheirCommandLineIds() {
        assertThat(Recipient.byId("AI-Office")).contains(Recipient.AI_OFFICE);
        assertThat(Recipient.byId("authority")).contains(Recipient.AUTHORITY);
        assertThat(Recipient.byId("public")).isEmpty();
    }
}
