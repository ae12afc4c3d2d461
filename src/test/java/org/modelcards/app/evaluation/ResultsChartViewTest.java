package org.modelcards.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modelcards.app.ExampleCards;
import org.modelcards.app.document.CardDocument;
import org.modelcards.app.evaluation.ResultsChartViewModel.Metric;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.model.EvalResult;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The chart on the bundled example card (headless through Monocle in `mvn verify`). */
@ExtendWith(ApplicationExtension.class)
class ResultsChartViewTest {
    private static final CardField RESULTS = FieldCatalog.standard().require(ResultsChartView.FIELD_ID);
    private CardDocument document;
    private ResultsChartView view;

    @Start
    void start(Stage stage) {
        document = new CardDocument(ExampleCards.load(ExampleCards.DEFAULT), null);
        view = new ResultsChartView(document);
        stage.setScene(new Scene(new StackPane(view.node()), 900, 700));
        stage.show();
    }

    private List<EvalResult> rows() {
        return document.card().evaluation().results();
    }

    private static boolean isAccuracy(EvalResult row) {
        return row.metricType().equals("accuracy") && row.metricName().equals("Accuracy");
    }

    private Set<Node> drawn(FxRobot robot, String styleClass) {
        return robot.lookup("#results-chart ." + styleClass).queryAll();
    }

    @Test
    void drawsABarForEachRowOfTheDefaultMetricWithWhiskersWhereThereAreIntervals(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<Metric> metric = robot.lookup("#results-metric").queryAs(ComboBox.class);
        assertThat(metric.getValue()).isEqualTo(new Metric("accuracy", "Accuracy"));

        long accuracyRows = rows().stream().filter(ResultsChartViewTest::isAccuracy).count();
        long withIntervals = rows().stream().filter(ResultsChartViewTest::isAccuracy)
                .filter(r -> !r.ciLow().isBlank() && !r.ciHigh().isBlank()).count();
        assertThat(accuracyRows).isGreaterThan(1);
        assertThat(drawn(robot, "ci-bar")).hasSize((int) accuracyRows);
        assertThat(drawn(robot, "ci-whisker")).hasSize((int) withIntervals);
        assertThat(drawn(robot, "ci-cap")).hasSize(2 * (int) withIntervals);
        assertThat(drawn(robot, "ci-value")).extracting(n -> ((Label) n).getText()).contains("0.912", "0.41");
        assertThat(robot.lookup("#results-skipped").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void barsAreLongerForLargerValuesAndWhiskersSpanTheInterval(FxRobot robot) {
        assertThat(view.model().bars().get(0).row()).isZero();
        Rectangle first = bar(robot, 0);
        Rectangle sarcasm = bar(robot, view.model().bars().size() - 1);
        // 0.912 against 0.41 on the same axis
        assertThat(first.getWidth() / sarcasm.getWidth()).isCloseTo(0.912 / 0.41, offset(0.05));
        Line whisker = (Line) rowNode(0).lookup(".ci-whisker");
        double perUnit = first.getWidth() / 0.912;
        assertThat(whisker.getEndX() - whisker.getStartX()).isCloseTo((0.919 - 0.905) * perUnit,
                offset(1.5));
    }

    @Test
    void editingAValueInTheDocumentRedrawsTheChart(FxRobot robot) {
        assertThat(bar(robot, 0).getWidth()).isGreaterThan(bar(robot, 1).getWidth() * 0.9);
        List<EvalResult> next = new ArrayList<>(rows());
        next.set(0, next.get(0).withValue("0.456"));
        robot.interact(() -> document.edit(RESULTS, next));
        WaitForAsyncUtils.waitForFxEvents();

        Label firstValue = (Label) rowNode(0).lookup(".ci-value");
        assertThat(firstValue.getText()).isEqualTo("0.456");
        assertThat(bar(robot, 0).getWidth()).isLessThan(bar(robot, 1).getWidth() * 0.6);

        long accuracyRows = rows().stream().filter(ResultsChartViewTest::isAccuracy).count();
        List<EvalResult> broken = new ArrayList<>(rows());
        broken.set(0, broken.get(0).withValue("about half"));
        robot.interact(() -> document.edit(RESULTS, broken));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(drawn(robot, "ci-bar")).hasSize((int) accuracyRows - 1);
        Label skipped = robot.lookup("#results-skipped").queryAs(Label.class);
        assertThat(skipped.isVisible()).isTrue();
        assertThat(skipped.getText()).isEqualTo("1 row without a numeric value not shown");
    }

    @Test
    void choosingAnotherMetricChartsItsRows(FxRobot robot) {
        Metric macroF1 = new Metric("f1", "Macro F1");
        long f1Rows = rows().stream()
                .filter(r -> r.metricType().equals("f1") && r.metricName().equals("Macro F1")).count();
        @SuppressWarnings("unchecked")
        ComboBox<Metric> metric = robot.lookup("#results-metric").queryAs(ComboBox.class);
        robot.interact(() -> metric.setValue(macroF1));

        assertThat(view.model().selectedMetricProperty().get()).isEqualTo(macroF1);
        assertThat(drawn(robot, "ci-bar")).hasSize((int) f1Rows);
    }

    @Test
    void theKeyboardMovesBetweenBarsAndEnterReportsTheTableRow(FxRobot robot) {
        AtomicInteger activated = new AtomicInteger(-1);
        view.setOnRowActivated(activated::set);
        CiBarChart chart = robot.lookup("#results-chart").queryAs(CiBarChart.class);
        assertThat(chart.isFocusTraversable()).isTrue();
        robot.interact(chart::requestFocus);
        assertThat(chart.currentProperty().get()).isZero();

        robot.push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        int expectedRow = view.model().bars().get(2).row();
        assertThat(chart.currentProperty().get()).isEqualTo(2);
        assertThat(activated.get()).isEqualTo(expectedRow);
        assertThat(chart.rowNodes().get(2).getAccessibleText()).startsWith(view.model().bars().get(2).label() + ": ");
        robot.push(KeyCode.END);
        assertThat(chart.currentProperty().get()).isEqualTo(view.model().bars().size() - 1);
    }

    private Node rowNode(int index) {
        return robot().lookup("#results-chart").queryAs(CiBarChart.class).rowNodes().get(index);
    }

    private Rectangle bar(FxRobot robot, int index) {
        return (Rectangle) rowNode(index).lookup(".ci-bar");
    }

    private static FxRobot robot() {
        return new FxRobot();
    }
}
