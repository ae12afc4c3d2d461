package org.modelcards.core.format.spdx;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where each card field goes in an SPDX 3.0.1 AI package, the one table the writer and its loss
 * report share: a field named here is written, a filled field that is not is a loss, with the reason
 * given below or the general one.
 */
final class SpdxFields {
    /** Fields written one-to-one into a property of their own (or a relationship, or an agent). */
    static final List<String> DIRECT = List.of(
            "details.name", "details.summary", "details.description", "details.version", "details.releaseDate",
            "details.developers", "details.sharers", "details.modelType", "details.architectureFamily",
            "details.architecture", "details.pipelineTag", "details.repositoryUrl", "details.paperUrl",
            "details.demoUrl", "details.citationBibtex", "details.citationApa",
            "license.id", "license.spdxId", "license.name", "license.link",
            "training.preprocessing", "training.hyperparameters", "environment.energyKwh",
            "metrics.decisionThresholds", "more.examination", "more.cardAuthors");

    /** Fields joined, each under its label, into {@code ai_informationAboutApplication}. */
    static final List<String> APPLICATION = List.of(
            "intendedUse.directUse", "intendedUse.downstreamUse", "intendedUse.primaryUsers",
            "intendedUse.outOfScope", "details.integration", "more.gettingStarted");

    /** Fields joined, each under its label, into {@code ai_informationAboutTraining}. */
    static final List<String> TRAINING = List.of(
            "training.procedure", "training.regime", "training.speedsSizesTimes", "training.hardware",
            "training.hours", "training.flops", "environment.hardware", "environment.hours",
            "environment.cloudProvider", "environment.region", "environment.co2Grams", "environment.source",
            "environment.trainingType", "environment.estimated");

    /** Fields joined, each under its label, into {@code ai_limitation}. */
    static final List<String> LIMITATION = List.of(
            "bias.limitations", "bias.biases", "bias.tradeoffs", "bias.recommendations");

    /** Tables written row by row, with the columns that have a place; other filled columns are losses. */
    static final Map<String, Set<String>> TABLES = Map.of(
            "data.training", Set.of("id", "name", "link", "description", "size", "provenance", "preprocessing",
                    "sensitiveData", "license"),
            "data.evaluation", Set.of("id", "name", "link", "description", "size", "provenance", "preprocessing",
                    "sensitiveData", "license"),
            "evaluation.results", Set.of("metricType", "metricName", "value", "datasetName", "datasetType",
                    "datasetSplit", "slice", "threshold", "model"));

    /** Why a field has no place, where there is more to say than that the profile has none. */
    static final Map<String, String> WHY_NOT = Map.of(
            "details.baseModels", "a base model would be a package of its own, linked by descendantOf, and SPDX "
                    + "requires a version, supplier and download location of every package",
            "details.parameterCount", "the AI profile has no parameter count",
            "details.funders", "SPDX links funding only as a URL (externalRef funding), not by name",
            "details.contact", "SPDX agents carry contacts as external identifiers of a person or organisation, "
                    + "and the card does not say whose contact this is",
            "details.languages", "the AI profile has no language of the model",
            "evaluation.results.ciLow", "an ai_metric entry is one value, with no confidence interval",
            "evaluation.results.ciHigh", "an ai_metric entry is one value, with no confidence interval",
            "extras.metadata", "metadata kept for other tools has no place in an SPDX document",
            "extras.sections", "sections the card does not model have no place in an SPDX document");

    /** Reason given for a filled field that has no place. */
    static final String NO_PLACE = "SPDX 3.0.1's AI and Dataset profiles have no place for it";

    private SpdxFields() {
    }

    /** Every field id this writer writes somewhere (tables included, whatever their columns). */
    static final Set<String> CARRIED = carried();

    private static Set<String> carried() {
        Set<String> ids = new LinkedHashSet<>();
        Stream.of(DIRECT, APPLICATION, TRAINING, LIMITATION).forEach(ids::addAll);
        ids.addAll(TABLES.keySet());
        return Set.copyOf(ids);
    }

    static String whyNot(String id) {
        return WHY_NOT.getOrDefault(id, NO_PLACE);
    }
}
