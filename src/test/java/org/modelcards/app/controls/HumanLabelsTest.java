package org.modelcards.app.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.modelcards.core.catalog.CatalogTexts;

class HumanLabelsTest {
    private final CatalogTexts texts = CatalogTexts.forLocale(Locale.ENGLISH);

    @Test
    void idsBecomeLabelsRowsAndCellsIncluded() {
        assertThat(HumanLabels.of("misuse.risks[0].harmed", texts)).isEqualTo("Misuse risks › row 1 › Who is harmed");
        assertThat(HumanLabels.of("details.name", texts)).isEqualTo("Model name");
        assertThat(HumanLabels.message("the huggingface profile recommends details.summary (One-line summary), "
                + "details.modelType (Model type).", texts))
                .isEqualTo("the huggingface profile recommends One-line summary, Model type.");
        assertThat(HumanLabels.message("misuse.risks[2].harmed is empty; see huggingface.co", texts))
                .isEqualTo("Misuse risks › row 3 › Who is harmed is empty; see huggingface.co");
    }
}
