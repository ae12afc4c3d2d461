package org.modelcards.app.evaluation;

import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.modelcards.app.evaluation.ResultsChartViewModel.Bar;

/** One bar of a {@link CiBarChart}: its label, bar, whisker and value, placed by the chart. */
final class CiBarRow extends Region {
    private final Bar bar;
    private final int index;
    private final IntegerProperty current;
    private final Consumer<Bar> activate;
    private final Runnable focusChart;
    final VBox category;
    private final Rectangle rect = new Rectangle();
    private final Line halo;
    private final Line whisker;
    private final Line capLow;
    private final Line capHigh;
    final Label value;

    CiBarRow(Bar bar, int index, IntegerProperty current, Consumer<Bar> activate, Runnable focusChart) {
        this.bar = bar;
        this.index = index;
        this.current = current;
        this.activate = activate;
        this.focusChart = focusChart;
        getStyleClass().add("ci-row");
        setAccessibleRole(AccessibleRole.LIST_ITEM);
        setAccessibleText(CiBarChart.describe(bar));
        Label slice = new Label(bar.slice());
        slice.getStyleClass().add("ci-label");
        slice.setWrapText(true);
        category = new VBox(0, slice);
        category.setFillWidth(true);
        if (!bar.context().isEmpty()) {
            Label context = new Label(bar.context());
            context.getStyleClass().add("ci-context");
            context.setWrapText(true);
            category.getChildren().add(context);
        }
        rect.getStyleClass().add("ci-bar");
        if (ResultsChartViewModel.OVERALL.equals(bar.slice())) {
            rect.getStyleClass().add("ci-bar-overall");
        }
        value = new Label(CiBarChart.format(bar.value()));
        value.getStyleClass().add("ci-value");
        getChildren().addAll(category, rect);
        if (bar.ciLow().isPresent() || bar.ciHigh().isPresent()) {
            // a light outline under the whisker keeps it visible on a dark bar
            halo = new Line();
            halo.getStyleClass().add("ci-halo");
            whisker = new Line();
            whisker.getStyleClass().add("ci-whisker");
            getChildren().addAll(halo, whisker);
        } else {
            halo = null;
            whisker = null;
        }
        capLow = bar.ciLow().isPresent() ? cap() : null;
        capHigh = bar.ciHigh().isPresent() ? cap() : null;
        getChildren().add(value);
        Tooltip tip = new Tooltip(CiBarChart.describe(bar));
        tip.setShowDelay(Duration.millis(250));
        Tooltip.install(this, tip);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            focusChart.run();
            current.set(this.index);
            activate.accept(this.bar);
        });
    }

    private Line cap() {
        Line line = new Line();
        line.getStyleClass().add("ci-cap");
        getChildren().add(line);
        return line;
    }

    /** Positions the parts in this row's coordinates; {@code x} maps a value to a horizontal position. */
    void place(double labelWidth, double height, java.util.function.DoubleUnaryOperator x) {
        double labelHeight = category.prefHeight(labelWidth);
        category.resizeRelocate(CiBarChart.ROW_PAD, Math.round((height - labelHeight) / 2), labelWidth, labelHeight);
        double thickness = Math.min(CiBarChart.MAX_BAR, height - 8);
        double top = Math.round((height - thickness) / 2);
        double mid = top + thickness / 2;
        double zero = x.applyAsDouble(0);
        double end = x.applyAsDouble(bar.value());
        rect.setX(Math.min(zero, end) - 0.5);
        rect.setY(top);
        rect.setWidth(Math.max(1, Math.abs(end - zero)));
        rect.setHeight(thickness);
        double lo = bar.ciLow().isPresent() ? x.applyAsDouble(bar.ciLow().getAsDouble()) : end;
        double hi = bar.ciHigh().isPresent() ? x.applyAsDouble(bar.ciHigh().getAsDouble()) : end;
        double whiskerY = Math.floor(mid) + 0.5;
        if (whisker != null) {
            halo.setStartX(Math.min(lo, hi) - 1);
            halo.setEndX(Math.max(lo, hi) + 1);
            halo.setStartY(whiskerY);
            halo.setEndY(whiskerY);
            whisker.setStartX(lo);
            whisker.setEndX(hi);
            whisker.setStartY(whiskerY);
            whisker.setEndY(whiskerY);
        }
        if (capLow != null) {
            setCap(capLow, lo, whiskerY);
        }
        if (capHigh != null) {
            setCap(capHigh, hi, whiskerY);
        }
        double w = value.prefWidth(-1);
        double h = value.prefHeight(-1);
        double valueX = bar.value() >= 0
                ? Math.max(end, Math.max(lo, hi)) + CiBarChart.VALUE_GAP
                : Math.min(end, Math.min(lo, hi)) - CiBarChart.VALUE_GAP - w;
        value.resizeRelocate(Math.round(valueX), Math.round(mid - h / 2), w, h);
    }

    private void setCap(Line cap, double px, double y) {
        cap.setStartX(px);
        cap.setEndX(px);
        cap.setStartY(y - CiBarChart.CAP);
        cap.setEndY(y + CiBarChart.CAP);
    }

    @Override
    protected void layoutChildren() {
        // the chart places everything through place(); nothing to do on our own
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        switch (attribute) {
            case INDEX:
                return index;
            case SELECTED:
                return current.get() == index;
            default:
                return super.queryAccessibleAttribute(attribute, parameters);
        }
    }
}
