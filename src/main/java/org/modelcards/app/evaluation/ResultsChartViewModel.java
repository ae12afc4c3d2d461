package org.modelcards.app.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.model.Numbers;

/**
 * What the evaluation-results chart shows: one metric's values by slice, read from the card's
 * {@code evaluation.results} table and kept current as the card changes.
 *
 * <p>A metric is a distinct (metric type, metric name) pair, listed in the order the table first
 * mentions it. Each row of the selected metric whose value is a number becomes a {@link Bar};
 * the others are counted in {@link #skippedProperty()}.
 */
public final class ResultsChartViewModel {
    /** The label of a bar for a row without a slice. */
    public static final String OVERALL = "overall";

    /** A metric as the table names it: its type (e.g. {@code f1}) and its display name (e.g. {@code Macro F1}). */
    public record Metric(String type, String name) {
        public Metric {
            type = type == null ? "" : type.strip();
            name = name == null ? "" : name.strip();
        }

        static Metric of(EvalResult row) {
            return new Metric(row.metricType(), row.metricName());
        }

        /** {@code Macro F1 (f1)}; just the name when the type says the same, or whichever of the two is given. */
        public String label() {
            if (name.isEmpty() && type.isEmpty()) {
                return "Unnamed metric";
            }
            if (name.isEmpty()) {
                return type;
            }
            if (type.isEmpty() || type.equalsIgnoreCase(name)) {
                return name;
            }
            return name + " (" + type + ")";
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /**
     * One bar: a row's numeric value for its slice.
     *
     * @param slice   the row's slice, or {@value #OVERALL} when it has none
     * @param context dataset, config, split (or task, or row) told apart when the same slice appears more
     *                than once for the metric; empty otherwise
     * @param dataset the row's dataset, config and split, e.g. {@code Shop Reviews 3k · test} (for tooltips)
     * @param value   the value
     * @param ciLow   the lower confidence bound, when it is a number
     * @param ciHigh  the upper confidence bound, when it is a number
     * @param row     the row's index in {@code evaluation.results}
     */
    public record Bar(String slice, String context, String dataset, double value, OptionalDouble ciLow,
                      OptionalDouble ciHigh, int row) {
        public Bar {
            Objects.requireNonNull(slice);
            Objects.requireNonNull(context);
            Objects.requireNonNull(dataset);
            Objects.requireNonNull(ciLow);
            Objects.requireNonNull(ciHigh);
        }

        /** The slice, followed by the context when there is one: {@code overall · Shop Reviews 3k}. */
        public String label() {
            return context.isEmpty() ? slice : slice + " · " + context;
        }

        /** Whether both bounds are numbers, so a whole interval can be drawn. */
        public boolean hasInterval() {
            return ciLow.isPresent() && ciHigh.isPresent();
        }
    }

    /** The value axis: from {@code min} to {@code max}, with a tick every {@code step}. */
    public record Axis(double min, double max, double step) {
        /** The tick values from {@code min} to {@code max}, both included. */
        public List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            long first = Math.round(Math.ceil(min / step - 1e-9));
            long last = Math.round(Math.floor(max / step + 1e-9));
            for (long i = first; i <= last; i++) {
                // BigDecimal keeps 0.6 from printing as 0.6000000000000001
                ticks.add(times(step, i));
            }
            return ticks;
        }
    }

    private final ReadOnlyObjectProperty<ModelCard> card;
    private final ObservableList<Metric> metrics = FXCollections.observableArrayList();
    private final ObjectProperty<Metric> selectedMetric = new SimpleObjectProperty<>(this, "selectedMetric");
    private final ObservableList<Bar> bars = FXCollections.observableArrayList();
    /*
     * One read-only view each, kept here: a view made per call listens to its list weakly, so a
     * listener added to a view nobody holds disappears at the next garbage collection.
     */
    private final ObservableList<Bar> barsView = FXCollections.unmodifiableObservableList(bars);
    private final ObservableList<Metric> metricsView = FXCollections.unmodifiableObservableList(metrics);
    private final ReadOnlyIntegerWrapper skipped = new ReadOnlyIntegerWrapper(this, "skipped");
    private final ReadOnlyObjectWrapper<Axis> axis = new ReadOnlyObjectWrapper<>(this, "axis", axisFor(List.of()));

    public ResultsChartViewModel(ReadOnlyObjectProperty<ModelCard> card) {
        this.card = card;
        refreshMetrics();
        refreshBars();
        card.addListener((obs, old, now) -> {
            refreshMetrics();
            refreshBars();
        });
        selectedMetric.addListener((obs, old, now) -> refreshBars());
    }

    /** The metrics in the table, in first-seen order. */
    public ObservableList<Metric> metrics() {
        return metricsView;
    }

    /** The metric charted; kept across edits while the table still has it, else back to the default. */
    public ObjectProperty<Metric> selectedMetricProperty() {
        return selectedMetric;
    }

    /** The bars of the selected metric, in table order. */
    public ObservableList<Bar> bars() {
        return barsView;
    }

    /** How many rows of the selected metric are not charted because their value is not a number. */
    public ReadOnlyIntegerProperty skippedProperty() {
        return skipped.getReadOnlyProperty();
    }

    /** The value axis for the current bars. */
    public ReadOnlyObjectProperty<Axis> axisProperty() {
        return axis.getReadOnlyProperty();
    }

    /** {@code "2 rows without a numeric value not shown"}, or empty when every row is charted. */
    public String skippedText() {
        int n = skipped.get();
        return n == 0 ? "" : n + (n == 1 ? " row" : " rows") + " without a numeric value not shown";
    }

    private List<EvalResult> rows() {
        ModelCard current = card.get();
        return current == null ? List.of() : current.evaluation().results();
    }

    private void refreshMetrics() {
        List<Metric> next = metricsOf(rows());
        if (!next.equals(metrics)) {
            metrics.setAll(next);
        }
        if (selectedMetric.get() == null || !metrics.contains(selectedMetric.get())) {
            selectedMetric.set(defaultMetric(rows()));
        }
    }

    private void refreshBars() {
        Metric metric = selectedMetric.get();
        List<Bar> next = metric == null ? List.of() : barsOf(rows(), metric);
        if (!next.equals(bars)) {
            bars.setAll(next);
        }
        axis.set(axisFor(next));
        skipped.set(metric == null ? 0 : skippedOf(rows(), metric));
    }

    /** The distinct metrics of {@code rows} in first-seen order; rows with neither a metric nor a value are ignored. */
    static List<Metric> metricsOf(List<EvalResult> rows) {
        Set<Metric> seen = new LinkedHashSet<>();
        for (EvalResult row : rows) {
            if (!row.metricType().isBlank() || !row.metricName().isBlank() || !row.value().isBlank()) {
                seen.add(Metric.of(row));
            }
        }
        return List.copyOf(seen);
    }

    /** The first metric reported for more than one slice (the overall figure counts as one), else the first metric. */
    static Metric defaultMetric(List<EvalResult> rows) {
        List<Metric> all = metricsOf(rows);
        for (Metric metric : all) {
            long slices = rows.stream().filter(r -> Metric.of(r).equals(metric)).map(r -> sliceOf(r)).distinct().count();
            if (slices > 1) {
                return metric;
            }
        }
        return all.isEmpty() ? null : all.get(0);
    }

    /** The bars of {@code metric}: its rows with a numeric value, labelled so that no two read the same. */
    static List<Bar> barsOf(List<EvalResult> rows, Metric metric) {
        List<Integer> charted = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (Metric.of(rows.get(i)).equals(metric) && number(rows.get(i).value()).isPresent()) {
                charted.add(i);
            }
        }
        Map<Integer, String> contexts = contexts(rows, charted);
        List<Bar> bars = new ArrayList<>();
        for (int i : charted) {
            EvalResult row = rows.get(i);
            bars.add(new Bar(sliceOf(row), contexts.get(i), whereOf(row), number(row.value()).getAsDouble(),
                    number(row.ciLow()), number(row.ciHigh()), i));
        }
        return List.copyOf(bars);
    }

    static int skippedOf(List<EvalResult> rows, Metric metric) {
        return (int) rows.stream().filter(r -> Metric.of(r).equals(metric) && number(r.value()).isEmpty()).count();
    }

    /**
     * For rows sharing a slice, what tells them apart: the dataset, config, split, model, metric name
     * and arguments where those differ,
     * else the task, and the table row as a last resort. Rows with a slice of their own get no context.
     */
    private static Map<Integer, String> contexts(List<EvalResult> rows, List<Integer> charted) {
        Map<String, List<Integer>> bySlice = new LinkedHashMap<>();
        for (int i : charted) {
            bySlice.computeIfAbsent(sliceOf(rows.get(i)), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, String> contexts = new LinkedHashMap<>();
        for (List<Integer> group : bySlice.values()) {
            if (group.size() == 1) {
                contexts.put(group.get(0), "");
                continue;
            }
            List<Function<EvalResult, String>> parts = new ArrayList<>();
            for (Function<EvalResult, String> part : List.<Function<EvalResult, String>>of(
                    ResultsChartViewModel::datasetOf, EvalResult::datasetConfig, EvalResult::datasetSplit,
                    // a publisher's table compares models and settings (shots) on one benchmark
                    EvalResult::model, EvalResult::metricName, EvalResult::taskArgs, EvalResult::datasetArgs)) {
                if (differ(rows, group, part)) {
                    parts.add(part);
                }
            }
            if (parts.isEmpty() && differ(rows, group, ResultsChartViewModel::taskOf)) {
                parts.add(ResultsChartViewModel::taskOf);
            }
            Map<Integer, String> groupContexts = new LinkedHashMap<>();
            for (int i : group) {
                StringJoiner joiner = new StringJoiner(" · ");
                for (Function<EvalResult, String> part : parts) {
                    String text = part.apply(rows.get(i)).strip();
                    if (!text.isEmpty()) {
                        joiner.add(text);
                    }
                }
                groupContexts.put(i, joiner.toString());
            }
            // still alike (duplicate rows, or blanks): name the table row, which always tells them apart
            Map<String, Long> counts = new LinkedHashMap<>();
            groupContexts.values().forEach(c -> counts.merge(c, 1L, Long::sum));
            for (int i : group) {
                String context = groupContexts.get(i);
                if (counts.get(context) > 1) {
                    context = context.isEmpty() ? "row " + (i + 1) : context + " · row " + (i + 1);
                }
                contexts.put(i, context);
            }
        }
        return contexts;
    }

    private static boolean differ(List<EvalResult> rows, List<Integer> group, Function<EvalResult, String> part) {
        return group.stream().map(i -> part.apply(rows.get(i)).strip()).distinct().count() > 1;
    }

    private static String sliceOf(EvalResult row) {
        return row.slice().isBlank() ? OVERALL : row.slice().strip();
    }

    private static String datasetOf(EvalResult row) {
        return row.datasetName().isBlank() ? row.datasetType() : row.datasetName();
    }

    private static String whereOf(EvalResult row) {
        StringJoiner joiner = new StringJoiner(" · ");
        for (String part : List.of(datasetOf(row), row.datasetConfig(), row.datasetSplit())) {
            if (!part.isBlank()) {
                joiner.add(part.strip());
            }
        }
        return joiner.toString();
    }

    private static String taskOf(EvalResult row) {
        return row.taskName().isBlank() ? row.taskType() : row.taskName();
    }

    /** The finite number written in {@code text}, if any (see {@link Numbers#parse}). */
    static OptionalDouble number(String text) {
        return Numbers.parse(text).map(BigDecimal::doubleValue).filter(Double::isFinite)
                .map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    /**
     * The value axis for {@code bars}: 0 to 1 when every value and bound lies in [0, 1] (scores and
     * rates); otherwise from 0 (or below, for negative values) to 1.1 × the largest value or upper
     * bound, widened to the next round tick.
     */
    static Axis axisFor(List<Bar> bars) {
        double lo = 0;
        double hi = 0;
        for (Bar bar : bars) {
            lo = Math.min(lo, Math.min(bar.value(), bar.ciLow().orElse(bar.value())));
            lo = Math.min(lo, bar.ciHigh().orElse(bar.value()));
            hi = Math.max(hi, Math.max(bar.value(), bar.ciHigh().orElse(bar.value())));
            hi = Math.max(hi, bar.ciLow().orElse(bar.value()));
        }
        if (lo >= 0 && hi <= 1) {
            return new Axis(0, 1, 0.2);
        }
        double min = lo * 1.1;
        double max = hi * 1.1;
        double step = niceStep((max - min) / 8);
        return new Axis(times(step, Math.floor(min / step + 1e-9)), times(step, Math.ceil(max / step - 1e-9)), step);
    }

    private static double times(double step, double count) {
        return BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(count)).doubleValue() + 0.0;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    private static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return BigDecimal.valueOf(nice).multiply(BigDecimal.valueOf(magnitude)).doubleValue();
    }
}
