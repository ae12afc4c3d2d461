package org.modelcards.core.format.spdx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.SpdxLicenceIds;
import org.modelcards.core.model.Dataset;
import org.modelcards.core.model.Details;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.Licensing;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.model.Numbers;

/**
 * One card into one SPDX 3.0.1 document, collecting what could not be carried. Single use: make one
 * per card.
 */
final class SpdxWriter {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NO_SENSITIVE = Pattern.compile("(?i)\\s*(?:none|no|n/a|not applicable|no sensitive data)\\.?\\s*");

    private final FieldCatalog catalog;
    private final CatalogTexts texts;
    private final List<Loss> losses = new ArrayList<>();
    private final List<String> unmet = new ArrayList<>();
    private SpdxGraph graph;

    SpdxWriter(FieldCatalog catalog, CatalogTexts texts) {
        this.catalog = catalog;
        this.texts = texts;
    }

    /** The document for {@code card}, made at {@code created} (an SPDX date-time, e.g. 2026-12-04T10:00:00Z). */
    ObjectNode write(ModelCard card, String created) {
        Details d = card.details();
        graph = new SpdxGraph(namespace(card), created);
        ObjectNode model = graph.element("ai_AIPackage", "AIPackage");
        String modelId = model.get("spdxId").asText();
        SpdxValues.put(model, "name", d.name());
        SpdxValues.put(model, "summary", d.summary());
        SpdxValues.put(model, "description", d.description());
        required(model, "software_packageVersion", d.version(), "details.version", "packageVersion");
        releaseTime(model, d.releaseDate());
        List<String> developers = d.developers().stream().map(graph::agent).toList();
        if (!developers.isEmpty()) {
            model.putArray("originatedBy").addAll(developers.stream().map(model::textNode).toList());
        }
        supplier(model, d);
        required(model, "software_downloadLocation", url(d.repositoryUrl(), "details.repositoryUrl"),
                "details.repositoryUrl", "downloadLocation");
        model.put("software_primaryPurpose", "model");
        externalRefs(model, card);
        SpdxValues.strings(model, "software_attributionText", d.citationBibtex(), d.citationApa());
        SpdxValues.strings(model, "ai_typeOfModel", d.modelType(), d.architectureFamily(), d.architecture());
        SpdxValues.strings(model, "ai_domain", d.pipelineTag());
        SpdxValues.put(model, "ai_informationAboutApplication", labelled(card, SpdxFields.APPLICATION));
        SpdxValues.put(model, "ai_informationAboutTraining", labelled(card, SpdxFields.TRAINING));
        SpdxValues.put(model, "ai_limitation", labelled(card, SpdxFields.LIMITATION));
        SpdxValues.strings(model, "ai_modelDataPreprocessing", card.training().preprocessing());
        SpdxValues.strings(model, "ai_modelExplainability", card.more().examination());
        SpdxValues.entries(model, "ai_hyperparameter", SpdxValues.hyperparameters(card.training().hyperparameters()));
        metrics(model, card.evaluation().results(), card.metrics().decisionThresholds());
        energy(model, card.environment().energyKwh());
        sensitive(model, card);
        licences(modelId, card.license());
        datasets(modelId, "trainedOn", "TrainingData", card.data().training());
        datasets(modelId, "testedOn", "EvaluationData", card.data().evaluation());
        creators(card, developers);
        graph.createdUsing(SpdxFormat.TOOL);
        document(card, modelId);
        notCarried(card);
        return graph.document();
    }

    /** What could not be carried, then what the AI profile requires and the card does not give. */
    List<Loss> losses() {
        return List.copyOf(losses);
    }

    /** Whether the document meets the AI profile's requirements on the model package. */
    boolean conformsToAiProfile() {
        return unmet.isEmpty();
    }

    // --- the model package

    private void releaseTime(ObjectNode model, String date) {
        if (DATE.matcher(date).matches()) {
            model.put("releaseTime", date + "T00:00:00Z");
        } else if (date.isEmpty()) {
            requirementUnmet("details.releaseDate", "releaseTime");
        } else {
            unmet.add("releaseTime");
            losses.add(new Loss("details.releaseDate", SpdxValues.quote(date) + " is not a YYYY-MM-DD date, which SPDX's "
                    + "releaseTime needs: the document does not claim the AI profile until it is one"));
        }
    }

    /** The supplier: the one who shares the model, else its first developer. */
    private void supplier(ObjectNode model, Details d) {
        List<String> candidates = d.sharers().isEmpty() ? d.developers() : d.sharers();
        if (candidates.isEmpty()) {
            requirementUnmet("details.sharers", "suppliedBy");
            return;
        }
        model.put("suppliedBy", graph.agent(candidates.get(0)));
        if (d.sharers().size() > 1) {
            losses.add(new Loss("details.sharers", "SPDX has one supplier; " + String.join(", ",
                    d.sharers().subList(1, d.sharers().size())) + " not written"));
        }
    }

    private void externalRefs(ObjectNode model, ModelCard card) {
        ArrayNode refs = model.arrayNode();
        ref(refs, "vcs", "Repository", url(card.details().repositoryUrl(), null));
        ref(refs, "documentation", "Paper", url(card.details().paperUrl(), "details.paperUrl"));
        ref(refs, "other", "Demo", url(card.details().demoUrl(), "details.demoUrl"));
        ref(refs, "license", "Licence", url(card.license().link(), "license.link"));
        if (!refs.isEmpty()) {
            model.set("externalRef", refs);
        }
    }

    private static void ref(ArrayNode refs, String type, String comment, String locator) {
        if (!locator.isEmpty()) {
            ObjectNode ref = refs.addObject();
            ref.put("type", "ExternalRef");
            ref.put("externalRefType", type);
            ref.putArray("locator").add(locator);
            ref.put("comment", comment);
        }
    }

    /** {@code value} when it is an absolute URI, else nothing (a loss, for a field given). */
    private String url(String value, String fieldId) {
        if (value.isEmpty() || org.modelcards.core.format.Rfc3986.isUri(value)) {
            return value;
        }
        if (fieldId != null) {
            losses.add(new Loss(fieldId, SpdxValues.quote(value) + " is not an absolute URI, which SPDX's locators need"));
        }
        return "";
    }

    private void metrics(ObjectNode model, List<EvalResult> results, String thresholds) {
        List<String[]> metrics = new ArrayList<>();
        List<String[]> decisions = new ArrayList<>();
        for (EvalResult r : results) {
            String key = SpdxValues.metricKey(r);
            if (!r.value().isEmpty()) {
                metrics.add(new String[] {key, r.value()});
            }
            if (!r.threshold().isEmpty()) {
                decisions.add(new String[] {key, r.threshold()});
            }
        }
        if (!thresholds.isBlank()) {
            decisions.add(new String[] {texts.label("metrics.decisionThresholds"), thresholds.strip()});
        }
        SpdxValues.entries(model, "ai_metric", metrics);
        SpdxValues.entries(model, "ai_metricDecisionThreshold", decisions);
    }

    private void energy(ObjectNode model, String kwh) {
        if (kwh.isEmpty()) {
            return;
        }
        Optional<BigDecimal> number = Numbers.parse(kwh);
        if (number.isEmpty() || number.get().signum() < 0) {
            losses.add(new Loss("environment.energyKwh", SpdxValues.quote(kwh) + " is not a number of kilowatt-hours"));
            return;
        }
        ObjectNode training = model.putObject("ai_energyConsumption");
        training.put("type", "ai_EnergyConsumption");
        ObjectNode description = training.putArray("ai_trainingEnergyConsumption").addObject();
        description.put("type", "ai_EnergyConsumptionDescription");
        description.put("ai_energyQuantity", number.get());
        description.put("ai_energyUnit", "kilowattHour");
    }

    /** Personal information: "yes" when a dataset names sensitive data, "no" when every dataset says it has none. */
    private static void sensitive(ObjectNode model, ModelCard card) {
        List<Dataset> all = new ArrayList<>(card.data().training());
        all.addAll(card.data().evaluation());
        List<String> stated = all.stream().map(Dataset::sensitiveData).filter(s -> !s.isBlank()).toList();
        if (stated.isEmpty()) {
            return;
        }
        boolean none = stated.size() == all.size() && stated.stream().allMatch(s -> NO_SENSITIVE.matcher(s).matches());
        model.put("ai_useSensitivePersonalInformation", none ? "no" : stated.stream()
                .anyMatch(s -> !NO_SENSITIVE.matcher(s).matches()) ? "yes" : "noAssertion");
    }

    // --- licences, datasets, the document

    /**
     * The declared licence, as the card states it; the concluded one is NoAssertion, since whoever
     * exports a card has not analysed the model's licence independently.
     */
    private void licences(String packageId, Licensing l) {
        graph.relate(packageId, "hasDeclaredLicense", List.of(licence(l.spdxId(), l.id(), l.name(), "license")));
        graph.relate(packageId, "hasConcludedLicense", List.of(SpdxFormat.NO_ASSERTION_LICENSE));
    }

    /** A licence expression element for an SPDX id, a Hub id that stands for one, or a named licence; NoAssertion for none. */
    private String licence(String spdxId, String hubId, String name, String fieldId) {
        Optional<String> expression = SpdxLicenceIds.isSpdx(spdxId) ? Optional.of(spdxId)
                : SpdxLicenceIds.spdxForHubId(hubId);
        if (!spdxId.isEmpty() && !SpdxLicenceIds.isSpdx(spdxId)) {
            losses.add(new Loss(fieldId + (fieldId.equals("license") ? ".spdxId" : ""), SpdxValues.quote(spdxId)
                    + " is not an SPDX licence id (they are case-sensitive, e.g. Apache-2.0)"));
        }
        String named = !name.isEmpty() ? name : hubId;
        if (expression.isEmpty() && named.isEmpty()) {
            return SpdxFormat.NO_ASSERTION_LICENSE;
        }
        ObjectNode licence = graph.element("simplelicensing_LicenseExpression", "Licence");
        if (expression.isPresent()) {
            licence.put("simplelicensing_licenseExpression", expression.get());
        } else {
            // a licence SPDX does not list is a LicenseRef-, named in the element's name
            licence.put("simplelicensing_licenseExpression", "LicenseRef-" + SpdxValues.idPart(named));
            licence.put("name", named);
        }
        return licence.get("spdxId").asText();
    }

    private void datasets(String modelId, String relationship, String stem, List<Dataset> datasets) {
        List<String> ids = new ArrayList<>();
        for (Dataset data : datasets) {
            ObjectNode set = graph.element("dataset_DatasetPackage", stem);
            String setId = set.get("spdxId").asText();
            ids.add(setId);
            SpdxValues.put(set, "name", data.name().isEmpty() ? data.id() : data.name());
            if (!data.id().isEmpty() && !data.name().isEmpty()) {
                ObjectNode hubId = set.putArray("externalIdentifier").addObject();
                hubId.put("type", "ExternalIdentifier");
                hubId.put("externalIdentifierType", "other");
                hubId.put("identifier", data.id());
                hubId.put("issuingAuthority", "Hugging Face Hub");
            }
            SpdxValues.put(set, "description", data.description());
            SpdxValues.put(set, "software_downloadLocation", url(data.link(), null));
            set.put("software_primaryPurpose", "data");
            set.putArray("dataset_datasetType").add("noAssertion");
            size(set, data.size());
            SpdxValues.put(set, "dataset_dataCollectionProcess", data.provenance());
            SpdxValues.strings(set, "dataset_dataPreprocessing", data.preprocessing());
            if (!data.sensitiveData().isBlank()) {
                boolean none = NO_SENSITIVE.matcher(data.sensitiveData()).matches();
                set.put("dataset_hasSensitivePersonalInformation", none ? "no" : "yes");
                if (!none) {
                    set.put("comment", texts.label("data.training.sensitiveData") + ": " + data.sensitiveData());
                }
            }
            if (!data.license().isEmpty()) {
                graph.relate(setId, "hasDeclaredLicense", List.of(licence("", data.license(), "", "data.license")));
            }
        }
        if (!ids.isEmpty()) {
            graph.relate(modelId, relationship, ids);
        }
    }

    /** A size that is a whole number of data points goes in datasetSize; "1.2M rows" stays in the description. */
    private static void size(ObjectNode set, String size) {
        if (size.matches("[0-9]{1,18}")) {
            set.put("dataset_datasetSize", Long.parseLong(size));
        } else if (!size.isEmpty()) {
            String description = set.path("description").asText("");
            set.put("description", (description.isEmpty() ? "" : description + "\n\n") + "Size: " + size);
        }
    }

    /** Who made the document: the card's authors, else its developers; a tool is never the only creator. */
    private void creators(ModelCard card, List<String> developers) {
        card.more().cardAuthors().stream().map(graph::agent).forEach(graph::createdBy);
        if (!graph.hasCreator()) {
            developers.forEach(graph::createdBy);
        }
        if (!graph.hasCreator()) {
            graph.createdBy(graph.agent("unnamed author of the model card"));
        }
    }

    private void document(ModelCard card, String modelId) {
        List<String> elements = graph.ids();
        ObjectNode doc = graph.element("SpdxDocument", "SpdxDocument");
        String name = card.details().name();
        doc.put("name", name.isEmpty() ? "SPDX document of a model card" : "SPDX document of " + name);
        doc.put("dataLicense", SpdxFormat.DATA_LICENSE);
        ArrayNode profiles = doc.putArray("profileConformance");
        profiles.add("core").add("software").add("simpleLicensing");
        if (conformsToAiProfile()) {
            profiles.add("ai");
        }
        doc.putArray("rootElement").add(modelId);
        ArrayNode listed = doc.putArray("element");
        elements.forEach(listed::add);
    }

    // --- losses

    private void requirementUnmet(String fieldId, String property) {
        unmet.add(property);
        losses.add(new Loss(fieldId, "empty, and SPDX 3.0.1's AI profile requires the model's " + property
                + ": the document does not claim the AI profile until it is filled"));
    }

    private void notCarried(ModelCard card) {
        for (CardField field : catalog.fields()) {
            if (field.isEmpty(card)) {
                continue;
            }
            if (!SpdxFields.CARRIED.contains(field.id())) {
                losses.add(new Loss(field.id(), SpdxFields.whyNot(field.id())));
            } else if (SpdxFields.TABLES.containsKey(field.id()) && field.table().isPresent()) {
                List<?> rows = (List<?>) field.read(card);
                for (Column column : field.table().get().columns()) {
                    if (!SpdxFields.TABLES.get(field.id()).contains(column.id())
                            && rows.stream().anyMatch(row -> !column.isEmpty(row))) {
                        losses.add(new Loss(column.textKey(), SpdxFields.whyNot(column.textKey())));
                    }
                }
            }
        }
    }

    // --- values

    /** The fields' values, each under its label as a paragraph, in the order given. */
    private String labelled(ModelCard card, List<String> fieldIds) {
        List<String> parts = new ArrayList<>();
        for (String id : fieldIds) {
            CardField field = catalog.require(id);
            if (field.isEmpty(card)) {
                continue;
            }
            Object value = field.read(card);
            String text = value instanceof List<?> list
                    ? String.join("\n", list.stream().map(item -> "- " + item).toList())
                    : value instanceof Boolean yes ? (yes ? "yes" : "no") : String.valueOf(value).strip();
            parts.add(texts.label(id) + ":\n" + text);
        }
        return String.join("\n\n", parts);
    }

    private void required(ObjectNode node, String property, String value, String fieldId, String name) {
        if (value.isEmpty()) {
            requirementUnmet(fieldId, name);
        } else {
            node.put(property, value);
        }
    }

    /** A namespace unique to this model and version and stable across exports of it. */
    private static String namespace(ModelCard card) {
        String name = card.details().name();
        UUID id = UUID.nameUUIDFromBytes((name + "\n" + card.details().version()).getBytes(StandardCharsets.UTF_8));
        return "urn:modelcard:" + (name.isEmpty() ? "model" : SpdxValues.idPart(name)) + ":" + id + ":";
    }
}
