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

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.modelcards.core.model.Considerations;
import org.modelcards.core.model.DataSources;
import org.modelcards.core.model.Dataset;
import org.modelcards.core.model.Details;
import org.modelcards.core.model.EthicalConsideration;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.Evaluation;
import org.modelcards.core.model.ExtraField;
import org.modelcards.core.model.IntendedUse;
import org.modelcards.core.model.Licensing;
import org.modelcards.core.model.Misuse;
import org.modelcards.core.model.MisuseRisk;
import org.modelcards.core.model.ModelCard;

/**
 * Turns an MCT 0.0.2 tree (0.0.1 files are migrated first) into a card. Keys and entries the card
 * has no place for are kept in {@code extras.unmapped} under their JSON Pointer in the 0.0.2 tree;
 * values of the wrong shape (an object where text belongs) are a {@link ShapeException}.
 */
final class MctReader {
    /** A value of the wrong shape, at a pointer; the caller turns the pointer into line:column. */
    static final class ShapeException extends Exception {
        private static final long serialVersionUID = 1L;
        final transient JsonPointer at;

        ShapeException(JsonPointer at, String message) {
            super(message);
            this.at = at;
        }
    }

    private static final JsonPointer ROOT = JsonPointer.empty();
    private final List<ExtraField> unmapped = new ArrayList<>();

    /** Reads {@code root}, with {@code kept} (what a migration could not place) first among the unknown keys. */
    ModelCard read(ObjectNode root, List<ExtraField> kept) throws ShapeException {
        unmapped.addAll(kept);
        ModelCard card = ModelCard.EMPTY;
        card = modelDetails(card, object(root, MctFields.MODEL_DETAILS, ROOT));
        card = modelParameters(card, object(root, MctFields.MODEL_PARAMETERS, ROOT));
        card = quantitativeAnalysis(card, object(root, MctFields.QUANTITATIVE_ANALYSIS, ROOT));
        card = considerations(card, object(root, MctFields.CONSIDERATIONS, ROOT));
        keepUnknown(root, ROOT, MctFields.TOP_LEVEL_KEYS);
        return card.withExtras(card.extras().withUnmapped(unmapped));
    }

    private ModelCard modelDetails(ModelCard card, ObjectNode node) throws ShapeException {
        if (node == null) {
            return card;
        }
        JsonPointer at = ROOT.appendProperty(MctFields.MODEL_DETAILS);
        Details d = card.details()
                .withName(text(node, "name", at))
                .withSummary(text(node, "overview", at))
                .withDescription(text(node, "documentation", at));
        List<String> developers = new ArrayList<>();
        Set<String> contacts = new LinkedHashSet<>();
        JsonPointer ownersAt = at.appendProperty("owners");
        List<JsonNode> owners = array(node, "owners", at);
        for (int i = 0; i < owners.size(); i++) {
            JsonPointer ownerAt = ownersAt.appendIndex(i);
            ObjectNode owner = element(owners.get(i), ownerAt);
            if (owner.hasNonNull("name")) {
                developers.add(text(owner, "name", ownerAt));
            }
            String contact = text(owner, "contact", ownerAt);
            if (!contact.isEmpty()) {
                contacts.add(contact);
            }
            keepUnknown(owner, ownerAt, List.of("name", "contact"));
        }
        d = d.withDevelopers(developers).withContact(String.join(", ", contacts));

        ObjectNode version = object(node, "version", at);
        if (version != null) {
            JsonPointer versionAt = at.appendProperty("version");
            d = d.withVersion(text(version, "name", versionAt)).withReleaseDate(text(version, "date", versionAt));
            keepUnknown(version, versionAt, List.of("name", "date"));
        }
        Licensing license = licenses(card.license(), node, at);
        d = references(d, node, at);
        d = citations(d, node, at);
        keepUnknown(node, at, List.of("name", "overview", "documentation", "owners", "version", "licenses",
                "references", "citations"));
        return card.withDetails(d).withLicense(license);
    }

    private Licensing licenses(Licensing license, ObjectNode details, JsonPointer detailsAt) throws ShapeException {
        Licensing result = license;
        JsonPointer at = detailsAt.appendProperty("licenses");
        List<JsonNode> licenses = array(details, "licenses", detailsAt);
        for (int i = 0; i < licenses.size(); i++) {
            JsonPointer entryAt = at.appendIndex(i);
            ObjectNode entry = element(licenses.get(i), entryAt);
            String identifier = text(entry, "identifier", entryAt);
            String custom = text(entry, "custom_text", entryAt);
            List<String> used = new ArrayList<>();
            if (!identifier.isEmpty() && result.spdxId().isEmpty()) {
                result = result.withSpdxId(identifier);
                used.add("identifier");
            }
            if (!custom.isEmpty() && result.name().isEmpty()) {
                result = result.withName(custom);
                used.add("custom_text");
            }
            keepUnknown(entry, entryAt, used);
        }
        return result;
    }

    private Details references(Details details, ObjectNode node, JsonPointer detailsAt) throws ShapeException {
        JsonPointer at = detailsAt.appendProperty("references");
        List<JsonNode> references = array(node, "references", detailsAt);
        List<String> links = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            JsonPointer entryAt = at.appendIndex(i);
            JsonNode entry = references.get(i);
            String link;
            if (entry.isObject()) {
                link = text((ObjectNode) entry, "reference", entryAt);
                keepUnknown((ObjectNode) entry, entryAt, List.of("reference"));
            } else {
                link = scalar(entry, entryAt);
            }
            if (!link.isEmpty()) {
                links.add(link);
                positions.add(i);
            }
        }
        List<References.Kind> kinds = References.assign(links);
        Details result = details;
        for (int i = 0; i < links.size(); i++) {
            References.Kind kind = kinds.get(i);
            String link = links.get(i);
            if (kind == null) {
                keep(at.appendIndex(positions.get(i)), references.get(positions.get(i)));
            } else {
                result = switch (kind) {
                    case REPOSITORY -> result.withRepositoryUrl(link);
                    case PAPER -> result.withPaperUrl(link);
                    case DEMO -> result.withDemoUrl(link);
                };
            }
        }
        return result;
    }

    private Details citations(Details details, ObjectNode node, JsonPointer detailsAt) throws ShapeException {
        JsonPointer at = detailsAt.appendProperty("citations");
        List<JsonNode> citations = array(node, "citations", detailsAt);
        Details result = details;
        for (int i = 0; i < citations.size(); i++) {
            JsonPointer entryAt = at.appendIndex(i);
            ObjectNode entry = element(citations.get(i), entryAt);
            String style = text(entry, "style", entryAt).strip().toLowerCase(Locale.ROOT);
            String citation = text(entry, "citation", entryAt);
            boolean bibtex = style.equals(BIBTEX.toLowerCase(Locale.ROOT))
                    || style.isEmpty() && citation.stripLeading().startsWith("@");
            boolean apa = style.equals(APA.toLowerCase(Locale.ROOT)) || style.isEmpty() && !bibtex;
            if (bibtex && result.citationBibtex().isEmpty() && !citation.isEmpty()) {
                result = result.withCitationBibtex(citation);
                keepUnknown(entry, entryAt, List.of("style", "citation"));
            } else if (apa && result.citationApa().isEmpty() && !citation.isEmpty()) {
                result = result.withCitationApa(citation);
                keepUnknown(entry, entryAt, List.of("style", "citation"));
            } else {
                keep(entryAt, entry);
            }
        }
        return result;
    }

    private ModelCard modelParameters(ModelCard card, ObjectNode node) throws ShapeException {
        if (node == null) {
            return card;
        }
        JsonPointer at = ROOT.appendProperty(MctFields.MODEL_PARAMETERS);
        Details d = card.details()
                .withArchitecture(text(node, "model_architecture", at))
                .withInputFormats(text(node, "input_format", at))
                .withOutputFormats(text(node, "output_format", at));
        List<Dataset> training = new ArrayList<>();
        List<Dataset> evaluation = new ArrayList<>();
        JsonPointer dataAt = at.appendProperty("data");
        List<JsonNode> data = array(node, "data", at);
        for (int i = 0; i < data.size(); i++) {
            JsonPointer rowAt = dataAt.appendIndex(i);
            ObjectNode row = element(data.get(i), rowAt);
            String description = text(row, "description", rowAt);
            boolean isEvaluation;
            if (description.startsWith(TRAINING) || description.startsWith(EVALUATION)) {
                isEvaluation = description.startsWith(EVALUATION);
                description = description.substring((isEvaluation ? EVALUATION : TRAINING).length());
                if (description.startsWith(PARAGRAPH)) {
                    description = description.substring(PARAGRAPH.length());
                }
            } else {
                isEvaluation = looksLikeEvaluation(text(row, "name", rowAt));
            }
            Dataset dataset = new Dataset(null, text(row, "name", rowAt), text(row, "link", rowAt), description,
                    null, null, null, sensitive(row, rowAt), null);
            (isEvaluation ? evaluation : training).add(dataset);
            keepUnknown(row, rowAt, List.of("name", "link", "description", "sensitive"));
        }
        keepUnknown(node, at, List.of("model_architecture", "input_format", "output_format", "data"));
        return card.withDetails(d).withData(new DataSources(training, evaluation));
    }

    /** A dataset from another tool says nothing of its role; its name may ("Validation Set", "test split"). */
    private static boolean looksLikeEvaluation(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return !n.contains("train") && (n.contains("eval") || n.contains("valid") || n.contains("test"));
    }

    /** MCT lists sensitive data as items; the card keeps one text. A 0.0.1 yes/no flag is kept as it was. */
    private String sensitive(ObjectNode row, JsonPointer rowAt) throws ShapeException {
        JsonNode node = row.get("sensitive");
        if (node == null || node.isNull()) {
            return "";
        }
        JsonPointer at = rowAt.appendProperty("sensitive");
        if (!node.isObject()) {
            keep(at, node);
            return "";
        }
        List<String> items = new ArrayList<>();
        JsonPointer itemsAt = at.appendProperty("sensitive_data");
        List<JsonNode> list = array((ObjectNode) node, "sensitive_data", at);
        for (int i = 0; i < list.size(); i++) {
            items.add(scalar(list.get(i), itemsAt.appendIndex(i)));
        }
        keepUnknown((ObjectNode) node, at, List.of("sensitive_data"));
        return String.join(", ", items);
    }

    private ModelCard quantitativeAnalysis(ModelCard card, ObjectNode node) throws ShapeException {
        if (node == null) {
            return card;
        }
        JsonPointer at = ROOT.appendProperty(MctFields.QUANTITATIVE_ANALYSIS);
        JsonPointer metricsAt = at.appendProperty("performance_metrics");
        List<JsonNode> metrics = array(node, "performance_metrics", at);
        List<EvalResult> results = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            JsonPointer rowAt = metricsAt.appendIndex(i);
            ObjectNode row = element(metrics.get(i), rowAt);
            String low = "";
            String high = "";
            ObjectNode interval = object(row, "confidence_interval", rowAt);
            if (interval != null) {
                JsonPointer intervalAt = rowAt.appendProperty("confidence_interval");
                low = text(interval, "lower_bound", intervalAt);
                high = text(interval, "upper_bound", intervalAt);
                keepUnknown(interval, intervalAt, List.of("lower_bound", "upper_bound"));
            }
            results.add(new EvalResult(null, null, null, null, null, null, null, text(row, "type", rowAt), null,
                    text(row, "value", rowAt), text(row, "slice", rowAt), low, high, text(row, "threshold", rowAt),
                    null, null, false));
            keepUnknown(row, rowAt, List.of("type", "value", "slice", "confidence_interval", "threshold"));
        }
        keepUnknown(node, at, List.of("performance_metrics"));
        return card.withEvaluation(card.evaluation().withResults(results));
    }

    private ModelCard considerations(ModelCard card, ObjectNode node) throws ShapeException {
        if (node == null) {
            return card;
        }
        JsonPointer at = ROOT.appendProperty(MctFields.CONSIDERATIONS);
        List<String> users = descriptions(node, "users", at);
        List<String> direct = new ArrayList<>();
        List<String> downstream = new ArrayList<>();
        List<String> outOfScope = new ArrayList<>();
        for (String useCase : descriptions(node, "use_cases", at)) {
            if (useCase.startsWith(OUT_OF_SCOPE)) {
                outOfScope.add(useCase.substring(OUT_OF_SCOPE.length()));
            } else if (useCase.startsWith(DOWNSTREAM)) {
                downstream.add(useCase.substring(DOWNSTREAM.length()));
            } else {
                direct.add(useCase);
            }
        }
        IntendedUse use = card.intendedUse()
                .withPrimaryUsers(users)
                .withDirectUse(String.join(PARAGRAPH, direct))
                .withDownstreamUse(String.join(PARAGRAPH, downstream))
                .withOutOfScope(outOfScope);
        List<String> limitations = new ArrayList<>();
        List<String> biases = new ArrayList<>();
        for (String limitation : descriptions(node, "limitations", at)) {
            if (limitation.startsWith(BIASES)) {
                biases.add(limitation.substring(BIASES.length()));
            } else {
                limitations.add(limitation);
            }
        }
        Considerations bias = card.bias()
                .withBiases(String.join(PARAGRAPH, biases))
                .withLimitations(String.join(PARAGRAPH, limitations))
                .withTradeoffs(String.join(PARAGRAPH, descriptions(node, "tradeoffs", at)));
        List<EthicalConsideration> ethical = new ArrayList<>();
        List<MisuseRisk> misuse = new ArrayList<>();
        JsonPointer risksAt = at.appendProperty("ethical_considerations");
        List<JsonNode> risks = array(node, "ethical_considerations", at);
        for (int i = 0; i < risks.size(); i++) {
            JsonPointer riskAt = risksAt.appendIndex(i);
            ObjectNode risk = element(risks.get(i), riskAt);
            String name = text(risk, "name", riskAt);
            String mitigation = text(risk, "mitigation_strategy", riskAt);
            if (name.startsWith(MISUSE)) {
                misuse.add(new MisuseRisk(name.substring(MISUSE.length()), null, mitigation));
            } else {
                ethical.add(new EthicalConsideration(name, mitigation));
            }
            keepUnknown(risk, riskAt, List.of("name", "mitigation_strategy"));
        }
        keepUnknown(node, at, List.of("users", "use_cases", "limitations", "tradeoffs", "ethical_considerations"));
        return card.withIntendedUse(use).withBias(bias.withEthical(ethical)).withMisuse(new Misuse(misuse));
    }

    /** The descriptions of a list of {@code {"description": …}} entries; an entry without one says nothing. */
    private List<String> descriptions(ObjectNode node, String key, JsonPointer at) throws ShapeException {
        JsonPointer listAt = at.appendProperty(key);
        List<String> texts = new ArrayList<>();
        List<JsonNode> entries = array(node, key, at);
        for (int i = 0; i < entries.size(); i++) {
            JsonPointer entryAt = listAt.appendIndex(i);
            ObjectNode entry = element(entries.get(i), entryAt);
            if (entry.hasNonNull("description")) {
                texts.add(text(entry, "description", entryAt));
            }
            keepUnknown(entry, entryAt, List.of("description"));
        }
        return texts;
    }

    // --- shapes

    private static ObjectNode object(ObjectNode parent, String key, JsonPointer parentAt) throws ShapeException {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new ShapeException(parentAt.appendProperty(key),
                    name(parentAt.appendProperty(key)) + " must be an object, not " + MctJson.describe(node));
        }
        return (ObjectNode) node;
    }

    private static List<JsonNode> array(ObjectNode parent, String key, JsonPointer parentAt) throws ShapeException {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new ShapeException(parentAt.appendProperty(key),
                    name(parentAt.appendProperty(key)) + " must be an array, not " + MctJson.describe(node));
        }
        List<JsonNode> elements = new ArrayList<>(node.size());
        node.forEach(elements::add);
        return elements;
    }

    private static ObjectNode element(JsonNode node, JsonPointer at) throws ShapeException {
        if (!node.isObject()) {
            throw new ShapeException(at, name(at) + " must be an object, not " + MctJson.describe(node));
        }
        return (ObjectNode) node;
    }

    /** The text of {@code key}, empty when it is absent or null. */
    private static String text(ObjectNode parent, String key, JsonPointer parentAt) throws ShapeException {
        JsonNode node = parent.get(key);
        return node == null || node.isNull() ? "" : scalar(node, parentAt.appendProperty(key));
    }

    /** A string as is; a number or boolean as its text ({@code 0.910} stays {@code 0.910}). */
    private static String scalar(JsonNode node, JsonPointer at) throws ShapeException {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return MctJson.numberText(node);
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isNull()) {
            return "";
        }
        throw new ShapeException(at, name(at) + " must be a string, not " + MctJson.describe(node));
    }

    /** A pointer as a reader would write the path: {@code /model_details/owners/0/name} → {@code model_details.owners[0].name}. */
    static String name(JsonPointer at) {
        StringBuilder name = new StringBuilder();
        for (JsonPointer p = at; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement() && p.getMatchingProperty().matches("[0-9]+")) {
                name.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                name.append(name.length() == 0 ? "" : ".").append(p.getMatchingProperty());
            }
        }
        return name.toString();
    }

    private void keepUnknown(ObjectNode node, JsonPointer at, List<String> known) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!known.contains(entry.getKey())) {
                keep(at.appendProperty(entry.getKey()), entry.getValue());
            }
        }
    }

    private void keep(JsonPointer at, JsonNode value) {
        unmapped.add(new ExtraField(at.toString(), MctJson.compact(value)));
    }
}
