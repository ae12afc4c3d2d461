package org.modelcards.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.modelcards.app.evaluation.ResultsChartViewModel.Bar;

/** The chart's value labels and the text a bar reads aloud; plain functions, no stage. */
class CiBarChartTextTest {
    @Test
    void formatsValuesAsWritten() {
        assertThat(CiBarChart.format(0.912)).isEqualTo("0.912");
        assertThat(CiBarChart.format(0.6000000000000001)).isEqualTo("0.6");
        assertThat(CiBarChart.format(1200)).isEqualTo("1,200");
        assertThat(CiBarChart.format(-0.0)).isEqualTo("0");
        assertThat(CiBarChart.format(-1.4)).isEqualTo("-1.4");
    }

    @Test
    void describesTheValueIntervalDatasetAndTableRow() {
        Bar sliced = new Bar("length > 100 tokens", "", "Shop Reviews 3k · test", 0.823,
                OptionalDouble.of(0.786), OptionalDouble.of(0.86), 8);
        assertThat(CiBarChart.describe(sliced)).isEqualTo(
                "length > 100 tokens: 0.823, confidence interval 0.786 to 0.86 (Shop Reviews 3k · test; table row 9)");

        Bar overall = new Bar("overall", "Shop Reviews 3k · test", "Shop Reviews 3k · test", 0.884,
                OptionalDouble.empty(), OptionalDouble.of(0.9), 4);
        assertThat(CiBarChart.describe(overall)).isEqualTo(
                "overall · Shop Reviews 3k · test: 0.884, upper bound 0.9 (table row 5)");
    }
}
