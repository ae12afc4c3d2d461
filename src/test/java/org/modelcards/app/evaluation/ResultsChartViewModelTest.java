package org.modelcards.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.modelcards.app.ExampleCards;
import org.modelcards.app.evaluation.ResultsChartViewModel.Axis;
import org.modelcards.app.evaluation.ResultsChartViewModel.Bar;
import org.modelcards.app.evaluation.ResultsChartViewModel.Metric;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.Evaluation;
import org.modelcards.core.model.ModelCard;

/** The chart's logic on plain properties: no stage, no toolkit. */
class ResultsChartViewModelTest {
    private static final Metric ACCURACY = new Metric("accuracy", "Accuracy");
    private static final Metric MACRO_F1 = new Metric("f1", "Macro F1");

    private static EvalResult row(String type, String name, String dataset, String split, String slice, String value) {
        return EvalResult.EMPTY.withMetricType(type).withMetricName(name).withDatasetName(dataset)
                .withDatasetSplit(split).withSlice(slice).withValue(value);
    }

    private static EvalResult accuracy(String slice, String value) {
        return row("accuracy", "Accuracy", "reviews", "test", slice, value);
    }

    private static ModelCard card(EvalResult... rows) {
        return ModelCard.EMPTY.withEvaluation(Evaluation.EMPTY.withResults(List.of(rows)));
    }

    private static ResultsChartViewModel model(SimpleObjectProperty<ModelCard> card) {
        return new ResultsChartViewModel(card);
    }

    @Test
    void listsEachMetricOnceInFirstSeenOrder() {
        var card = new SimpleObjectProperty<>(card(
                row("f1", "Macro F1", "a", "test", "", "0.8"),
                row("accuracy", "Accuracy", "a", "test", "", "0.9"),
                row("f1", "Macro F1", "b", "test", "", "0.7"),
                row("f1", "F1, neutral class", "a", "test", "neutral", "0.6"),
                row("f1", "Macro F1", "a", "test", "short", "0.85")));

        assertThat(model(card).metrics()).containsExactly(
                MACRO_F1, ACCURACY, new Metric("f1", "F1, neutral class"));
    }

    @Test
    void metricLabelsNameTheTypeOnlyWhenItAddsSomething() {
        assertThat(ACCURACY.label()).isEqualTo("Accuracy");
        assertThat(MACRO_F1.label()).isEqualTo("Macro F1 (f1)");
        assertThat(new Metric("wer", "").label()).isEqualTo("wer");
        assertThat(new Metric("", "BLEU").label()).isEqualTo("BLEU");
        assertThat(new Metric(null, " ").label()).isEqualTo("Unnamed metric");
        assertThat(MACRO_F1).hasToString("Macro F1 (f1)");
    }

    @Test
    void defaultsToTheFirstMetricReportedForSeveralSlices() {
        var card = new SimpleObjectProperty<>(card(
                row("f1", "Macro F1", "a", "test", "", "0.8"),
                accuracy("", "0.9"),
                accuracy("short reviews", "0.93")));

        assertThat(model(card).selectedMetricProperty().get()).isEqualTo(ACCURACY);
    }

    @Test
    void defaultsToTheFirstMetricWhenNoneHasSeveralSlices() {
        var card = new SimpleObjectProperty<>(card(
                row("f1", "Macro F1", "a", "test", "", "0.8"),
                accuracy("", "0.9")));

        assertThat(model(card).selectedMetricProperty().get()).isEqualTo(MACRO_F1);
    }

    @Test
    void theExampleCardOpensOnAccuracy() {
        ModelCard example = ExampleCards.load(ExampleCards.DEFAULT);
        ResultsChartViewModel model = model(new SimpleObjectProperty<>(example));

        assertThat(model.selectedMetricProperty().get()).isEqualTo(ACCURACY);
        long accuracyRows = example.evaluation().results().stream()
                .filter(r -> r.metricType().equals("accuracy") && r.metricName().equals("Accuracy")).count();
        assertThat(model.bars()).hasSize((int) accuracyRows);
        assertThat(model.bars()).allSatisfy(bar -> assertThat(bar.hasInterval()).isTrue());
    }

    @Test
    void labelsBarsBySliceAndCallsTheUnslicedOneOverall() {
        var card = new SimpleObjectProperty<>(card(
                accuracy("", "0.9"),
                row("f1", "Macro F1", "reviews", "test", "", "0.8"),
                accuracy("  short reviews ", "0.93")));

        ResultsChartViewModel model = model(card);

        assertThat(model.bars()).extracting(Bar::label, Bar::value, Bar::row)
                .containsExactly(tuple("overall", 0.9, 0), tuple("short reviews", 0.93, 2));
        assertThat(model.bars()).extracting(Bar::context).containsOnly("");
    }

    @Test
    void namesTheDatasetWhenTheSameSliceAppearsForSeveralDatasets() {
        var card = new SimpleObjectProperty<>(card(
                row("accuracy", "Accuracy", "Shop Reviews 120k", "test", "", "0.912"),
                row("accuracy", "Accuracy", "Shop Reviews 3k", "test", "", "0.884"),
                row("accuracy", "Accuracy", "Shop Reviews 3k", "test", "books", "0.851")));

        assertThat(model(card).bars()).extracting(Bar::label).containsExactly(
                "overall · Shop Reviews 120k", "overall · Shop Reviews 3k", "books");
        assertThat(model(card).bars()).extracting(Bar::dataset).containsExactly(
                "Shop Reviews 120k · test", "Shop Reviews 3k · test", "Shop Reviews 3k · test");
    }

    @Test
    void namesTheSplitWhenOnlyTheSplitDiffers() {
        var card = new SimpleObjectProperty<>(card(
                row("wer", "WER", "LibriSpeech", "test-clean", "", "4.1"),
                row("wer", "WER", "LibriSpeech", "test-other", "", "9.7"),
                row("wer", "WER", "CommonVoice", "test", "", "12.5")));

        assertThat(model(card).bars()).extracting(Bar::context).containsExactly(
                "LibriSpeech · test-clean", "LibriSpeech · test-other", "CommonVoice · test");
    }

    @Test
    void fallsBackToTheDatasetTypeThenTheTableRowToTellRowsApart() {
        var card = new SimpleObjectProperty<>(card(
                row("acc", "", "", "test", "", "0.5").withDatasetType("org/a"),
                row("acc", "", "", "test", "", "0.6").withDatasetType("org/b"),
                row("acc", "", "", "test", "x", "0.7"),
                row("acc", "", "", "test", "x", "0.8")));

        assertThat(model(card).bars()).extracting(Bar::label).containsExactly(
                "overall · org/a", "overall · org/b", "x · row 3", "x · row 4");
    }

    @Test
    void readsConfidenceBoundsThatAreNumbersAndLeavesOthersOut() {
        var card = new SimpleObjectProperty<>(card(
                accuracy("a", "0.9").withCiLow("0.88").withCiHigh(" 0.92 "),
                accuracy("b", "1,200").withCiLow("1_150").withCiHigh("1.25e3"),
                accuracy("c", "0.7").withCiLow("n/a").withCiHigh("0.75"),
                accuracy("d", "0.6")));

        List<Bar> bars = model(card).bars();

        assertThat(bars.get(0).ciLow()).isEqualTo(OptionalDouble.of(0.88));
        assertThat(bars.get(0).ciHigh()).isEqualTo(OptionalDouble.of(0.92));
        assertThat(bars.get(0).hasInterval()).isTrue();
        assertThat(bars.get(1).value()).isEqualTo(1200.0);
        assertThat(bars.get(1).ciLow()).isEqualTo(OptionalDouble.of(1150));
        assertThat(bars.get(1).ciHigh()).isEqualTo(OptionalDouble.of(1250));
        assertThat(bars.get(2).ciLow()).isEmpty();
        assertThat(bars.get(2).ciHigh()).isEqualTo(OptionalDouble.of(0.75));
        assertThat(bars.get(2).hasInterval()).isFalse();
        assertThat(bars.get(3).ciLow()).isEmpty();
        assertThat(bars.get(3).ciHigh()).isEmpty();
    }

    @Test
    void skipsAndCountsRowsOfTheMetricWithoutANumericValue() {
        var card = new SimpleObjectProperty<>(card(
                accuracy("", "0.9"),
                accuracy("a", "about 0.8"),
                accuracy("b", ""),
                accuracy("c", "1e999"),
                row("f1", "Macro F1", "reviews", "test", "", "n/a")));

        ResultsChartViewModel model = model(card);

        assertThat(model.bars()).extracting(Bar::row).containsExactly(0);
        assertThat(model.skippedProperty().get()).isEqualTo(3);
        assertThat(model.skippedText()).isEqualTo("3 rows without a numeric value not shown");
        model.selectedMetricProperty().set(MACRO_F1);
        assertThat(model.bars()).isEmpty();
        assertThat(model.skippedText()).isEqualTo("1 row without a numeric value not shown");
    }

    @Test
    void ignoresBlankRowsButChartsAValueWithoutAMetric() {
        var card = new SimpleObjectProperty<>(card(EvalResult.EMPTY));
        ResultsChartViewModel model = model(card);
        assertThat(model.metrics()).isEmpty();
        assertThat(model.selectedMetricProperty().get()).isNull();
        assertThat(model.bars()).isEmpty();
        assertThat(model.skippedText()).isEmpty();

        card.set(card(EvalResult.EMPTY.withValue("0.5")));

        assertThat(model.metrics()).extracting(Metric::label).containsExactly("Unnamed metric");
        assertThat(model.bars()).extracting(Bar::value).containsExactly(0.5);
    }

    @Test
    void followsEditsToTheCard() {
        var card = new SimpleObjectProperty<>(card(accuracy("", "0.9"), accuracy("a", "0.8")));
        ResultsChartViewModel model = model(card);
        List<List<Bar>> seen = new ArrayList<>();
        model.bars().addListener((javafx.collections.ListChangeListener<Bar>) c -> seen.add(List.copyOf(model.bars())));

        card.set(card(accuracy("", "0.95"), accuracy("a", "0.8"), accuracy("b", "0.7")));

        assertThat(model.bars()).extracting(Bar::label, Bar::value)
                .containsExactly(tuple("overall", 0.95), tuple("a", 0.8), tuple("b", 0.7));
        assertThat(seen).hasSize(1);

        card.set(card(accuracy("", "0.95"), accuracy("a", "?"), accuracy("b", "0.7")));

        assertThat(model.bars()).extracting(Bar::row).containsExactly(0, 2);
        assertThat(model.skippedProperty().get()).isEqualTo(1);
    }

    @Test
    void anUnrelatedEditLeavesTheBarsAlone() {
        ModelCard before = card(accuracy("", "0.9"), accuracy("a", "0.8"));
        var card = new SimpleObjectProperty<>(before);
        ResultsChartViewModel model = model(card);
        List<Object> changes = new ArrayList<>();
        model.bars().addListener((javafx.collections.ListChangeListener<Bar>) changes::add);
        model.metrics().addListener((javafx.collections.ListChangeListener<Metric>) changes::add);

        card.set(before.withDetails(before.details().withName("renamed")));

        assertThat(changes).isEmpty();
    }

    @Test
    void keepsTheChosenMetricWhileTheTableHasIt() {
        var card = new SimpleObjectProperty<>(card(
                accuracy("", "0.9"), accuracy("a", "0.8"), row("f1", "Macro F1", "reviews", "test", "", "0.7")));
        ResultsChartViewModel model = model(card);
        model.selectedMetricProperty().set(MACRO_F1);

        card.set(card(accuracy("", "0.9"), accuracy("a", "0.8"),
                row("f1", "Macro F1", "reviews", "test", "", "0.75")));

        assertThat(model.selectedMetricProperty().get()).isEqualTo(MACRO_F1);
        assertThat(model.bars()).extracting(Bar::value).containsExactly(0.75);
    }

    @Test
    void returnsToTheDefaultWhenTheChosenMetricIsRenamedAway() {
        var card = new SimpleObjectProperty<>(card(
                accuracy("", "0.9"), accuracy("a", "0.8"), row("f1", "Macro F1", "reviews", "test", "", "0.7")));
        ResultsChartViewModel model = model(card);
        model.selectedMetricProperty().set(MACRO_F1);

        card.set(card(accuracy("", "0.9"), accuracy("a", "0.8"),
                row("f1", "Macro-F1", "reviews", "test", "", "0.7")));

        assertThat(model.metrics()).containsExactly(ACCURACY, new Metric("f1", "Macro-F1"));
        assertThat(model.selectedMetricProperty().get()).isEqualTo(ACCURACY);
        assertThat(model.bars()).hasSize(2);
    }

    @Test
    void anAxisForScoresRunsFromZeroToOne() {
        Axis axis = ResultsChartViewModel.axisFor(List.of(bar(0.912, 0.905, 0.919), bar(0.41, 0.342, 0.478)));

        assertThat(axis).isEqualTo(new Axis(0, 1, 0.2));
        assertThat(axis.ticks()).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8, 1.0);
    }

    @Test
    void anAxisForLargerValuesLeavesATenthAboveTheHighestBound() {
        Axis axis = ResultsChartViewModel.axisFor(List.of(bar(91.2, 90.5, 93.0), bar(45, 40, 50)));

        // 1.1 × 93.0 = 102.3, widened to the next tick of a 20 step
        assertThat(axis.min()).isZero();
        assertThat(axis.max()).isEqualTo(120.0);
        assertThat(axis.max()).isGreaterThanOrEqualTo(93.0 * 1.1);
        assertThat(axis.ticks()).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0, 100.0, 120.0);
    }

    @Test
    void anAxisReachesBelowZeroForNegativeValues() {
        Axis axis = ResultsChartViewModel.axisFor(List.of(bar(-0.35, -0.5, -0.2), bar(0.12, 0.02, 0.3)));

        assertThat(axis.min()).isLessThanOrEqualTo(-0.55);
        assertThat(axis.max()).isGreaterThanOrEqualTo(0.33);
        assertThat(axis.ticks()).contains(0.0);
    }

    @Test
    void anAxisWithNoBarsIsTheUnitRange() {
        assertThat(ResultsChartViewModel.axisFor(List.of())).isEqualTo(new Axis(0, 1, 0.2));
    }

    private static Bar bar(double value, double low, double high) {
        return new Bar("s", "", "", value, OptionalDouble.of(low), OptionalDouble.of(high), 0);
    }

    @Test
    void barsOfOneBenchmarkAreLabelledByTheModelThatTellsThemApartNotByTheirRow() {
        SimpleObjectProperty<ModelCard> card = new SimpleObjectProperty<>(card(
                accuracy("", "66.7").withDatasetName("MMLU").withModel("Llama 3.1 8B"),
                accuracy("", "79.3").withDatasetName("MMLU").withModel("Llama 3.1 70B")));
        ResultsChartViewModel model = model(card);
        assertThat(model.bars()).extracting(ResultsChartViewModel.Bar::label)
                .containsExactly("overall · Llama 3.1 8B", "overall · Llama 3.1 70B");
    }
}
