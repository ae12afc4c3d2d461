package org.modelcards.core.format.hf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.modelcards.core.format.MetaNode;
import org.modelcards.core.format.MetaNode.Mapping;
import org.modelcards.core.format.MetaNode.Scalar;
import org.modelcards.core.format.MetaNode.Sequence;
import org.modelcards.core.format.TextPosition;
import org.modelcards.core.model.Dataset;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ExtraField;

/**
 * Maps the Hub's metadata keys to card fields; keys it does not model are kept, in order, as extra
 * metadata (their value as JSON text). Wrong shapes are left to the validator, which sees the
 * metadata as written: here a value that does not fit is simply not mapped.
 */
final class MetadataReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = new JsonNodeFactory(true);

    private final CardBuilder card;

    MetadataReader(CardBuilder card) {
        this.card = card;
    }

    void read(Mapping metadata) {
        List<ExtraField> extras = new ArrayList<>();
        for (MetaNode.Entry entry : metadata.entries()) {
            MetaNode value = entry.value();
            TextPosition at = entry.keyAt();
            Optional<HubMetadataKeys.Key> key = HubMetadataKeys.key(entry.key());
            if (key.isEmpty()) {
                extras.add(new ExtraField(entry.key(), json(value)));
            } else {
                String field = key.get().fields().get(0);
                switch (key.get().shape()) {
                    case TEXT -> text(value).ifPresent(v -> card.set(field, v, at));
                    case LIST, ONE_OR_LIST -> list(value, field);
                    case DATASETS -> datasets(value);
                    case EMISSIONS -> emissions(value, at);
                    case MODEL_INDEX -> modelIndex(value);
                }
            }
            card.at("extras.metadata", at);
        }
        if (!extras.isEmpty()) {
            card.apply(c -> c.withExtras(c.extras().withMetadata(extras)));
        }
    }

    /** A scalar's text; null and empty give nothing. */
    private static Optional<String> text(MetaNode node) {
        return node instanceof Scalar s && !s.isNull() && !s.text().isEmpty() ? Optional.of(s.text()) : Optional.empty();
    }

    /** A list of scalars (a single scalar is a list of one), with each item's position. */
    private void list(MetaNode node, String fieldId) {
        List<MetaNode> items = node instanceof Sequence seq ? seq.items() : List.of(node);
        List<String> values = new ArrayList<>();
        for (MetaNode item : items) {
            Optional<String> text = text(item);
            if (text.isPresent()) {
                card.at(fieldId + "[" + values.size() + "]", item.at());
                values.add(text.get());
            }
        }
        if (!values.isEmpty()) {
            card.set(fieldId, values, node.at());
        }
    }

    private void datasets(MetaNode node) {
        List<MetaNode> items = node instanceof Sequence seq ? seq.items() : List.of(node);
        List<Dataset> rows = new ArrayList<>();
        for (MetaNode item : items) {
            Optional<String> id = text(item);
            if (id.isPresent()) {
                card.at("data.training[" + rows.size() + "]", item.at());
                rows.add(Dataset.EMPTY.withId(id.get()));
            }
        }
        if (!rows.isEmpty()) {
            card.set("data.training", rows, node.at());
        }
    }

    private void emissions(MetaNode node, TextPosition at) {
        if (node instanceof Scalar) {
            text(node).ifPresent(v -> card.set("environment.co2Grams", v, at));
        } else if (node instanceof Mapping map) {
            map.get("emissions").flatMap(MetadataReader::text).ifPresent(v -> card.set("environment.co2Grams", v, at));
            map.get("source").flatMap(MetadataReader::text).ifPresent(v -> card.set("environment.source", v, at));
            map.get("training_type").flatMap(MetadataReader::text).ifPresent(v -> card.set("environment.trainingType", v, at));
            map.get("geographical_location").flatMap(MetadataReader::text).ifPresent(v -> card.set("environment.region", v, at));
            map.get("hardware_used").flatMap(MetadataReader::text).ifPresent(v -> card.set("environment.hardware", v, at));
        }
    }

    /**
     * Every metric of every result of every model-index entry becomes one row; partial rows are kept.
     * Rows of the first entry belong to the card's own model; later entries' rows name their model.
     */
    private void modelIndex(MetaNode node) {
        if (!(node instanceof Sequence entries)) {
            return;
        }
        List<EvalResult> rows = new ArrayList<>();
        boolean first = true;
        for (MetaNode entryNode : entries.items()) {
            if (!(entryNode instanceof Mapping entry)) {
                continue;
            }
            Optional<String> name = entry.get("name").flatMap(MetadataReader::text);
            if (first) {
                name.ifPresent(n -> {
                    if (card.isEmpty("details.name")) {
                        card.set("details.name", n, entry.at());
                    }
                });
            }
            String model = first ? "" : name.orElse("model-index entry " + (entries.items().indexOf(entryNode) + 1));
            first = false;
            List<MetaNode> results = entry.get("results").filter(Sequence.class::isInstance)
                    .map(r -> ((Sequence) r).items()).orElse(List.of());
            for (MetaNode resultNode : results) {
                if (resultNode instanceof Mapping result) {
                    addResult(result, model, rows);
                }
            }
        }
        if (!rows.isEmpty()) {
            card.set("evaluation.results", rows, node.at());
        }
    }

    private void addResult(Mapping result, String model, List<EvalResult> rows) {
        Mapping task = child(result, "task");
        Mapping dataset = child(result, "dataset");
        Mapping source = child(result, "source");
        EvalResult base = EvalResult.EMPTY.withModel(model)
                .withTaskType(field(task, "type")).withTaskName(field(task, "name")).withTaskArgs(value(task, "args"))
                .withDatasetType(field(dataset, "type")).withDatasetName(field(dataset, "name"))
                .withDatasetConfig(field(dataset, "config")).withDatasetSplit(field(dataset, "split"))
                .withDatasetRevision(field(dataset, "revision")).withDatasetArgs(value(dataset, "args"))
                .withSourceName(field(source, "name")).withSourceUrl(field(source, "url"));
        List<MetaNode> metrics = result.get("metrics").filter(Sequence.class::isInstance)
                .map(m -> ((Sequence) m).items()).orElse(List.of());
        if (metrics.isEmpty()) {
            card.at("evaluation.results[" + rows.size() + "]", result.at());
            rows.add(base);
        }
        for (MetaNode metricNode : metrics) {
            Mapping metric = metricNode instanceof Mapping m ? m : new Mapping(List.of(), metricNode.at());
            String path = "evaluation.results[" + rows.size() + "]";
            card.at(path, metric.at());
            metric.get("value").ifPresent(v -> card.at(path + ".value", v.at()));
            rows.add(base.withMetricType(field(metric, "type")).withMetricName(field(metric, "name"))
                    .withValue(field(metric, "value")).withMetricConfig(value(metric, "config"))
                    .withMetricArgs(value(metric, "args")).withVerifyToken(field(metric, "verifyToken"))
                    .withVerified(metric.get("verified").flatMap(MetadataReader::text).map("true"::equalsIgnoreCase).orElse(false)));
        }
    }

    /** A value that may be a string or any YAML structure: a scalar's text, anything else as JSON text. */
    private static String value(Mapping parent, String key) {
        return parent.get(key).map(node -> node instanceof Scalar scalar ? (scalar.isNull() ? "" : scalar.text()) : json(node))
                .orElse("");
    }

    private static Mapping child(Mapping parent, String key) {
        return parent.get(key).filter(Mapping.class::isInstance).map(Mapping.class::cast)
                .orElse(new Mapping(List.of(), parent.at()));
    }

    private static String field(Mapping parent, String key) {
        return parent.get(key).flatMap(MetadataReader::text).orElse("");
    }

    /** A metadata value as JSON text, for keys the card does not model. */
    static String json(MetaNode node) {
        try {
            return JSON.writeValueAsString(tree(node));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static JsonNode tree(MetaNode node) {
        if (node instanceof Sequence seq) {
            ArrayNode array = NODES.arrayNode();
            seq.items().forEach(item -> array.add(tree(item)));
            return array;
        }
        if (node instanceof Mapping map) {
            ObjectNode object = NODES.objectNode();
            map.entries().forEach(e -> object.set(e.key(), tree(e.value())));
            return object;
        }
        Scalar scalar = (Scalar) node;
        return switch (scalar.type()) {
            case NULL -> NODES.nullNode();
            case BOOLEAN -> NODES.booleanNode(scalar.text().equalsIgnoreCase("true") || scalar.text().equalsIgnoreCase("yes")
                    || scalar.text().equalsIgnoreCase("on"));
            case INTEGER, FLOAT -> number(scalar.text());
            case STRING -> NODES.textNode(scalar.text());
        };
    }

    /** A YAML number as an exact decimal; one too long to write out plainly stays the text written. */
    private static JsonNode number(String text) {
        if (text.length() > org.modelcards.core.model.Numbers.MAX_LENGTH) {
            return NODES.textNode(text);
        }
        try {
            BigDecimal value = new BigDecimal(text.replace("_", ""));
            return org.modelcards.core.format.JsonText.fitsPlain(value) ? NODES.numberNode(value) : NODES.textNode(text);
        } catch (NumberFormatException e) {
            return NODES.textNode(text);
        }
    }
}
