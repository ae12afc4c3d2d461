package org.modelcards.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CatalogTextsTest {
    private final CatalogTexts texts = CatalogTexts.forLocale(Locale.ENGLISH);
    private final FieldCatalog catalog = FieldCatalog.standard();

    @Test
    void everySectionFieldAndColumnHasItsTexts() {
        List<String> missing = new ArrayList<>();
        for (Section section : catalog.sections()) {
            for (String suffix : List.of(".label", ".intro")) {
                require(missing, "section." + section.id() + suffix);
            }
        }
        for (CardField field : catalog.fields()) {
            for (String suffix : List.of(".label", ".why", ".good", ".poor")) {
                require(missing, field.id() + suffix);
            }
            field.table().ifPresent(t -> t.columns().forEach(c -> {
                require(missing, c.textKey() + ".label");
                require(missing, c.textKey() + ".why");
            }));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void textsAreReadByFieldId() {
        assertThat(texts.label("details.name")).isNotBlank().isNotEqualTo("details.name");
        assertThat(texts.sectionLabel("intendedUse")).isNotEqualTo("intendedUse");
        assertThat(texts.label("no.such.field")).isEqualTo("no.such.field");
        assertThat(texts.why("no.such.field")).isEmpty();
    }

    private void require(List<String> missing, String key) {
        if (!texts.has(key)) {
            missing.add(key);
        }
    }
}
