package org.modelcards.app.evaluation;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.modelcards.app.document.CardDocument;
import org.modelcards.app.evaluation.ResultsChartViewModel.Metric;

/**
 * The evaluation-results chart: a metric chooser and a bar chart of that metric by slice with
 * confidence-interval whiskers, redrawn as the results table changes.
 *
 * <p>Node ids: {@code results-chart-view} (the whole), {@code results-metric} (the chooser),
 * {@code results-chart} (the {@link CiBarChart}), {@code results-skipped} and {@code results-empty}
 * (notes).
 */
public final class ResultsChartView {
    /** The table this view charts; place the view after that field's row. */
    public static final String FIELD_ID = "evaluation.results";

    private final ResultsChartViewModel model;
    private final VBox root = new VBox(6);
    private final ComboBox<Metric> metric = new ComboBox<>();
    private final CiBarChart chart;
    private IntConsumer onRowActivated = row -> { };

    /** A view of {@code document}'s results, kept current as the document is edited. */
    public ResultsChartView(CardDocument document) {
        this(new ResultsChartViewModel(document.cardProperty()));
    }

    public ResultsChartView(ResultsChartViewModel model) {
        this.model = model;
        root.setId("results-chart-view");
        root.getStyleClass().add("results-chart-view");
        root.getStylesheets().add(ResultsChartView.class.getResource("chart.css").toExternalForm());

        Label title = new Label("Results by slice");
        title.getStyleClass().addAll("field-label", "results-chart-title");

        Label metricLabel = new Label("_Metric:");
        metricLabel.setMnemonicParsing(true);
        metricLabel.setLabelFor(metric);
        metric.setId("results-metric");
        metric.setAccessibleText("Metric shown in the results chart");
        metric.setItems(model.metrics());
        metric.setValue(model.selectedMetricProperty().get());
        metric.disableProperty().bind(Bindings.isEmpty(model.metrics()));
        metric.setVisibleRowCount(12);
        // one-way each way: the combo briefly clears its value when its items are replaced
        metric.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedMetricProperty().set(now);
            }
        });
        model.selectedMetricProperty().addListener((obs, old, now) -> metric.setValue(now));
        // replacing the items clears the combo's value while the chosen metric stays: show it again
        model.metrics().addListener((javafx.collections.ListChangeListener<Metric>) change ->
                metric.setValue(model.selectedMetricProperty().get()));

        Label skipped = new Label();
        skipped.setId("results-skipped");
        skipped.getStyleClass().add("results-note");
        skipped.textProperty().bind(Bindings.createStringBinding(model::skippedText, model.skippedProperty()));
        skipped.visibleProperty().bind(model.skippedProperty().greaterThan(0));
        skipped.managedProperty().bind(skipped.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox chooser = new HBox(8, metricLabel, metric, gap, skipped);
        chooser.setAlignment(Pos.CENTER_LEFT);

        Node legend = legend();

        chart = new CiBarChart(model.bars());
        chart.setId("results-chart");
        chart.axisProperty().bind(model.axisProperty());
        chart.axisTitleProperty().bind(Bindings.createStringBinding(
                () -> model.selectedMetricProperty().get() == null ? "" : model.selectedMetricProperty().get().label(),
                model.selectedMetricProperty()));
        chart.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> "Bar chart of " + chart.axisTitleProperty().get() + " by slice, " + model.bars().size()
                        + (model.bars().size() == 1 ? " bar" : " bars"),
                chart.axisTitleProperty(), model.bars()));
        chart.setOnActivate(bar -> onRowActivated.accept(bar.row()));
        chart.visibleProperty().bind(Bindings.isNotEmpty(model.bars()));
        chart.managedProperty().bind(chart.visibleProperty());
        legend.visibleProperty().bind(chart.visibleProperty());
        legend.managedProperty().bind(chart.visibleProperty());

        Label empty = new Label();
        empty.setId("results-empty");
        empty.getStyleClass().add("results-note");
        empty.setWrapText(true);
        empty.textProperty().bind(Bindings.createStringBinding(() -> model.metrics().isEmpty()
                        ? "Nothing to chart yet: add results with a metric and a numeric value to the table above."
                        : "No row of this metric has a numeric value yet.",
                model.metrics()));
        empty.visibleProperty().bind(Bindings.isEmpty(model.bars()));
        empty.managedProperty().bind(empty.visibleProperty());

        root.getChildren().addAll(title, chooser, legend, chart, empty);
    }

    /** Bar colours and the whisker, explained: "■ overall  ■ slice  ├┤ confidence interval  bars in table order". */
    private static Node legend() {
        Rectangle overall = swatch("ci-bar", "ci-bar-overall");
        Rectangle slice = swatch("ci-bar");
        Line whisker = new Line(1, 6, 21, 6);
        Line capLow = new Line(1, 2, 1, 10);
        Line capHigh = new Line(21, 2, 21, 10);
        for (Line line : List.of(whisker, capLow, capHigh)) {
            line.getStyleClass().add("results-legend-whisker");
        }
        FlowPane legend = new FlowPane(14, 2,
                item(overall, "overall"), item(slice, "slice"),
                item(new Group(whisker, capLow, capHigh), "confidence interval (CI low to CI high), where given"),
                note("bars in table order"));
        legend.getStyleClass().add("results-legend");
        return legend;
    }

    private static Rectangle swatch(String... styleClasses) {
        Rectangle swatch = new Rectangle(14, 10);
        swatch.getStyleClass().addAll(styleClasses);
        return swatch;
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("results-note");
        return label;
    }

    private static HBox item(Node symbol, String text) {
        HBox item = new HBox(5, symbol, note(text));
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    public Node node() {
        return root;
    }

    public ResultsChartViewModel model() {
        return model;
    }

    /**
     * Called with the index in {@code evaluation.results} of a bar the user clicks or presses Enter on,
     * e.g. to select that row in the table.
     */
    public void setOnRowActivated(IntConsumer onRowActivated) {
        this.onRowActivated = onRowActivated == null ? row -> { } : onRowActivated;
    }
}
