package org.modelcards.core.format.hf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.model.Dataset;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.Environment;
import org.modelcards.core.model.ExtraField;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.model.Numbers;

/**
 * THE table of Hub metadata keys the card models: each key, in the Hub's usual order, with the
 * shape of its value and the fields it holds. The reader ({@link MetadataReader}), the writer and
 * {@code modelcard set} all take their keys from here.
 *
 * <pre>{@code
 * HubMetadataKeys.settable().get("license");   // "license.id"
 * }</pre>
 */
public final class HubMetadataKeys {
    /** How a key's value is written: one string, a list of strings, one-or-a-list, or a structure of its own. */
    enum Shape { TEXT, LIST, ONE_OR_LIST, DATASETS, EMISSIONS, MODEL_INDEX }

    /** One key: its name, its value's shape, whether it holds Hub ids, and the catalogue fields it holds. */
    record Key(String name, Shape shape, boolean ids, List<String> fields) {
        Key(String name, Shape shape, boolean ids, String... fields) {
            this(name, shape, ids, List.of(fields));
        }
    }

    private static final boolean IDS = true;
    private static final boolean PROSE = false;

    static final List<Key> TABLE = List.of(
            new Key("license", Shape.TEXT, IDS, "license.id"),
            new Key("license_name", Shape.TEXT, PROSE, "license.name"),
            new Key("license_link", Shape.TEXT, PROSE, "license.link"),
            new Key("language", Shape.LIST, IDS, "details.languages"),
            new Key("library_name", Shape.TEXT, IDS, "details.libraryName"),
            new Key("pipeline_tag", Shape.TEXT, IDS, "details.pipelineTag"),
            new Key("tags", Shape.LIST, IDS, "details.tags"),
            new Key("datasets", Shape.DATASETS, IDS, "data.training"),
            new Key("metrics", Shape.LIST, IDS, "metrics.ids"),
            new Key("base_model", Shape.ONE_OR_LIST, IDS, "details.baseModels"),
            new Key("base_model_relation", Shape.TEXT, PROSE, "details.baseModelRelation"),
            new Key("co2_eq_emissions", Shape.EMISSIONS, PROSE, "environment.co2Grams", "environment.source",
                    "environment.trainingType", "environment.region", "environment.hardware"),
            new Key("model-index", Shape.MODEL_INDEX, PROSE, "evaluation.results", "details.name"));

    static final List<String> KEYS = TABLE.stream().map(Key::name).toList();
    private static final Map<String, Key> BY_NAME = TABLE.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Key::name, k -> k));
    private static final org.modelcards.core.catalog.FieldCatalog CATALOG = org.modelcards.core.catalog.FieldCatalog.standard();

    private HubMetadataKeys() {
    }

    /** The keys a script can set as {@code key=value}, each with the one field it holds, in the Hub's order. */
    public static Map<String, String> settable() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Key key : TABLE) {
            if (key.shape() == Shape.TEXT || key.shape() == Shape.LIST || key.shape() == Shape.ONE_OR_LIST) {
                out.put(key.name(), key.fields().get(0));
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The field a key's value fills first (a finding about the key is shown on it), if the card models the key. */
    public static Optional<String> fieldOf(String key) {
        return key(key).map(k -> k.fields().get(0));
    }

    /** Whether the key holds Hub ids or lists of them (licence, languages, tags, datasets...), which are never empty. */
    public static boolean holdsIds(String key) {
        return key(key).map(Key::ids).orElse(false);
    }

    static Optional<Key> key(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The fields whose values a key holds. */
    static List<String> fields(String key) {
        return key(key).map(Key::fields).orElse(List.of());
    }

    /** The key that holds {@code fieldId} in the front matter, if any. */
    static Optional<String> keyOf(String fieldId) {
        return TABLE.stream().filter(k -> k.fields().contains(fieldId)).map(Key::name).findFirst();
    }

    /** The key's value for {@code card}, for {@link YamlWriter}; empty when the card has nothing for it. */
    static Optional<Object> value(String key, ModelCard card) {
        return value(key, card, false);
    }

    /**
     * As {@link #value(String, ModelCard)}; with {@code indexWithoutResults}, a card without results
     * still has a model-index entry naming the model (for a README whose model-index has no results,
     * so that renaming the model renames it there).
     */
    static Optional<Object> value(String name, ModelCard card, boolean indexWithoutResults) {
        Optional<Key> found = key(name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Key key = found.get();
        if (key.shape() == Shape.MODEL_INDEX && indexWithoutResults && card.evaluation().results().stream()
                .allMatch(r -> !r.slice().isEmpty())) {
            Map<String, Object> entry = new LinkedHashMap<>();
            if (!card.details().name().isEmpty()) {
                entry.put("name", card.details().name());
            }
            entry.put("results", List.of());
            return Optional.of(List.of(entry));
        }
        Object value = switch (key.shape()) {
            case TEXT -> text((String) read(key, card));
            case LIST -> list(strings(read(key, card)));
            case ONE_OR_LIST -> {
                List<String> values = strings(read(key, card));
                yield values.size() == 1 ? text(values.get(0)) : list(values);
            }
            case DATASETS -> list(card.data().training().stream().map(Dataset::id).filter(id -> !id.isBlank()).toList());
            case EMISSIONS -> emissions(card.environment());
            case MODEL_INDEX -> modelIndex(card);
        };
        return Optional.ofNullable(value);
    }

    private static Object read(Key key, ModelCard card) {
        return CATALOG.field(key.fields().get(0)).orElseThrow().read(card);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }

    /** An extra key's value as the card keeps it (JSON text), as YAML values. */
    static Optional<Object> extraValue(String key, ModelCard card) {
        for (ExtraField field : card.extras().metadata()) {
            if (field.key().equals(key)) {
                try {
                    return Optional.of(fromJson(JsonText.mapper().readTree(field.value())));
                } catch (java.io.IOException | RuntimeException e) {
                    return Optional.of(field.value());
                }
            }
        }
        return Optional.empty();
    }

    private static Object fromJson(JsonNode node) {
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(fromJson(item)));
            return items;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), fromJson(e.getValue())));
            return map;
        }
        if (node.isNull()) {
            return new YamlWriter.Raw("null");
        }
        if (node.isNumber() || node.isBoolean()) {
            return new YamlWriter.Raw(node.isBigDecimal() ? JsonText.plainText(node.decimalValue()) : node.asText());
        }
        return node.asText();
    }

    private static Object text(String value) {
        return value.isEmpty() ? null : value;
    }

    private static Object list(List<String> values) {
        return values.isEmpty() ? null : values;
    }

    /** A number as the card wrote it, unquoted when YAML reads it back as that same text. */
    static Object number(String value) {
        return Numbers.parse(value).isPresent() && value.strip().equals(value) && !value.contains(" ")
                ? new YamlWriter.Raw(value) : value;
    }

    private static Object emissions(Environment env) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "emissions", env.co2Grams().isEmpty() ? null : number(env.co2Grams()));
        put(map, "source", text(env.source()));
        put(map, "training_type", text(env.trainingType()));
        put(map, "geographical_location", text(env.region()));
        put(map, "hardware_used", text(env.hardware()));
        return map.isEmpty() ? null : map;
    }

    /**
     * The model-index: one entry for the card's own model (named after it) and one for each other
     * model the rows name, in order of first mention; consecutive rows about the same task, dataset
     * and source form one result with several metrics. Rows for a slice stay out: the Hub has no
     * slices, so they are written as a table in the body instead.
     */
    private static Object modelIndex(ModelCard card) {
        List<EvalResult> rows = card.evaluation().results().stream().filter(r -> r.slice().isEmpty()).toList();
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, List<EvalResult>> byModel = new LinkedHashMap<>();
        byModel.put("", new ArrayList<>());
        rows.forEach(row -> byModel.computeIfAbsent(row.model(), k -> new ArrayList<>()).add(row));
        List<Object> entries = new ArrayList<>();
        byModel.forEach((model, modelRows) -> {
            // the first entry is always the card's own model, even without results of its own, so that
            // the other models' rows are read back as theirs
            if (modelRows.isEmpty() && !model.isEmpty()) {
                return;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            String name = model.isEmpty() ? card.details().name() : model;
            if (!name.isEmpty()) {
                entry.put("name", name);
            }
            entry.put("results", results(modelRows));
            entries.add(entry);
        });
        return entries;
    }

    private static List<Object> results(List<EvalResult> rows) {
        List<Object> results = new ArrayList<>();
        List<Object> metrics = null;
        EvalResult group = null;
        for (EvalResult row : rows) {
            if (group == null || !sameResult(group, row)) {
                group = row;
                Map<String, Object> result = new LinkedHashMap<>();
                Map<String, Object> task = new LinkedHashMap<>();
                put(task, "type", text(row.taskType()));
                put(task, "name", text(row.taskName()));
                put(task, "args", structured(row.taskArgs()));
                result.put("task", task);
                Map<String, Object> dataset = new LinkedHashMap<>();
                put(dataset, "type", text(row.datasetType()));
                put(dataset, "name", text(row.datasetName()));
                put(dataset, "config", text(row.datasetConfig()));
                put(dataset, "split", text(row.datasetSplit()));
                put(dataset, "revision", text(row.datasetRevision()));
                put(dataset, "args", structured(row.datasetArgs()));
                result.put("dataset", dataset);
                metrics = new ArrayList<>();
                result.put("metrics", metrics);
                Map<String, Object> source = new LinkedHashMap<>();
                put(source, "name", text(row.sourceName()));
                put(source, "url", text(row.sourceUrl()));
                if (!source.isEmpty()) {
                    result.put("source", source);
                }
                results.add(result);
            }
            Map<String, Object> metric = new LinkedHashMap<>();
            put(metric, "type", text(row.metricType()));
            put(metric, "value", row.value().isEmpty() ? null : number(row.value()));
            put(metric, "name", text(row.metricName()));
            put(metric, "config", structured(row.metricConfig()));
            put(metric, "args", structured(row.metricArgs()));
            if (row.verified()) {
                metric.put("verified", new YamlWriter.Raw("true"));
            }
            put(metric, "verifyToken", text(row.verifyToken()));
            metrics.add(metric);
        }
        return results;
    }

    /** A column holding a YAML value as JSON text (a mapping or list) or as a plain string. */
    private static Object structured(String value) {
        if (value.isEmpty()) {
            return null;
        }
        if (value.startsWith("{") || value.startsWith("[")) {
            try {
                return fromJson(JsonText.mapper().readTree(value));
            } catch (java.io.IOException | RuntimeException e) {
                return value;
            }
        }
        return value;
    }

    private static boolean sameResult(EvalResult a, EvalResult b) {
        return a.model().equals(b.model()) && a.taskType().equals(b.taskType()) && a.taskName().equals(b.taskName())
                && a.taskArgs().equals(b.taskArgs())
                && a.datasetType().equals(b.datasetType()) && a.datasetName().equals(b.datasetName())
                && a.datasetConfig().equals(b.datasetConfig()) && a.datasetSplit().equals(b.datasetSplit())
                && a.datasetRevision().equals(b.datasetRevision()) && a.datasetArgs().equals(b.datasetArgs())
                && a.sourceName().equals(b.sourceName()) && a.sourceUrl().equals(b.sourceUrl());
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
