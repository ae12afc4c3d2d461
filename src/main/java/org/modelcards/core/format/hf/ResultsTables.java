package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.modelcards.core.model.EvalResult;

/**
 * Whether a body table reports evaluation results, and its results as rows: one row per numeric
 * cell, its dataset, metric, model, slice and shots taken from the columns the header names. Two
 * shapes are read: benchmarks down the side (a benchmark or dataset column, then one column per
 * model or metric) and models down the side (a model column, then one column per benchmark).
 * Training logs (epochs, steps, losses) and tables with few numbers are not results.
 *
 * <pre>{@code
 * | Benchmark | Metric | Ours |        ->  dataset MMLU, metric acc, model Ours, value 66.7
 * | MMLU      | acc    | 66.7 |
 * }</pre>
 */
final class ResultsTables {
    private static final Pattern NUMBER = Pattern.compile("^[-+\u2212]?(\\d[\\d,]*(\\.\\d+)?|\\.\\d+)\\s*(%|\\s*(\u00b1|\\+/-)\\s*\\d.*)?$");
    private static final Pattern MODEL_LIKE = Pattern.compile(
            "(?i)(\\b\\d+(\\.\\d+)?\\s*[bmk]\\b|\\bmodel\\b|\\bours\\b|\\binstruct\\b|\\bchat\\b|\\bbase\\b|\\blarge\\b|\\bsmall\\b"
                    + "|\\btiny\\b|\\bmedium\\b|\\bgpt|\\bllama|\\bmistral|\\bgemma|\\bqwen|\\bphi\\b|\\bclaude|\\bbert)");
    private static final List<String> LOG_WORDS = List.of("epoch", "step", "training loss", "validation loss",
            "learning rate", "train loss", "eval loss", "hyperparameter");

    private ResultsTables() {
    }

    /** What a column of a results table holds, from its header. */
    enum Role { CATEGORY, DATASET, TASK, METRIC, SHOTS, SLICE, CONFIG, SPLIT, MODEL, VALUE, NUMBERS }

    /** A result read from a table, with the cell its value came from. */
    record Found(EvalResult row, BodyTables.Cell value) {
    }

    /** The results {@code table} reports, or empty when it is not a results table. */
    static Optional<List<Found>> read(BodyTables.Table table, String cardName) {
        if (table.rows().size() < 2 || table.width() < 2) {
            return Optional.empty();
        }
        List<BodyTables.Cell> header = table.rows().get(0);
        List<Role> roles = new ArrayList<>();
        for (BodyTables.Cell cell : header) {
            String h = HeadingMap.normalize(cell.text());
            if (LOG_WORDS.stream().anyMatch(h::contains)) {
                return Optional.empty();
            }
            roles.add(role(h));
        }
        if (!roles.contains(Role.DATASET) && roles.contains(Role.TASK)) {
            roles.set(roles.indexOf(Role.TASK), Role.DATASET);
        }
        boolean modelsDown = roles.contains(Role.MODEL) && !roles.contains(Role.DATASET);
        if (!modelsDown && !roles.contains(Role.DATASET)) {
            // an unnamed first column of labels ("| | Ours | Baseline |") holds the benchmarks
            if (header.get(0).text().isEmpty() || roles.get(0) == Role.NUMBERS && !numeric(table, 0)) {
                roles.set(0, Role.DATASET);
            } else {
                return Optional.empty();
            }
        }
        List<Integer> valueColumns = new ArrayList<>();
        for (int c = 0; c < roles.size(); c++) {
            if (roles.get(c) == Role.NUMBERS || roles.get(c) == Role.VALUE) {
                valueColumns.add(c);
            }
        }
        if (valueColumns.isEmpty() || !mostlyNumbers(table, valueColumns)) {
            return Optional.empty();
        }
        boolean headersAreModels = !modelsDown && (roles.contains(Role.METRIC) || valueColumns.stream()
                .filter(c -> roles.get(c) == Role.NUMBERS).allMatch(c -> MODEL_LIKE.matcher(header.get(c).text()).find()));
        List<Found> found = new ArrayList<>();
        for (List<BodyTables.Cell> cells : table.rows().subList(1, table.rows().size())) {
            for (int c : valueColumns) {
                if (c >= cells.size() || !isNumber(cells.get(c).text())) {
                    continue;
                }
                EvalResult row = EvalResult.EMPTY.withValue(cells.get(c).text());
                for (int k = 0; k < roles.size() && k < cells.size(); k++) {
                    row = with(row, roles.get(k), cells.get(k).text());
                }
                String columnName = header.get(c).text();
                if (roles.get(c) == Role.NUMBERS) {
                    if (modelsDown) {
                        row = row.withDatasetName(columnName);
                    } else if (headersAreModels) {
                        row = row.withModel(sameModel(columnName, cardName) ? "" : columnName);
                    } else {
                        row = row.withMetricName(columnName);
                    }
                }
                if (modelsDown && sameModel(row.model(), cardName)) {
                    row = row.withModel("");
                }
                if (!row.datasetName().isEmpty() || !row.metricName().isEmpty()) {
                    found.add(new Found(row, cells.get(c)));
                }
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(found));
    }

    private static Role role(String header) {
        return switch (header) {
            case "category", "task category", "capability", "domain", "area" -> Role.CATEGORY;
            case "benchmark", "benchmarks", "dataset", "datasets", "eval", "evaluation", "test set", "testset",
                    "eval dataset", "evaluation dataset", "benchmark name", "dataset name", "corpus" -> Role.DATASET;
            case "task", "tasks", "task name" -> Role.TASK;
            case "metric", "metrics", "measure", "eval metric", "evaluation metric", "metric name" -> Role.METRIC;
            case "shots", "shot", "n shot", "num shots", "few shot", "k shot", "shots k", "setting" -> Role.SHOTS;
            case "language", "languages", "group", "subgroup", "slice", "subset", "lang" -> Role.SLICE;
            case "split", "data split" -> Role.SPLIT;
            case "langpair", "language pair", "lang pair", "config", "configuration", "dataset config" -> Role.CONFIG;
            case "model", "models", "model name", "name" -> Role.MODEL;
            case "value", "score", "scores", "result", "results" -> Role.VALUE;
            default -> Role.NUMBERS;
        };
    }

    private static EvalResult with(EvalResult row, Role role, String cell) {
        if (cell.isEmpty()) {
            return row;
        }
        return switch (role) {
            case CATEGORY -> row.withTaskName(cell);
            case DATASET -> row.withDatasetName(cell);
            case TASK -> row.withTaskName(cell);
            case METRIC -> row.withMetricName(cell);
            case SHOTS -> row.withDatasetArgs("{\"num_few_shot\":\"" + cell.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            case SLICE -> row.withSlice(cell);
            case SPLIT -> row.withDatasetSplit(cell);
            case CONFIG -> row.withDatasetConfig(cell);
            case MODEL -> row.withModel(cell);
            case VALUE, NUMBERS -> row;
        };
    }

    /** At least half the cells of the value columns (that hold anything) are numbers. */
    private static boolean mostlyNumbers(BodyTables.Table table, List<Integer> columns) {
        int numbers = 0;
        int filled = 0;
        for (List<BodyTables.Cell> cells : table.rows().subList(1, table.rows().size())) {
            for (int c : columns) {
                if (c < cells.size() && !blank(cells.get(c).text())) {
                    filled++;
                    numbers += isNumber(cells.get(c).text()) ? 1 : 0;
                }
            }
        }
        return numbers > 0 && numbers * 2 >= filled;
    }

    private static boolean numeric(BodyTables.Table table, int column) {
        return mostlyNumbers(table, List.of(column));
    }

    private static boolean blank(String cell) {
        return cell.isEmpty() || cell.equals("-") || cell.equals("\u2013") || cell.equalsIgnoreCase("n/a");
    }

    static boolean isNumber(String cell) {
        return NUMBER.matcher(cell.strip()).matches();
    }

    /** Whether a column or row names the card's own model (so that its results are the card's). */
    private static boolean sameModel(String named, String cardName) {
        String a = HeadingMap.normalize(named);
        String b = HeadingMap.normalize(cardName);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        String last = b.contains(" ") ? b.substring(b.lastIndexOf(' ') + 1) : b;
        return a.equals(b) || a.equals(last) || a.equals("ours") || a.equals("this model")
                || b.toLowerCase(Locale.ROOT).endsWith("/" + a);
    }
}
