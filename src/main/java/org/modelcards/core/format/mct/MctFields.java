package org.modelcards.core.format.mct;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.Column;

/**
 * The one place that says what the MCT format carries: the card fields and table columns it writes
 * and reads back, why each other field is lost, the MCT 0.0.2 keys it writes, and the markers that
 * let a card's distinctions survive MCT's plainer structure.
 */
final class MctFields {
    /** The schema version written; {@link #V0_0_1} is read and migrated. */
    static final String SCHEMA_VERSION = "0.0.2";
    static final String V0_0_1 = "0.0.1";
    static final String VERSION_KEY = "schema_version";

    static final String MODEL_DETAILS = "model_details";
    static final String MODEL_PARAMETERS = "model_parameters";
    static final String QUANTITATIVE_ANALYSIS = "quantitative_analysis";
    static final String CONSIDERATIONS = "considerations";
    /** The top-level keys of MCT 0.0.2 (the schema allows no others). */
    static final List<String> TOP_LEVEL_KEYS = List.of(VERSION_KEY, MODEL_DETAILS, MODEL_PARAMETERS,
            QUANTITATIVE_ANALYSIS, CONSIDERATIONS);

    /**
     * A use case with this prefix is an out-of-scope use. MCT 0.0.2 has no field for them; its field
     * guide says out-of-scope applications may be included among the use cases.
     */
    static final String OUT_OF_SCOPE = "Out of scope: ";
    /** A use case with this prefix is the card's downstream use; an unmarked one is its direct use. */
    static final String DOWNSTREAM = "Downstream use: ";
    /** A limitation with this prefix is the card's account of biases; MCT has no field of its own for them. */
    static final String BIASES = "Biases: ";
    /**
     * An ethical consideration whose name has this prefix is a misuse risk (the card keeps them apart
     * from its ethical considerations; MCT's "ethical risks involved in the application" cover both).
     */
    static final String MISUSE = "Misuse: ";
    /**
     * How a dataset's description starts, so that MCT's single list of datasets reads back as the
     * card's training and evaluation data; the schema describes the field as the place to say
     * "whether it's used for training, testing, or validation".
     */
    static final String TRAINING = "Used for training.";
    static final String EVALUATION = "Used for evaluation.";
    /** Separates a dataset's role marker from its description. */
    static final String PARAGRAPH = "\n\n";
    static final String BIBTEX = "BibTeX";
    static final String APA = "APA";
    /** The key under which unknown keys of the source file are kept; not a catalogue field. */
    static final String UNMAPPED = "extras.unmapped";

    /** Card fields (ids) and table columns (table id + "." + column id) this format writes and reads back. */
    static final Set<String> CARRIED = Set.of(
            "details.name", "details.summary", "details.description", "details.version", "details.releaseDate",
            "details.developers", "details.contact", "details.architecture", "details.inputFormats",
            "details.outputFormats", "details.repositoryUrl", "details.paperUrl", "details.demoUrl",
            "details.citationBibtex", "details.citationApa",
            "license.spdxId", "license.name",
            "intendedUse.directUse", "intendedUse.downstreamUse", "intendedUse.primaryUsers", "intendedUse.outOfScope",
            "misuse.risks.risk", "misuse.risks.mitigation",
            "bias.biases", "bias.limitations", "bias.tradeoffs", "bias.ethical.name", "bias.ethical.mitigation",
            "data.training.name", "data.training.link", "data.training.description", "data.training.sensitiveData",
            "data.evaluation.name", "data.evaluation.link", "data.evaluation.description",
            "data.evaluation.sensitiveData",
            "evaluation.results.metricType", "evaluation.results.value", "evaluation.results.slice");

    private static final String NO_FIELD = "the Model Card Toolkit schema 0.0.2 has no field for it";
    private static final String DATASET = "MCT datasets have only a name, link, description and sensitive data";
    private static final String METRIC = "MCT performance metrics have only a type, value and slice";

    /** Why a field or column is not carried, where there is more to say than {@link #NO_FIELD}. */
    private static final Map<String, String> WHY_NOT = Map.ofEntries(
            Map.entry("details.funders", "MCT owners are the model's developers; funders have no place"),
            Map.entry("details.sharers", "MCT owners are the model's developers; sharers have no place"),
            Map.entry("details.modelType", "MCT has no model type; model_architecture carries details.architecture"),
            Map.entry("details.architectureFamily",
                    "MCT has no architecture family; model_architecture carries details.architecture"),
            Map.entry("license.id", "MCT licences are an SPDX identifier (written from license.spdxId) or custom text "
                    + "(written from license.name); the Hugging Face licence id has no place"),
            Map.entry("license.link", "MCT licences have no link"),
            Map.entry("misuse.risks.harmed", "misuse risks are written as MCT ethical considerations, which have a "
                    + "name and a mitigation strategy but no place for who is harmed"),
            Map.entry("bias.recommendations", "MCT considerations have no recommendations"),
            Map.entry("bias.fairness", "MCT has no fairness assessment"),
            Map.entry("data.training.id", DATASET),
            Map.entry("data.training.size", DATASET),
            Map.entry("data.training.provenance", DATASET),
            Map.entry("data.training.preprocessing", DATASET),
            Map.entry("data.training.license", DATASET),
            Map.entry("data.evaluation.id", DATASET),
            Map.entry("data.evaluation.size", DATASET),
            Map.entry("data.evaluation.provenance", DATASET),
            Map.entry("data.evaluation.preprocessing", DATASET),
            Map.entry("data.evaluation.license", DATASET),
            Map.entry("evaluation.results.ciLow", METRIC + " (the published 0.0.2 schema declares no confidence "
                    + "interval; 0.0.1 did, and it is read)"),
            Map.entry("evaluation.results.ciHigh", METRIC + " (the published 0.0.2 schema declares no confidence "
                    + "interval; 0.0.1 did, and it is read)"),
            Map.entry("evaluation.results.threshold", METRIC + " (0.0.1 had a threshold, and it is read)"),
            Map.entry("evaluation.summary", "MCT quantitative analysis has metrics and graphics but no summary"),
            Map.entry("extras.metadata", "metadata keys the card does not know have no place in MCT, whose schema "
                    + "allows no other keys"),
            Map.entry("extras.sections", "Markdown sections the card does not know have no place in MCT"),
            Map.entry(UNMAPPED, "unknown keys kept from the source file have no place in MCT, whose schema allows "
                    + "no other keys"));

    private MctFields() {
    }

    static boolean carries(String id) {
        return CARRIED.contains(id);
    }

    /** Whether any part of {@code field} is carried: the field itself or one of its columns. */
    static boolean carriesAnyOf(CardField field) {
        return carries(field.id()) || field.table().map(t -> t.columns().stream()
                .anyMatch(c -> carries(c.textKey()))).orElse(false);
    }

    static boolean carries(Column column) {
        return carries(column.textKey());
    }

    /** Why {@code id} (a field id or column key) is not written. */
    static String whyNot(String id) {
        if (id.startsWith("evaluation.results.")) {
            return WHY_NOT.getOrDefault(id, METRIC);
        }
        return WHY_NOT.getOrDefault(id, NO_FIELD);
    }
}
