package org.modelcards.app.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.model.EvalResult;

class GridLayoutTest {
    private final FieldCatalog catalog = FieldCatalog.standard();

    @Test
    void longValuesAndTheRestOfAWideRowGoToTheDetailPane() {
        var results = catalog.require("evaluation.results").table().orElseThrow();
        assertThat(GridLayout.gridColumns("evaluation.results", results)).hasSizeLessThanOrEqualTo(10)
                .extracting(c -> c.id()).contains("datasetName", "metricType", "value", "slice", "ciLow", "ciHigh");
        assertThat(GridLayout.detailColumns("evaluation.results", results)).extracting(c -> c.id())
                .contains("verified", "sourceUrl", "taskArgs");
        var sections = catalog.require("extras.sections").table().orElseThrow();
        assertThat(GridLayout.gridColumns("extras.sections", sections)).noneMatch(c -> c.kind() == FieldKind.MARKDOWN);
        assertThat(GridLayout.detailColumns("extras.sections", sections)).extracting(c -> c.id()).containsExactly("markdown");
    }

    @Test
    void rowsWithASliceAreSaidToGoToABodyTable() {
        var results = catalog.require("evaluation.results").table().orElseThrow();
        assertThat(GridLayout.note("evaluation.results", results, List.of(EvalResult.EMPTY))).isEmpty();
        assertThat(GridLayout.note("evaluation.results", results, List.of(EvalResult.EMPTY.withSlice("French"))))
                .contains("1 row has a slice", "results table");
    }
}
