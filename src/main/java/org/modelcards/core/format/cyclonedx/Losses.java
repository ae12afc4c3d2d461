package org.modelcards.core.format.cyclonedx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.catalog.Section;
import org.modelcards.core.format.Loss;
import org.modelcards.core.model.ModelCard;

/**
 * What a CycloneDX BOM cannot carry. The losses are measured, not declared: the BOM is read back
 * and every non-empty field (for authored tables, every column) whose value did not come back is a
 * loss, so the list cannot drift from the mapping; so are preserved metadata, sections and unknown
 * JSON keys, which a BOM has no place for. {@link #CARRIED} documents the mapping and picks the
 * reason given.
 */
final class Losses {
    /** The fields and table columns ({@code table.column}) the BOM has a place for. */
    static final Set<String> CARRIED = Set.of(
            "details.name", "details.summary", "details.description", "details.version", "details.developers",
            "details.sharers", "details.modelType", "details.architecture", "details.architectureFamily",
            "details.inputFormats", "details.outputFormats", "details.baseModels", "details.pipelineTag", "details.tags",
            "details.repositoryUrl", "details.paperUrl", "details.demoUrl",
            "license.id", "license.spdxId", "license.name", "license.link",
            "intendedUse.directUse", "intendedUse.downstreamUse", "intendedUse.primaryUsers", "intendedUse.outOfScope",
            "misuse.risks.risk", "misuse.risks.harmed", "misuse.risks.mitigation",
            "bias.limitations", "bias.tradeoffs", "bias.ethical.name", "bias.ethical.mitigation",
            "bias.fairness.group", "bias.fairness.benefits", "bias.fairness.harms", "bias.fairness.mitigation",
            "data.training.name", "data.training.link", "data.training.description", "data.training.sensitiveData",
            "data.evaluation.name", "data.evaluation.link", "data.evaluation.description", "data.evaluation.sensitiveData",
            "evaluation.results.metricType", "evaluation.results.value", "evaluation.results.slice",
            "evaluation.results.ciLow", "evaluation.results.ciHigh",
            "environment.energyKwh", "environment.co2Grams", "environment.cloudProvider", "environment.trainingType",
            "more.cardAuthors");

    /**
     * The carried fields that only some values survive: a model type that is a CycloneDX learning
     * approach, a single sharer, URLs CycloneDX accepts, SPDX ids, numbers (written as JSON numbers),
     * the environment only with its energy. Any other carried field always comes back as it was.
     */
    static final Set<String> CONDITIONAL = Set.of(
            "details.sharers", "details.modelType", "details.repositoryUrl", "details.paperUrl", "details.demoUrl",
            "license.spdxId", "license.name", "license.link", "data.training.link", "data.evaluation.link",
            "environment.energyKwh", "environment.co2Grams", "environment.cloudProvider", "environment.trainingType");

    /** The loss id of unknown JSON keys, which are not a catalogue field (as in {@code LossCheck}). */
    static final String UNMAPPED = "extras.unmapped";
    private static final String NO_FIELD = "CycloneDX 1.6 has no field for it";
    private static final Map<String, String> WHY_NOT = Map.of(
            "details.releaseDate", "CycloneDX 1.6 has no release date (metadata.timestamp says when the BOM was made,"
                    + " and is left out so that the output is reproducible)",
            "evaluation.results", "a CycloneDX performance metric has only a type, value, slice and confidence interval",
            "data.training", "a CycloneDX dataset has only a name, description, URL and sensitive-data notes",
            "data.evaluation", "a CycloneDX dataset has only a name, description, URL and sensitive-data notes",
            "environment", "CycloneDX's environmental considerations hold the energy, CO2, activity and energy provider only",
            "license", "a CycloneDX licence has only an id or name, alternative ids and a URL",
            "extras.metadata", "metadata keys the card does not model (e.g. a README's widget:) have no place in a CycloneDX BOM",
            "extras.sections", "Markdown sections the card does not model have no place in a CycloneDX BOM",
            UNMAPPED, "keys of a JSON file that the card does not model have no place in a CycloneDX BOM");

    private Losses() {
    }

    /** The losses of writing {@code card} as a BOM that reads back as {@code back}, in catalogue order. */
    static List<Loss> between(FieldCatalog catalog, ModelCard card, ModelCard back, Map<String, String> notes) {
        List<Loss> losses = new ArrayList<>();
        for (Section section : catalog.sections()) {
            for (CardField field : section.fields()) {
                if (field.kind() == FieldKind.TABLE && !section.preserved()) {
                    tableLosses(field, card, back, notes, losses);
                } else if (!field.isEmpty(card) && !field.read(card).equals(field.read(back))) {
                    losses.add(new Loss(field.id(), reason(field.id(), field.read(back), notes)));
                }
            }
        }
        if (!card.extras().unmapped().isEmpty() && !card.extras().unmapped().equals(back.extras().unmapped())) {
            losses.add(new Loss(UNMAPPED, WHY_NOT.get(UNMAPPED)));
        }
        return losses;
    }

    /** A table loses a column when a row's non-empty value in it does not come back. */
    private static void tableLosses(CardField field, ModelCard card, ModelCard back, Map<String, String> notes, List<Loss> into) {
        List<?> rows = (List<?>) field.read(card);
        List<?> backRows = (List<?>) field.read(back);
        for (Column column : field.table().orElseThrow().columns()) {
            String id = field.id() + "." + column.id();
            for (int i = 0; i < rows.size(); i++) {
                Object value = column.read(rows.get(i));
                Object backValue = i < backRows.size() ? column.read(backRows.get(i)) : "";
                if (!column.isEmpty(rows.get(i)) && !value.equals(backValue)) {
                    into.add(new Loss(id, reason(id, backValue, notes)));
                    break;
                }
            }
        }
    }

    private static String reason(String id, Object backValue, Map<String, String> notes) {
        if (notes.containsKey(id)) {
            return notes.get(id);
        }
        if (!CARRIED.contains(id)) {
            for (String key = id; !key.isEmpty(); key = key.contains(".") ? key.substring(0, key.lastIndexOf('.')) : "") {
                if (WHY_NOT.containsKey(key)) {
                    return WHY_NOT.get(key);
                }
            }
            return NO_FIELD;
        }
        String shown = String.valueOf(backValue);
        return "CycloneDX does not keep it as written: it reads back as \""
                + (shown.length() > 60 ? shown.substring(0, 57) + "..." : shown) + "\"";
    }
}
