package org.modelcards.app.evaluation;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import org.modelcards.app.evaluation.ResultsChartViewModel.Axis;
import org.modelcards.app.evaluation.ResultsChartViewModel.Bar;

/**
 * A horizontal bar chart with confidence-interval whiskers: one row per bar, its label on the left,
 * the bar from zero to the value, a whisker with end caps from the lower to the upper bound, and the
 * value printed after both.
 *
 * <p>Horizontal, so that long slice names stay readable. One focus stop: Up/Down/Home/End move
 * between bars, Enter or a click reports the bar to {@link #setOnActivate}; screen readers see a list
 * whose items read "slice: value, interval".
 *
 * <p>Style classes: {@code ci-chart}, {@code ci-row} (pseudo-class {@code :current}), {@code ci-label},
 * {@code ci-context}, {@code ci-bar} (and {@code ci-bar-overall}), {@code ci-whisker}, {@code ci-halo}, {@code ci-cap},
 * {@code ci-value}, {@code ci-grid}, {@code ci-zero}, {@code ci-tick}, {@code ci-axis-title}.
 */
public final class CiBarChart extends Region {
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final double MIN_ROW = 26;
    private static final double ROW_GAP = 4;
    static final double MAX_BAR = 16;
    private static final double LABEL_GAP = 14;
    /** Room at a row's left for the keyboard marker before the label starts. */
    static final double ROW_PAD = 8;
    static final double VALUE_GAP = 6;
    static final double CAP = 5;
    private static final double AXIS_GAP = 4;
    private static final double MIN_PLOT = 120;

    private final ObservableList<Bar> bars;
    private final ObjectProperty<Axis> axis = new SimpleObjectProperty<>(this, "axis", new Axis(0, 1, 0.2));
    private final StringProperty axisTitle = new SimpleStringProperty(this, "axisTitle", "");
    private final IntegerProperty current = new SimpleIntegerProperty(this, "current", -1);
    private final List<CiBarRow> rows = new ArrayList<>();
    private final List<Line> gridLines = new ArrayList<>();
    private final List<Label> tickLabels = new ArrayList<>();
    private final Line baseLine = new Line();
    private final Line zeroLine = new Line();
    private final Label titleLabel = new Label();
    private Consumer<Bar> onActivate = bar -> { };

    public CiBarChart(ObservableList<Bar> bars) {
        this.bars = bars;
        getStyleClass().add("ci-chart");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        setPadding(new Insets(8, 12, 8, 4));
        baseLine.getStyleClass().add("ci-axis-line");
        zeroLine.getStyleClass().add("ci-zero");
        titleLabel.getStyleClass().add("ci-axis-title");
        titleLabel.textProperty().bind(axisTitle);
        titleLabel.setManaged(false);
        bars.addListener((ListChangeListener<Bar>) change -> rebuildRows());
        axis.addListener((obs, old, now) -> rebuildTicks());
        current.addListener((obs, old, now) -> {
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).pseudoClassStateChanged(CURRENT, i == now.intValue() && isFocused());
            }
            notifyAccessibleAttributeChanged(AccessibleAttribute.FOCUS_ITEM);
        });
        focusedProperty().addListener((obs, was, is) -> {
            if (is && current.get() < 0 && !rows.isEmpty()) {
                current.set(0);
            }
            int index = current.get();
            if (index >= 0 && index < rows.size()) {
                rows.get(index).pseudoClassStateChanged(CURRENT, is);
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        rebuildTicks();
        rebuildRows();
    }

    /** The value axis (range and tick step). */
    public ObjectProperty<Axis> axisProperty() {
        return axis;
    }

    /** The caption under the value axis, e.g. the metric's name. */
    public StringProperty axisTitleProperty() {
        return axisTitle;
    }

    /** The index of the bar the keyboard is on, or -1. */
    public IntegerProperty currentProperty() {
        return current;
    }

    /** Called with a bar when it is clicked or Enter/Space is pressed on it. */
    public void setOnActivate(Consumer<Bar> onActivate) {
        this.onActivate = onActivate == null ? bar -> { } : onActivate;
    }

    /** The drawn rows, in bar order (for tests and accessibility). */
    List<Region> rowNodes() {
        return List.<Region>copyOf(rows);
    }

    private void onKey(KeyEvent event) {
        if (rows.isEmpty()) {
            return;
        }
        int index = current.get();
        switch (event.getCode()) {
            case UP, LEFT -> current.set(Math.max(0, index - 1));
            case DOWN, RIGHT -> current.set(Math.min(rows.size() - 1, index + 1));
            case HOME -> current.set(0);
            case END -> current.set(rows.size() - 1);
            case ENTER, SPACE -> {
                if (index >= 0) {
                    onActivate.accept(bars.get(index));
                }
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void rebuildRows() {
        getChildren().removeAll(rows);
        rows.clear();
        for (int i = 0; i < bars.size(); i++) {
            rows.add(new CiBarRow(bars.get(i), i, current, bar -> onActivate.accept(bar), this::requestFocus));
        }
        getChildren().addAll(rows);
        if (current.get() >= rows.size()) {
            current.set(rows.size() - 1);
        } else if (current.get() >= 0) {
            rows.get(current.get()).pseudoClassStateChanged(CURRENT, isFocused());
        }
        requestLayout();
    }

    private void rebuildTicks() {
        getChildren().removeAll(gridLines);
        getChildren().removeAll(tickLabels);
        getChildren().removeAll(baseLine, zeroLine, titleLabel);
        gridLines.clear();
        tickLabels.clear();
        for (double tick : axis.get().ticks()) {
            Line line = new Line();
            line.getStyleClass().add("ci-grid");
            line.setManaged(false);
            line.setUserData(tick);
            gridLines.add(line);
            Label label = new Label(format(tick));
            label.getStyleClass().add("ci-tick");
            label.setManaged(false);
            label.setUserData(tick);
            tickLabels.add(label);
        }
        // behind the bars
        getChildren().addAll(0, gridLines);
        getChildren().add(0, zeroLine);
        getChildren().addAll(baseLine, titleLabel);
        getChildren().addAll(tickLabels);
        zeroLine.setManaged(false);
        baseLine.setManaged(false);
        requestLayout();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 320;
    }

    @Override
    protected double computePrefHeight(double width) {
        Geometry g = measure(width < 0 ? computePrefWidth(-1) : width);
        return g.rowsBottom + g.axisHeight + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    /** Column widths and row heights for a given width. */
    private record Geometry(double labelWidth, double plotLeft, double plotRight, double[] rowHeights,
                            double rowsTop, double rowsBottom, double axisHeight) {
    }

    private Geometry measure(double width) {
        double left = snappedLeftInset();
        double right = width - snappedRightInset();
        double labelWidth = 0;
        double valueWidth = 0;
        for (CiBarRow row : rows) {
            labelWidth = Math.max(labelWidth, row.category.prefWidth(-1));
            valueWidth = Math.max(valueWidth, row.value.prefWidth(-1));
        }
        double available = right - left - ROW_PAD;
        labelWidth = Math.min(Math.ceil(labelWidth), Math.max(90, available * 0.4));
        labelWidth = Math.max(0, Math.min(labelWidth, available - MIN_PLOT - 2 * valueWidth - LABEL_GAP));
        double plotLeft = left + ROW_PAD + labelWidth + LABEL_GAP;
        if (axis.get().min() < 0) {
            plotLeft += valueWidth + VALUE_GAP;
        }
        // room after the axis end for the value printed past a bar or whisker that reaches it
        double plotRight = Math.max(plotLeft + 1, right - valueWidth - VALUE_GAP);
        double[] heights = new double[rows.size()];
        double y = snappedTopInset();
        double top = y;
        for (int i = 0; i < rows.size(); i++) {
            heights[i] = Math.ceil(Math.max(MIN_ROW, rows.get(i).category.prefHeight(labelWidth) + 6));
            y += heights[i] + (i + 1 < rows.size() ? ROW_GAP : 0);
        }
        double tickHeight = tickLabels.isEmpty() ? 0 : tickLabels.get(0).prefHeight(-1);
        double titleHeight = axisTitle.get().isEmpty() ? 0 : titleLabel.prefHeight(-1) + 2;
        return new Geometry(labelWidth, plotLeft, plotRight, heights, top, y, AXIS_GAP + tickHeight + titleHeight + 2);
    }

    @Override
    protected void layoutChildren() {
        Geometry g = measure(getWidth());
        Axis a = axis.get();
        double span = a.max() - a.min();
        java.util.function.DoubleUnaryOperator x = v -> snap(g.plotLeft + (Math.max(a.min(), Math.min(a.max(), v)) - a.min())
                / span * (g.plotRight - g.plotLeft));
        for (Line line : gridLines) {
            double px = x.applyAsDouble((Double) line.getUserData());
            line.setStartX(px);
            line.setEndX(px);
            line.setStartY(g.rowsTop);
            line.setEndY(g.rowsBottom);
        }
        for (Label label : tickLabels) {
            double px = x.applyAsDouble((Double) label.getUserData());
            double w = label.prefWidth(-1);
            label.resizeRelocate(Math.round(px - w / 2), g.rowsBottom + AXIS_GAP, w, label.prefHeight(w));
        }
        double zero = x.applyAsDouble(0);
        zeroLine.setStartX(zero);
        zeroLine.setEndX(zero);
        zeroLine.setStartY(g.rowsTop);
        zeroLine.setEndY(g.rowsBottom);
        baseLine.setStartX(snap(g.plotLeft));
        baseLine.setEndX(snap(g.plotRight));
        baseLine.setStartY(snap(g.rowsBottom));
        baseLine.setEndY(snap(g.rowsBottom));
        double titleWidth = titleLabel.prefWidth(-1);
        double tickHeight = tickLabels.isEmpty() ? 0 : tickLabels.get(0).prefHeight(-1);
        titleLabel.resizeRelocate(Math.round((g.plotLeft + g.plotRight - titleWidth) / 2),
                g.rowsBottom + AXIS_GAP + tickHeight + 2, titleWidth, titleLabel.prefHeight(-1));
        double y = g.rowsTop;
        double left = snappedLeftInset();
        double width = getWidth() - left - snappedRightInset();
        for (int i = 0; i < rows.size(); i++) {
            CiBarRow row = rows.get(i);
            row.resizeRelocate(left, y, width, g.rowHeights[i]);
            row.place(g.labelWidth, g.rowHeights[i], v -> x.applyAsDouble(v) - left);
            y += g.rowHeights[i] + ROW_GAP;
        }
    }

    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        switch (attribute) {
            case ITEM_COUNT:
                return rows.size();
            case ITEM_AT_INDEX: {
                int index = (Integer) parameters[0];
                return index >= 0 && index < rows.size() ? rows.get(index) : null;
            }
            case FOCUS_ITEM:
            case SELECTED_ITEMS: {
                int index = current.get();
                CiBarRow row = index >= 0 && index < rows.size() ? rows.get(index) : null;
                if (attribute == AccessibleAttribute.FOCUS_ITEM) {
                    return row;
                }
                return row == null ? FXCollections.observableArrayList() : FXCollections.observableArrayList(row);
            }
            default:
                return super.queryAccessibleAttribute(attribute, parameters);
        }
    }

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    /** A value as a person would write it: {@code 0.912}, {@code 1,200}, {@code 0.5}. */
    static String format(double value) {
        return new DecimalFormat("#,##0.####", SYMBOLS).format(value + 0.0);
    }

    /** How a bar reads aloud and in its tooltip: "length > 100 tokens: 0.823, confidence interval 0.786 to 0.86 (Shop Reviews 3k · test; table row 9)". */
    static String describe(Bar bar) {
        StringBuilder text = new StringBuilder(bar.label()).append(": ").append(format(bar.value()));
        if (bar.hasInterval()) {
            text.append(", confidence interval ").append(format(bar.ciLow().getAsDouble()))
                    .append(" to ").append(format(bar.ciHigh().getAsDouble()));
        } else if (bar.ciLow().isPresent()) {
            text.append(", lower bound ").append(format(bar.ciLow().getAsDouble()));
        } else if (bar.ciHigh().isPresent()) {
            text.append(", upper bound ").append(format(bar.ciHigh().getAsDouble()));
        }
        text.append(" (");
        if (!bar.dataset().isEmpty() && !bar.context().contains(bar.dataset())) {
            text.append(bar.dataset()).append("; ");
        }
        return text.append("table row ").append(bar.row() + 1).append(')').toString();
    }
}
