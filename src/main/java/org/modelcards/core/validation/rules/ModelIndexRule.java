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
 * task type, a dataset type and name, and metrics with a type and a value; dataset config, split and
 * revision are strings; a source has a URL. Checked on the front matter as written when there is
 * one, else on the card's rows.
 */
final class ModelIndexRule implements Rule {
    static final RuleInfo INFO = RuleInfo.of("HF-MODEL-INDEX", Severity.ERROR, Rules.HUB, RuleSource.HUB_DOCS,
            "model-index entries need name and results; results need task.type, dataset.type and dataset.name, "
                    + "and metrics with type and value; config, split and revision are strings; a source needs a url.");
    private static final String FIELD = "evaluation.results";

    @Override
    public List<RuleInfo> infos() {
        return List.of(INFO);
    }

    @Override
    public void check(CardSubject subject, Findings findings) {
        Optional<MetaNode> index = subject.metadata().flatMap(m -> m.get("model-index"));
        if (subject.metadata().isPresent()) {
            index.ifPresent(node -> checkIndex(node, findings));
        } else {
            checkRows(subject.card().evaluation().results(), findings);
        }
    }

    private void checkRows(List<EvalResult> rows, Findings findings) {
        for (int i = 0; i < rows.size(); i++) {
            EvalResult row = rows.get(i);
            String at = FIELD + "[" + i + "]";
            requireCell(findings, at, "taskType", row.taskType(), "task.type");
            requireCell(findings, at, "datasetType", row.datasetType(), "dataset.type");
            requireCell(findings, at, "datasetName", row.datasetName(), "dataset.name");
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
        mapping(findings, result, path, "task").ifPresent(task -> requireString(findings, task, path + ".task", "type"));
        mapping(findings, result, path, "dataset").ifPresent(dataset -> {
            requireString(findings, dataset, path + ".dataset", "type");
            requireString(findings, dataset, path + ".dataset", "name");
            for (String key : List.of("config", "split", "revision")) {
                dataset.get(key).ifPresent(value -> {
                    if (!isString(value)) {
                        fail(findings, value, path + ".dataset." + key + " must be a string, not " + MetaNode.describe(value) + ".");
                    }
                });
            }
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
            if (!(source instanceof Mapping map) || map.get("url").filter(ModelIndexRule::isString).isEmpty()) {
                fail(findings, source, path + ".source needs a url.");
            }
        });
    }

    private Optional<Mapping> mapping(Findings findings, Mapping parent, String path, String key) {
        Optional<MetaNode> node = parent.get(key);
        if (node.isEmpty()) {
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

    private static boolean isString(MetaNode node) {
        return node instanceof Scalar s && s.type() == MetaNode.ScalarType.STRING;
    }

    private static void fail(Findings findings, MetaNode node, String message) {
        findings.at(INFO, FIELD, node.at(), message, "See the model-index format in the Hub's model card docs.");
    }
}
