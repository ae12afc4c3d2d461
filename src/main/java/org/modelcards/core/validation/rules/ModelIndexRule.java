package org.modelcards.core.validation.rules;

import java.util.List;
import java.util.Optional;
import org.modelcards.core.format.MetaNode;
import org.modelcards.core.format.MetaNode.Mapping;
import org.modelcards.core.format.MetaNode.Scalar;
import org.modelcards.core.format.MetaNode.Sequence;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Findings;
import org.modelcards.core.validation.Rule;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.RuleSource;
import org.modelcards.core.validation.Severity;

/**
 * The structure of evaluation results as the Hub's {@code model-index} requires: each result has a
 * task type and metrics with a type and a value (any value: {@code "20.0 ± 1.2"} is fine); a dataset,
 * optional in the Hub's schema for now, has a type and a name (a result without one is a warning, as
 * huggingface_hub cannot load it); dataset config, split and revision are strings; a source has a URL. Checked on the front matter as written when there is
 * one, else on the card's rows.
 */
final class ModelIndexRule implements Rule {
    static final RuleInfo INFO = RuleInfo.of("HF-MODEL-INDEX", Severity.ERROR, Rules.HUB, RuleSource.HUB_SCHEMA,
            "model-index entries need name and results; results need task.type, metrics with type and a value (of any"
                    + " type); a dataset, when given, needs type and name; config, split and revision are strings; a"
                    + " source needs a url.")
            .cite(Citations.API_MODEL + " L45-142 (interface ApiModelIndex): name L46, task.type L53, dataset.type L67,"
                    + " dataset.name L72, config/split/revision L76-84, args L85, metrics[].type L98, metrics[].value L102"
                    + " (value: unknown), source.url L139");
    static final RuleInfo DATASET = RuleInfo.of("HF-MODEL-INDEX-DATASET", Severity.WARNING, Rules.HUB, RuleSource.HUB_CLIENT,
            "A model-index result has no dataset: the Hub accepts it for now, but huggingface_hub cannot load the card's"
                    + " results.");
    private static final String FIELD = "evaluation.results";

    @Override
    public List<RuleInfo> infos() {
        return List.of(INFO, DATASET);
    }

    @Override
    public void check(CardSubject subject, Findings findings) {
        Optional<MetaNode> index = subject.metadata().flatMap(m -> m.get("model-index"));
        if (subject.metadata().isPresent()) {
            index.ifPresent(node -> checkIndex(node, findings));
        } else {
            checkRows(subject.card().evaluation().results(), subject.resultsInText(), findings);
        }
    }

    private void checkRows(List<EvalResult> rows, java.util.Set<Integer> inText, Findings findings) {
        for (int i = 0; i < rows.size(); i++) {
            if (inText.contains(i)) {
                continue; // a result read from a table in the README's text stays there, not in model-index
            }
            EvalResult row = rows.get(i);
            String at = FIELD + "[" + i + "]";
            requireCell(findings, at, "taskType", row.taskType(), "task.type");
            if (row.datasetType().isBlank() && row.datasetName().isBlank()) {
                findings.report(DATASET, FIELD, at + ".datasetType", at + " names no dataset (model-index results should"
                        + " have dataset.type and dataset.name).", "Fill in the dataset columns.");
            } else {
                requireCell(findings, at, "datasetType", row.datasetType(), "dataset.type");
                requireCell(findings, at, "datasetName", row.datasetName(), "dataset.name");
            }
            requireCell(findings, at, "metricType", row.metricType(), "metrics[].type");
            requireCell(findings, at, "value", row.value(), "metrics[].value");
            if (!row.sourceName().isBlank() && row.sourceUrl().isBlank()) {
                findings.report(INFO, FIELD, at + ".sourceUrl", at + ".sourceUrl is missing: a source needs a url.",
                        "Add the URL where the result was published.");
            }
        }
    }

    private void requireCell(Findings findings, String row, String column, String value, String hubPath) {
        if (value.isBlank()) {
            findings.report(INFO, FIELD, row + "." + column, row + "." + column + " is missing (model-index needs "
                    + hubPath + ").", "Fill in the " + column + " column.");
        }
    }

    private void checkIndex(MetaNode index, Findings findings) {
        if (!(index instanceof Sequence entries)) {
            fail(findings, index, "model-index must be a list, not " + MetaNode.describe(index) + ".");
            return;
        }
        for (int e = 0; e < entries.items().size(); e++) {
            MetaNode entryNode = entries.items().get(e);
            String path = "model-index[" + e + "]";
            if (!(entryNode instanceof Mapping entry)) {
                fail(findings, entryNode, path + " must be a mapping with name and results.");
                continue;
            }
            requireString(findings, entry, path, "name");
            Optional<MetaNode> results = entry.get("results");
            if (results.isEmpty()) {
                fail(findings, entry, path + ".results is missing.");
            } else if (results.get() instanceof Sequence list) {
                for (int r = 0; r < list.items().size(); r++) {
                    checkResult(list.items().get(r), path + ".results[" + r + "]", findings);
                }
            } else {
                fail(findings, results.get(), path + ".results must be a list.");
            }
        }
    }

    private void checkResult(MetaNode node, String path, Findings findings) {
        if (!(node instanceof Mapping result)) {
            fail(findings, node, path + " must be a mapping with task, dataset and metrics.");
            return;
        }
        mapping(findings, result, path, "task").ifPresent(task -> {
            requireString(findings, task, path + ".task", "type");
            optionalString(findings, task, path + ".task", "name");
        });
        if (result.get("dataset").isEmpty()) {
            findings.at(DATASET, FIELD, result.at(), path + ".dataset is missing: huggingface_hub cannot load this result.",
                    "Add dataset: with type (the dataset id) and name.");
        }
        mapping(findings, result, path, "dataset").ifPresent(dataset -> {
            requireString(findings, dataset, path + ".dataset", "type");
            requireString(findings, dataset, path + ".dataset", "name");
            for (String key : List.of("config", "split", "revision")) {
                optionalString(findings, dataset, path + ".dataset", key);
            }
            args(findings, dataset, path + ".dataset");
        });
        Optional<MetaNode> metrics = result.get("metrics");
        if (metrics.isEmpty()) {
            fail(findings, result, path + ".metrics is missing.");
        } else if (metrics.get() instanceof Sequence list) {
            for (int m = 0; m < list.items().size(); m++) {
                MetaNode metric = list.items().get(m);
                String at = path + ".metrics[" + m + "]";
                if (metric instanceof Mapping map) {
                    requireString(findings, map, at, "type");
                    optionalString(findings, map, at, "name");
                    optionalString(findings, map, at, "config");
                    args(findings, map, at);
                    if (map.get("value").filter(v -> !(v instanceof Scalar s && s.isNull())).isEmpty()) {
                        fail(findings, map, at + ".value is missing.");
                    }
                } else {
                    fail(findings, metric, at + " must be a mapping with type and value.");
                }
            }
        } else {
            fail(findings, metrics.get(), path + ".metrics must be a list.");
        }
        result.get("source").ifPresent(source -> {
            if (!(source instanceof Mapping map) || map.get("url").filter(MetaNode::isString).isEmpty()) {
                fail(findings, source, path + ".source needs a url.");
            }
        });
    }

    /** A key the schema types as an optional string; null is taken as absent. */
    private void optionalString(Findings findings, Mapping parent, String path, String key) {
        parent.get(key).ifPresent(value -> {
            if (!MetaNode.isString(value) && !(value instanceof Scalar s && s.isNull())) {
                fail(findings, value, path + "." + key + " must be a string, not " + MetaNode.describe(value) + ".");
            }
        });
    }

    /** args is a string or a mapping of strings. */
    private void args(Findings findings, Mapping parent, String path) {
        parent.get("args").ifPresent(args -> {
            if (args instanceof Sequence) {
                fail(findings, args, path + ".args must be a string or a mapping, not a list.");
            }
        });
    }

    private Optional<Mapping> mapping(Findings findings, Mapping parent, String path, String key) {
        Optional<MetaNode> node = parent.get(key);
        if (node.isEmpty()) {
            if (key.equals("dataset")) {
                return Optional.empty();
            }
            fail(findings, parent, path + "." + key + " is missing.");
            return Optional.empty();
        }
        if (node.get() instanceof Mapping map) {
            return Optional.of(map);
        }
        fail(findings, node.get(), path + "." + key + " must be a mapping, not " + MetaNode.describe(node.get()) + ".");
        return Optional.empty();
    }

    private void requireString(Findings findings, Mapping parent, String path, String key) {
        Optional<MetaNode> node = parent.get(key);
        if (node.isEmpty() || node.get() instanceof Scalar s && (s.isNull() || s.text().isBlank())) {
            fail(findings, node.orElse(parent), path + "." + key + " is missing.");
        } else if (!(node.get() instanceof Scalar)) {
            fail(findings, node.get(), path + "." + key + " must be a string, not " + MetaNode.describe(node.get()) + ".");
        }
    }


    private static void fail(Findings findings, MetaNode node, String message) {
        findings.at(INFO, FIELD, node.at(), message, "See the model-index format in the Hub's model card docs.");
    }
}
