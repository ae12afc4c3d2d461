package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.format.MetaNode;
import org.modelcards.core.format.MetaNode.Mapping;
import org.modelcards.core.format.MetaNode.Scalar;
import org.modelcards.core.format.MetaNode.Sequence;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.format.SourceMap;
import org.modelcards.core.format.TextPosition;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.Evaluation;
import org.modelcards.core.model.ExtraField;
import org.modelcards.core.model.Extras;
import org.modelcards.core.model.ModelCard;

/**
 * Reads one {@code .eval_results/*.yaml} file into a card holding its results; an entry the Hub
 * would refuse is a problem at its place, and the others are read (see {@link EvalResultsFormat}).
 */
final class EvalResultsReader {
    private static final Set<String> ENTRY_KEYS = Set.of("dataset", "value", "verifyToken", "source");
    private static final Set<String> DATASET_KEYS = Set.of("id", "task_id", "revision");
    private static final Set<String> SOURCE_KEYS = Set.of("url", "name");

    private final String source;
    private final List<ReadProblem> problems = new ArrayList<>();
    private final List<ExtraField> unmapped = new ArrayList<>();

    private EvalResultsReader(String source) {
        this.source = source;
    }

    static LoadedCard read(String text, String source) throws CardReadException {
        YamlMetadata.Result parsed = YamlMetadata.parse(text, 1, source);
        if (parsed.problem().isPresent()) {
            throw new CardReadException(parsed.problem().get());
        }
        MetaNode tree = parsed.tree().orElseThrow();
        if (tree instanceof Mapping empty && empty.entries().isEmpty()) {
            tree = new Sequence(List.of(), empty.at());
        }
        if (!(tree instanceof Sequence entries)) {
            throw new CardReadException(new ReadProblem(ReadProblem.NOT_A_CARD, source, tree.at().line(), tree.at().column(),
                    "an .eval_results file is a list of entries (- dataset: ...), not " + MetaNode.describe(tree)));
        }
        EvalResultsReader reader = new EvalResultsReader(source);
        List<EvalResult> results = new ArrayList<>();
        for (int i = 0; i < entries.items().size(); i++) {
            reader.entry(entries.items().get(i), i).ifPresent(results::add);
        }
        ModelCard card = ModelCard.EMPTY.withEvaluation(Evaluation.EMPTY.withResults(results))
                .withExtras(Extras.EMPTY.withUnmapped(reader.unmapped));
        return new LoadedCard(card, Optional.empty(), SourceMap.NONE, reader.problems);
    }

    private Optional<EvalResult> entry(MetaNode node, int index) {
        String at = "/" + index;
        if (!(node instanceof Mapping entry)) {
            return refuse(node.at(), "entry " + (index + 1) + " is " + MetaNode.describe(node) + ", not a mapping");
        }
        Optional<Mapping> dataset = entry.get("dataset").filter(Mapping.class::isInstance).map(Mapping.class::cast);
        if (dataset.isEmpty()) {
            return refuse(entry.at(), "entry " + (index + 1) + " has no dataset mapping (dataset: id, task_id)");
        }
        Optional<String> id = string(dataset.get(), "id");
        Optional<String> task = string(dataset.get(), "task_id");
        Optional<MetaNode> value = entry.get("value");
        if (id.isEmpty() || task.isEmpty()) {
            return refuse(entry.entry("dataset").orElseThrow().keyAt(), "entry " + (index + 1) + "'s dataset needs " + (id.isEmpty() ? "an id" : "")
                    + (id.isEmpty() && task.isEmpty() ? " and " : "") + (task.isEmpty() ? "a task_id" : "")
                    + " (text), as the Hub requires");
        }
        if (value.isEmpty() || !(value.get() instanceof Scalar v) || v.isNull() || v.type() == MetaNode.ScalarType.BOOLEAN) {
            TextPosition where = value.map(MetaNode::at).orElse(entry.at());
            return refuse(where, "entry " + (index + 1) + " needs a value, a number"
                    + value.map(n -> ", not " + MetaNode.describe(n)).orElse(""));
        }
        Mapping src = entry.get("source").filter(Mapping.class::isInstance).map(Mapping.class::cast)
                .orElse(new Mapping(List.of(), TextPosition.UNKNOWN));
        if (entry.get("source").isPresent() && string(src, "url").isEmpty()) {
            problems.add(problem(entry.entry("source").orElseThrow().keyAt(), "entry " + (index + 1) + "'s source needs a url"));
        }
        keepOthers(entry, ENTRY_KEYS, at);
        keepOthers(dataset.get(), DATASET_KEYS, at + "/dataset");
        keepOthers(src, SOURCE_KEYS, at + "/source");
        return Optional.of(EvalResult.EMPTY.withDatasetType(id.get()).withDatasetConfig(task.get())
                .withDatasetRevision(string(dataset.get(), "revision").orElse("")).withValue(v.text())
                .withVerifyToken(string(entry, "verifyToken").orElse(""))
                .withSourceUrl(string(src, "url").orElse("")).withSourceName(string(src, "name").orElse("")));
    }

    /** What an entry has that a result row does not, under its JSON Pointer in the file. */
    private void keepOthers(Mapping mapping, Set<String> known, String pointer) {
        for (MetaNode.Entry e : mapping.entries()) {
            if (!known.contains(e.key())) {
                unmapped.add(new ExtraField(pointer + "/" + e.key().replace("~", "~0").replace("/", "~1"),
                        MetadataReader.json(e.value())));
            }
        }
    }

    private static Optional<String> string(Mapping mapping, String key) {
        return mapping.get(key).filter(Scalar.class::isInstance).map(Scalar.class::cast).filter(s -> !s.isNull())
                .map(Scalar::text).filter(t -> !t.isBlank());
    }

    private Optional<EvalResult> refuse(TextPosition at, String message) {
        problems.add(problem(at, message + "; the entry is not read"));
        return Optional.empty();
    }

    private ReadProblem problem(TextPosition at, String message) {
        return new ReadProblem(ReadProblem.EVAL_RESULTS_ENTRY, source, at.line(), at.column(), message);
    }
}
