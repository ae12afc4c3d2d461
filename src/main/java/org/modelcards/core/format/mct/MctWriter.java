package org.modelcards.core.format.mct;

import static org.modelcards.core.format.mct.MctFields.APA;
import static org.modelcards.core.format.mct.MctFields.BIASES;
import static org.modelcards.core.format.mct.MctFields.BIBTEX;
import static org.modelcards.core.format.mct.MctFields.DOWNSTREAM;
import static org.modelcards.core.format.mct.MctFields.EVALUATION;
import static org.modelcards.core.format.mct.MctFields.MISUSE;
import static org.modelcards.core.format.mct.MctFields.OUT_OF_SCOPE;
import static org.modelcards.core.format.mct.MctFields.PARAGRAPH;
import static org.modelcards.core.format.mct.MctFields.TRAINING;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.ShapeException;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.model.Dataset;
import org.modelcards.core.model.Details;
import org.modelcards.core.model.EthicalConsideration;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.IntendedUse;
import org.modelcards.core.model.MisuseRisk;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.model.Numbers;

/**
 * Builds the MCT 0.0.2 tree of a card, writing only keys the schema declares, in its order, and
 * only values of its formats; everything else becomes a {@link Loss}. Finally it reads its own output
 * back and reports any carried value that would not come back the same.
 */
final class MctWriter {
    private final FieldCatalog catalog;
    private final JsonNodeFactory nodes = JsonText.nodes();
    /** Value-level losses by field id or column key, in the order met. */
    private final Map<String, List<Loss>> valueLosses = new LinkedHashMap<>();

    MctWriter(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    WriteResult write(ModelCard card) {
        ObjectNode root = tree(card);
        List<Loss> losses = losses(card, root);
        return new WriteResult(JsonText.pretty(root), losses);
    }

    private ObjectNode tree(ModelCard card) {
        ObjectNode root = nodes.objectNode();
        root.put(MctFields.VERSION_KEY, MctFields.SCHEMA_VERSION);
        root.set(MctFields.MODEL_DETAILS, modelDetails(card));
        putIfAny(root, MctFields.MODEL_PARAMETERS, modelParameters(card));
        putIfAny(root, MctFields.QUANTITATIVE_ANALYSIS, quantitativeAnalysis(card));
        putIfAny(root, MctFields.CONSIDERATIONS, considerations(card));
        return root;
    }

    private ObjectNode modelDetails(ModelCard card) {
        Details d = card.details();
        ObjectNode node = nodes.objectNode();
        putText(node, "name", d.name());
        putText(node, "overview", d.summary());
        putText(node, "documentation", d.description());

        ArrayNode owners = nodes.arrayNode();
        for (String developer : d.developers()) {
            ObjectNode owner = owners.addObject().put("name", developer);
            if (owners.size() == 1) {
                putText(owner, "contact", d.contact());
            }
        }
        if (d.developers().isEmpty() && !d.contact().isEmpty()) {
            owners.addObject().put("contact", d.contact());
        }
        putIfAny(node, "owners", owners);

        ObjectNode version = nodes.objectNode();
        putText(version, "name", d.version());
        if (valid("details.releaseDate", d.releaseDate(), MctValues.isDate(d.releaseDate()),
                "is not a date written YYYY-MM-DD, which MCT's version.date requires (format: date)")) {
            version.put("date", d.releaseDate());
        }
        putIfAny(node, "version", version);

        ArrayNode licenses = nodes.arrayNode();
        if (!card.license().spdxId().isEmpty()) {
            licenses.addObject().put("identifier", card.license().spdxId());
        }
        if (!card.license().name().isEmpty()) {
            licenses.addObject().put("custom_text", card.license().name());
        }
        putIfAny(node, "licenses", licenses);

        references(node, d);

        ArrayNode citations = nodes.arrayNode();
        if (!d.citationBibtex().isEmpty()) {
            citations.addObject().put("style", BIBTEX).put("citation", d.citationBibtex());
        }
        if (!d.citationApa().isEmpty()) {
            citations.addObject().put("style", APA).put("citation", d.citationApa());
        }
        putIfAny(node, "citations", citations);
        return node;
    }

    /** The repository, paper and demo links, in that order; a link the reader would take for another kind is a loss. */
    private void references(ObjectNode details, Details d) {
        List<String> ids = new ArrayList<>();
        List<String> links = new ArrayList<>();
        List<References.Kind> kinds = new ArrayList<>();
        String[][] slots = {{"details.repositoryUrl", d.repositoryUrl()}, {"details.paperUrl", d.paperUrl()},
            {"details.demoUrl", d.demoUrl()}};
        for (int i = 0; i < slots.length; i++) {
            String id = slots[i][0];
            String link = slots[i][1];
            if (valid(id, link, MctValues.isUri(link),
                    "is not an absolute URI, which MCT's reference requires (format: uri)")) {
                ids.add(id);
                links.add(link);
                kinds.add(References.Kind.values()[i]);
            }
        }
        ArrayNode references = nodes.arrayNode();
        links.forEach(link -> references.addObject().put("reference", link));
        putIfAny(details, "references", references);
        List<References.Kind> readAs = References.assign(links);
        for (int i = 0; i < links.size(); i++) {
            if (readAs.get(i) != kinds.get(i)) {
                lose(ids.get(i), quote(links.get(i)) + " is written, but MCT references are links without a kind "
                        + "and this one would read back as the " + readAs.get(i).name().toLowerCase(Locale.ROOT)
                        + " link");
            }
        }
    }

    private ObjectNode modelParameters(ModelCard card) {
        ObjectNode node = nodes.objectNode();
        putText(node, "model_architecture", card.details().architecture());
        ArrayNode data = nodes.arrayNode();
        List<Dataset> training = card.data().training();
        for (int i = 0; i < training.size(); i++) {
            data.add(dataset(training.get(i), i, "data.training", TRAINING));
        }
        List<Dataset> evaluation = card.data().evaluation();
        for (int i = 0; i < evaluation.size(); i++) {
            data.add(dataset(evaluation.get(i), i, "data.evaluation", EVALUATION));
        }
        putIfAny(node, "data", data);
        putText(node, "input_format", card.details().inputFormats());
        putText(node, "output_format", card.details().outputFormats());
        return node;
    }

    private ObjectNode dataset(Dataset dataset, int row, String tableId, String role) {
        ObjectNode node = nodes.objectNode();
        putText(node, "name", dataset.name());
        if (valid(tableId + ".link", dataset.link(), MctValues.isUri(dataset.link()),
                "(row " + (row + 1) + ") is not an absolute URI, which MCT's dataset link requires (format: uri)")) {
            node.put("link", dataset.link());
        }
        if (!dataset.sensitiveData().isEmpty()) {
            node.putObject("sensitive").putArray("sensitive_data").add(dataset.sensitiveData());
        }
        node.put("description", dataset.description().isEmpty() ? role : role + PARAGRAPH + dataset.description());
        return node;
    }

    private ObjectNode quantitativeAnalysis(ModelCard card) {
        ObjectNode node = nodes.objectNode();
        ArrayNode metrics = nodes.arrayNode();
        List<EvalResult> results = card.evaluation().results();
        for (int i = 0; i < results.size(); i++) {
            EvalResult result = results.get(i);
            ObjectNode metric = metrics.addObject();
            putText(metric, "type", result.metricType());
            number(result.value(), i).ifPresent(value -> metric.put("value", value));
            putText(metric, "slice", result.slice());
        }
        putIfAny(node, "performance_metrics", metrics);
        return node;
    }

    /** A metric value as the JSON number MCT requires; text that is no number, or not as written, is a loss. */
    private Optional<BigDecimal> number(String value, int row) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        Optional<BigDecimal> number = Numbers.parse(value).filter(JsonText::fitsPlain);
        if (number.isEmpty()) {
            lose("evaluation.results.value", quote(value) + " (row " + (row + 1) + ") is "
                    + (Numbers.isOutOfRange(value) ? "out of range" : "not a number") + ", which MCT's "
                    + "performance metric value requires");
        } else if (!Numbers.isPlainDecimal(value)) {
            lose("evaluation.results.value", quote(value) + " (row " + (row + 1) + ") is written as the number "
                    + number.get().toPlainString() + "; MCT keeps numbers, not how they were written");
        }
        return number;
    }

    private ObjectNode considerations(ModelCard card) {
        ObjectNode node = nodes.objectNode();
        IntendedUse use = card.intendedUse();
        ArrayNode users = nodes.arrayNode();
        use.primaryUsers().forEach(user -> users.addObject().put("description", user));
        putIfAny(node, "users", users);

        ArrayNode useCases = nodes.arrayNode();
        if (!use.directUse().isEmpty()) {
            useCases.addObject().put("description", use.directUse());
        }
        if (!use.downstreamUse().isEmpty()) {
            useCases.addObject().put("description", DOWNSTREAM + use.downstreamUse());
        }
        use.outOfScope().forEach(item -> useCases.addObject().put("description", OUT_OF_SCOPE + item));
        putIfAny(node, "use_cases", useCases);

        ArrayNode limitations = nodes.arrayNode();
        if (!card.bias().limitations().isEmpty()) {
            limitations.addObject().put("description", card.bias().limitations());
        }
        if (!card.bias().biases().isEmpty()) {
            limitations.addObject().put("description", BIASES + card.bias().biases());
        }
        putIfAny(node, "limitations", limitations);
        ArrayNode tradeoffs = nodes.arrayNode();
        if (!card.bias().tradeoffs().isEmpty()) {
            tradeoffs.addObject().put("description", card.bias().tradeoffs());
        }
        putIfAny(node, "tradeoffs", tradeoffs);

        ArrayNode risks = nodes.arrayNode();
        for (EthicalConsideration ethical : card.bias().ethical()) {
            ObjectNode risk = risks.addObject();
            putText(risk, "name", ethical.name());
            putText(risk, "mitigation_strategy", ethical.mitigation());
        }
        for (MisuseRisk misuse : card.misuse().risks()) {
            ObjectNode risk = risks.addObject().put("name", MISUSE + misuse.risk());
            putText(risk, "mitigation_strategy", misuse.mitigation());
        }
        putIfAny(node, "ethical_considerations", risks);
        return node;
    }

    // --- losses

    /**
     * Every field the card fills that MCT does not carry, every carried value MCT cannot hold, and
     * every carried value that would read back differently; in catalogue order.
     */
    private List<Loss> losses(ModelCard card, ObjectNode root) {
        Map<String, String> readsBackAs = readBackDifferences(card, root);
        List<Loss> losses = new ArrayList<>();
        for (CardField field : catalog.fields()) {
            if (!MctFields.carriesAnyOf(field)) {
                if (!field.isEmpty(card)) {
                    losses.add(new Loss(field.id(), MctFields.whyNot(field.id())));
                }
                continue;
            }
            if (field.table().isEmpty()) {
                collect(field.id(), readsBackAs, losses);
                continue;
            }
            List<?> rows = (List<?>) field.read(card);
            for (Column column : field.table().get().columns()) {
                if (MctFields.carries(column)) {
                    collect(column.textKey(), readsBackAs, losses);
                } else if (rows.stream().anyMatch(row -> !column.isEmpty(row))) {
                    losses.add(new Loss(column.textKey(), MctFields.whyNot(column.textKey())));
                }
            }
        }
        if (!card.extras().unmapped().isEmpty()) {
            losses.add(new Loss(MctFields.UNMAPPED, MctFields.whyNot(MctFields.UNMAPPED) + ": "
                    + String.join(", ", card.extras().unmapped().stream().map(e -> e.key()).toList())));
        }
        return losses;
    }

    private void collect(String id, Map<String, String> readsBackAs, List<Loss> losses) {
        List<Loss> found = valueLosses.getOrDefault(id, List.of());
        losses.addAll(found);
        if (found.isEmpty() && readsBackAs.containsKey(id)) {
            losses.add(new Loss(id, "MCT has no way to mark this value so that it reads back the same; it would read "
                    + "back as " + readsBackAs.get(id)));
        }
    }

    /** The carried fields whose value the written tree would not give back, with what it would give instead. */
    private Map<String, String> readBackDifferences(ModelCard card, ObjectNode root) {
        ModelCard readBack;
        try {
            readBack = new MctReader().read(root, List.of());
        } catch (ShapeException e) {
            throw new IllegalStateException("the writer's own output has the wrong shape at " + e.at(), e);
        }
        return Projection.differences(catalog, card, readBack);
    }

    /** Whether a carried value can be written; a non-blank one that cannot is a loss, saying why. */
    private boolean valid(String id, String value, boolean valid, String why) {
        if (value.isEmpty()) {
            return false;
        }
        if (!valid && !value.isBlank()) {
            lose(id, quote(value) + " " + why);
        }
        return valid;
    }

    private void lose(String id, String reason) {
        valueLosses.computeIfAbsent(id, k -> new ArrayList<>()).add(new Loss(id, reason));
    }

    static String quote(String value) {
        String shown = value.codePointCount(0, value.length()) > 60
                ? value.substring(0, value.offsetByCodePoints(0, 57)) + "..." : value;
        return "\"" + shown.replace("\n", "\\n") + "\"";
    }

    private static void putText(ObjectNode node, String key, String value) {
        if (!value.isEmpty()) {
            node.put(key, value);
        }
    }

    private static void putIfAny(ObjectNode node, String key, com.fasterxml.jackson.databind.JsonNode value) {
        if (value.size() > 0) {
            node.set(key, value);
        }
    }
}
