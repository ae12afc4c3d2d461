package org.modelcards.core.format.hf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.FileSample;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.Recognition;
import org.modelcards.core.format.TwoWayFormat;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.model.Numbers;

/**
 * The Hub's evaluation results files, {@code .eval_results/*.yaml} in a model repository: a YAML
 * list of scores, each on a benchmark dataset's task, which the Hub shows on the model page and on
 * the benchmark's leaderboard (hub-docs {@code docs/hub/eval-results.md}; huggingface_hub calls
 * {@code model-index} the legacy format).
 *
 * <pre>{@code
 * WriteResult file = new EvalResultsFormat().write(card);   // the card's results as one .eval_results file
 * ModelCard scores = new EvalResultsFormat().read(yaml, ".eval_results/hle.yaml");   // its results only
 * }</pre>
 *
 * <p>An entry and a result row correspond so: {@code dataset.id} is the row's dataset type (the Hub
 * dataset id, as in {@code model-index}), {@code dataset.task_id} its dataset config (the
 * benchmark's task, which older revisions of the format called {@code config}), {@code dataset.revision},
 * {@code value}, {@code verifyToken}, and {@code source.url} and {@code source.name}. What an entry
 * has besides ({@code date}, {@code notes}, {@code source.user}, ...) is kept under its JSON
 * Pointer in {@code extras.unmapped}. An entry without what the Hub requires is a problem at its
 * line and column; the entries around it are still read.
 *
 * <p>Writing migrates {@code model-index} rows: a row with no Hub dataset id or no value cannot be
 * an entry and is a loss; a row without a task is written with task {@code default}, as the Hub's
 * example does for a benchmark with one task, and reported so that the author checks it. The format
 * has no metric name, task type, split or slice (the benchmark's task defines them), so those are
 * losses when filled.
 */
public final class EvalResultsFormat implements TwoWayFormat {
    /** The folder of a model repository the Hub reads these files from. */
    public static final String FOLDER = ".eval_results";
    static final String DEFAULT_TASK = "default";
    /** A Hub repository id: a name, or an owner and a name. */
    private static final Pattern HUB_ID = Pattern.compile("[A-Za-z0-9][\\w.-]*(/[\\w.-]+)?");
    private static final Pattern FIRST_ENTRY = Pattern.compile("(?m)\\A(?:\\s*#.*\\R|\\s*\\R)*-\\s+(?:dataset|value)\\s*:");
    private static final Set<String> WRITTEN = Set.of("datasetType", "datasetConfig", "datasetRevision", "value",
            "verifyToken", "sourceUrl", "sourceName");

    private final FieldCatalog catalog;

    public EvalResultsFormat() {
        this(FieldCatalog.standard());
    }

    public EvalResultsFormat(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String id() {
        return "eval-results";
    }

    @Override
    public String label() {
        return "Hub evaluation results (.eval_results YAML)";
    }

    @Override
    public boolean holdsWholeCard() {
        return false;
    }

    /** No ending of its own: {@code .yaml} files are many things, so a file is one by its content. */
    @Override
    public List<String> fileEndings() {
        return List.of(".eval_results.yaml");
    }

    @Override
    public Recognition recognise(FileSample file) {
        return (file.hasEnding(".yaml") || file.hasEnding(".yml")) && FIRST_ENTRY.matcher(file.text()).find()
                ? Recognition.BY_CONTENT : Recognition.NONE;
    }

    /** The file goes where the Hub looks: {@code .eval_results/NAME.yaml} beside the card. */
    @Override
    public String outputName(String baseName) {
        return FOLDER + "/" + baseName + ".yaml";
    }

    @Override
    public LoadedCard load(String text, String source) throws CardReadException {
        return EvalResultsReader.read(text, source);
    }

    @Override
    public WriteResult write(ModelCard card) {
        List<Loss> losses = new ArrayList<>();
        List<Object> entries = new ArrayList<>();
        List<EvalResult> rows = card.evaluation().results();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            EvalResult r = rows.get(i);
            String row = "row " + (i + 1);
            if (r.datasetType().isEmpty() || !HUB_ID.matcher(r.datasetType()).matches()) {
                losses.add(new Loss("evaluation.results.datasetType", row + " has no Hub dataset id"
                        + (r.datasetType().isEmpty() ? "" : " (\"" + r.datasetType() + "\" is not one)")
                        + ", which an entry requires; the row is not written"));
                continue;
            }
            if (r.value().isEmpty()) {
                losses.add(new Loss("evaluation.results.value", row + " has no value; the row is not written"));
                continue;
            }
            String task = r.datasetConfig().isEmpty() ? DEFAULT_TASK : r.datasetConfig();
            if (r.datasetConfig().isEmpty()) {
                losses.add(new Loss("evaluation.results.datasetConfig", row + " names no task of " + r.datasetType()
                        + "; written as task \"" + DEFAULT_TASK + "\": check it against the benchmark's eval.yaml"));
            }
            Integer first = seen.putIfAbsent(r.datasetType() + "\n" + task, i + 1);
            if (first != null) {
                losses.add(new Loss("evaluation.results", row + " scores the same task as row " + first
                        + " (" + r.datasetType() + ", " + task + "); the Hub shows one value per task"));
            }
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("id", r.datasetType());
            dataset.put("task_id", task);
            if (!r.datasetRevision().isEmpty()) {
                dataset.put("revision", r.datasetRevision());
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("dataset", dataset);
            entry.put("value", value(r.value()));
            if (!r.verifyToken().isEmpty()) {
                entry.put("verifyToken", r.verifyToken());
            }
            if (!r.sourceUrl().isEmpty()) {
                Map<String, Object> source = new LinkedHashMap<>();
                source.put("url", r.sourceUrl());
                if (!r.sourceName().isEmpty()) {
                    source.put("name", r.sourceName());
                }
                entry.put("source", source);
            } else if (!r.sourceName().isEmpty()) {
                losses.add(new Loss("evaluation.results.sourceName", row + ": a source needs its URL; \""
                        + r.sourceName() + "\" not written"));
            }
            entries.add(entry);
        }
        losses.addAll(columnsNotWritten(card));
        StringBuilder text = new StringBuilder();
        entries.forEach(e -> text.append(YamlWriter.item(e, 0, "\n")));
        return new WriteResult(text.length() == 0 ? "[]\n" : text.toString(), losses);
    }

    /** A value as the number it is, else as text: the Hub's example values are numbers. */
    private static Object value(String value) {
        Optional<BigDecimal> number = Numbers.parse(value);
        return number.isPresent() && Numbers.isPlainDecimal(value) ? new YamlWriter.Raw(value) : value;
    }

    /** Every filled column an entry has no place for, and every filled field but the results. */
    private List<Loss> columnsNotWritten(ModelCard card) {
        List<Loss> losses = new ArrayList<>();
        List<EvalResult> rows = card.evaluation().results();
        for (CardField field : catalog.fields()) {
            if (!field.id().equals("evaluation.results") && !field.isEmpty(card)) {
                losses.add(new Loss(field.id(), "an .eval_results file holds evaluation results only"));
            }
        }
        for (Column column : catalog.require("evaluation.results").table().orElseThrow().columns()) {
            if (!WRITTEN.contains(column.id()) && rows.stream().anyMatch(row -> !column.isEmpty(row))) {
                losses.add(new Loss(column.textKey(), "an .eval_results entry has no " + column.id()
                        + ": the benchmark's task defines what is measured"));
            }
        }
        return losses;
    }
}
