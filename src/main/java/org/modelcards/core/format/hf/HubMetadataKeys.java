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
 * The Hub metadata keys the card models, in the Hub's usual order, each with the fields it holds
 * and how to write it from a card. {@link MetadataReader} reads the same keys back.
 */
final class HubMetadataKeys {
    static final List<String> KEYS = List.of("license", "license_name", "license_link", "language", "library_name",
            "pipeline_tag", "tags", "datasets", "metrics", "base_model", "base_model_relation", "co2_eq_emissions",
            "model-index");

    private HubMetadataKeys() {
    }

    /** The fields whose values a key holds. */
    static List<String> fields(String key) {
        return switch (key) {
            case "license" -> List.of("license.id");
            case "license_name" -> List.of("license.name");
            case "license_link" -> List.of("license.link");
            case "language" -> List.of("details.languages");
            case "library_name" -> List.of("details.libraryName");
            case "pipeline_tag" -> List.of("details.pipelineTag");
            case "tags" -> List.of("details.tags");
            case "datasets" -> List.of("data.training");
            case "metrics" -> List.of("metrics.ids");
            case "base_model" -> List.of("details.baseModels");
            case "base_model_relation" -> List.of("details.baseModelRelation");
            case "co2_eq_emissions" -> List.of("environment.co2Grams", "environment.source", "environment.trainingType",
                    "environment.region", "environment.hardware");
            case "model-index" -> List.of("evaluation.results", "details.name");
            default -> List.of();
        };
    }

    /** The key that holds {@code fieldId} in the front matter, if any. */
    static Optional<String> keyOf(String fieldId) {
        return KEYS.stream().filter(k -> fields(k).contains(fieldId)).findFirst();
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
    static Optional<Object> value(String key, ModelCard card, boolean indexWithoutResults) {
        if (key.equals("model-index") && indexWithoutResults && card.evaluation().results().stream()
                .allMatch(r -> !r.slice().isEmpty())) {
            Map<String, Object> entry = new LinkedHashMap<>();
            if (!card.details().name().isEmpty()) {
                entry.put("name", card.details().name());
            }
            entry.put("results", List.of());
            return Optional.of(List.of(entry));
        }
        Object value = switch (key) {
            case "license" -> text(card.license().id());
            case "license_name" -> text(card.license().name());
            case "license_link" -> text(card.license().link());
            case "language" -> list(card.details().languages());
            case "library_name" -> text(card.details().libraryName());
            case "pipeline_tag" -> text(card.details().pipelineTag());
            case "tags" -> list(card.details().tags());
            case "datasets" -> list(card.data().training().stream().map(Dataset::id).filter(id -> !id.isBlank()).toList());
            case "metrics" -> list(card.metrics().ids());
            case "base_model" -> card.details().baseModels().size() == 1 ? text(card.details().baseModels().get(0))
                    : list(card.details().baseModels());
            case "base_model_relation" -> text(card.details().baseModelRelation());
            case "co2_eq_emissions" -> emissions(card.environment());
            case "model-index" -> modelIndex(card);
            default -> null;
        };
        return Optional.ofNullable(value);
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
            return new YamlWriter.Raw(node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText());
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
