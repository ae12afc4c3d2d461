package org.modelcards.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.modelcards.core.euact.FormItem;
import org.modelcards.core.euact.ModelDocumentationForm;

/** The catalogue and the Model Documentation Form's table agree: every item has its field, the profile follows the form. */
class FormFieldsTest {
    private final FieldCatalog catalog = FieldCatalog.standard();
    private final CatalogTexts texts = CatalogTexts.forLocale(Locale.ENGLISH);

    @Test
    void everyFormItemIsAnsweredByACatalogueFieldWhoseGuidanceCitesTheItemAndItsAnnexPoint() {
        for (FormItem item : ModelDocumentationForm.standard().items()) {
            assertThat(catalog.field(item.fieldId())).as(item.number()).isPresent();
            String why = texts.why(item.fieldId());
            String itemNumber = item.number().replaceAll("[a-z]$", "");
            if (!item.sectionNumber().equals("H")) {
                assertThat(why).as(item.fieldId()).contains("item " + itemNumber);
            }
            String firstAnnexPoint = item.annex().split(";")[0].strip();
            if (firstAnnexPoint.startsWith("X")) {
                assertThat(why).as(item.fieldId()).contains("Annex " + firstAnnexPoint.split(" ")[0]);
            }
        }
    }

    @Test
    void theEuGpaiProfileRequiresWhatTheFormAsksOfEveryModel() {
        for (FormItem item : ModelDocumentationForm.standard().items()) {
            Requirement actual = catalog.require(item.fieldId()).requirement(Profile.EU_GPAI);
            if (item.required()) {
                assertThat(actual).as(item.fieldId()).isEqualTo(Requirement.REQUIRED);
            } else {
                // an item that applies only where relevant is never required of every card; rules say when it is due
                assertThat(actual).as(item.fieldId()).isNotEqualTo(Requirement.REQUIRED);
            }
        }
        // fields no item names are at most recommended by the profile
        for (CardField field : catalog.fields()) {
            if (ModelDocumentationForm.standard().itemsOf(field.id()).stream().noneMatch(FormItem::required)
                    && !field.sectionId().equals("trainingContent")) {
                assertThat(field.requirement(Profile.EU_GPAI)).as(field.id()).isNotEqualTo(Requirement.REQUIRED);
            }
        }
        assertThat(catalog.require("training.flops").requirement(Profile.EU_GPAI)).isEqualTo(Requirement.REQUIRED);
        assertThat(catalog.require("details.baseModels").requirement(Profile.EU_GPAI)).isEqualTo(Requirement.OPTIONAL);
        assertThat(catalog.require("environment.energyKwh").requirement(Profile.EU_GPAI)).isEqualTo(Requirement.OPTIONAL);
        assertThat(catalog.require("training.flops").requirement(Profile.HUGGINGFACE)).isEqualTo(Requirement.OPTIONAL);
    }
}
