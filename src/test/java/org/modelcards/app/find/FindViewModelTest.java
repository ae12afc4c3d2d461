package org.modelcards.app.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.model.MisuseRisk;
import org.modelcards.core.model.ModelCard;

class FindViewModelTest {
    private final FieldCatalog catalog = FieldCatalog.standard();
    private final FindViewModel find = new FindViewModel(catalog, CatalogTexts.forLocale(Locale.ENGLISH));

    @Test
    void findsTextInFieldsAndTableCellsAndSaysWhereByLabels() {
        ModelCard card = catalog.require("details.name").write(ModelCard.EMPTY, "Phishing detector");
        card = catalog.require("misuse.risks").write(card, List.of(MisuseRisk.EMPTY.withHarmed("people hit by phishing")));

        var matches = find.find(card, "PHISHING");

        assertThat(matches).extracting(FindViewModel.Match::fieldId).containsExactly("details.name", "misuse.risks");
        assertThat(matches.get(1).where()).doesNotContain("[0]", "misuse.risks").contains("row 1", "Who is harmed");
        assertThat(find.find(card, " ")).isEmpty();
    }
}
