package org.modelcards.app.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;

class GuidanceViewModelTest {
    private final CatalogTexts texts = CatalogTexts.forLocale(Locale.ENGLISH);

    @Test
    void focusingAFieldShowsItsTextsAndWhoAsksForIt() {
        GuidanceViewModel model = new GuidanceViewModel(texts);
        model.fieldProperty().set(FieldCatalog.standard().require("training.flops"));
        assertThat(model.titleProperty().get()).isEqualTo(texts.label("training.flops"));
        assertThat(model.whyProperty().get()).isEqualTo(texts.why("training.flops")).isNotBlank();
        assertThat(model.goodProperty().get()).isEqualTo(texts.goodExample("training.flops"));
        assertThat(texts.poorExample("training.flops")).contains(" — ");
        assertThat(texts.poorExample("training.flops")).startsWith(model.poorProperty().get() + " — ");
        assertThat(model.poorBecauseProperty().get()).startsWith("Why it falls short: ")
                .endsWith(texts.poorExample("training.flops").split(" — ", 2)[1]);
        assertThat(model.askedByProperty().get()).isEqualTo("Required by eu-gpai.");
    }

    @Test
    void requirementsAreSummarisedAcrossProfiles() {
        FieldCatalog catalog = FieldCatalog.standard();
        assertThat(GuidanceViewModel.askedBy(catalog.require("details.description")))
                .isEqualTo("Required by mitchell. Recommended by huggingface, eu-gpai.");
        assertThat(GuidanceViewModel.askedBy(catalog.require("details.demoUrl"))).isEqualTo("Optional in every profile.");
    }
}
