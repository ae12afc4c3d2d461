package org.modelcards.core.format.mct;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.model.ModelCard;

/**
 * What the tests expect MCT to carry, stated on its own (the writer's list must match it), and a
 * comparison of two cards on those fields through the catalogue alone.
 */
final class CarriedFields {
    static final FieldCatalog CATALOG = FieldCatalog.standard();

    /** Field ids, and table column keys, that survive card → MCT → card. */
    static final Set<String> IDS = Set.of(
            // model_details
            "details.name", "details.summary", "details.description", "details.developers", "details.contact",
            "details.version", "details.releaseDate", "license.spdxId", "license.name",
            "details.repositoryUrl", "details.paperUrl", "details.demoUrl",
            "details.citationBibtex", "details.citationApa",
            // model_parameters
            "details.architecture", "details.inputFormats", "details.outputFormats",
            "data.training.name", "data.training.link", "data.training.description", "data.training.sensitiveData",
            "data.evaluation.name", "data.evaluation.link", "data.evaluation.description",
            "data.evaluation.sensitiveData",
            // quantitative_analysis
            "evaluation.results.metricType", "evaluation.results.value", "evaluation.results.slice",
            // considerations
            "intendedUse.primaryUsers", "intendedUse.directUse", "intendedUse.downstreamUse", "intendedUse.outOfScope",
            "bias.limitations", "bias.biases", "bias.tradeoffs", "bias.ethical.name", "bias.ethical.mitigation",
            "misuse.risks.risk", "misuse.risks.mitigation");

    private CarriedFields() {
    }

    /** The carried ids whose values differ between the cards (blank text counts as empty). */
    static List<String> differences(ModelCard expected, ModelCard actual) {
        List<String> differ = new ArrayList<>();
        for (CardField field : CATALOG.fields()) {
            if (field.table().isPresent()) {
                List<?> a = (List<?>) field.read(expected);
                List<?> b = (List<?>) field.read(actual);
                for (Column column : field.table().get().columns()) {
                    if (IDS.contains(column.textKey()) && !sameColumn(column, a, b)) {
                        differ.add(column.textKey());
                    }
                }
            } else if (IDS.contains(field.id()) && !same(field.read(expected), field.read(actual))) {
                differ.add(field.id());
            }
        }
        return differ;
    }

    /** The ids the writer must report as lost for {@code card}: non-empty and not carried (before value checks). */
    static List<String> uncarriedAndFilled(ModelCard card) {
        List<String> ids = new ArrayList<>();
        for (CardField field : CATALOG.fields()) {
            boolean partly = field.table().map(t -> t.columns().stream().anyMatch(c -> IDS.contains(c.textKey())))
                    .orElse(false);
            if (!IDS.contains(field.id()) && !partly) {
                if (!field.isEmpty(card)) {
                    ids.add(field.id());
                }
            } else if (partly) {
                List<?> rows = (List<?>) field.read(card);
                for (Column column : field.table().get().columns()) {
                    if (!IDS.contains(column.textKey()) && rows.stream().anyMatch(r -> filled(column.read(r)))) {
                        ids.add(column.textKey());
                    }
                }
            }
        }
        if (!card.extras().unmapped().isEmpty()) {
            ids.add("extras.unmapped");
        }
        return ids;
    }

    /** Whether {@code card} has something (non-blank) at a carried field id or column key. */
    static boolean filled(ModelCard card, String id) {
        for (CardField field : CATALOG.fields()) {
            if (field.id().equals(id)) {
                return !field.isEmpty(card);
            }
            for (Column column : field.table().map(t -> t.columns()).orElse(List.of())) {
                if (column.textKey().equals(id)) {
                    return ((List<?>) field.read(card)).stream().anyMatch(r -> filled(column.read(r)));
                }
            }
        }
        throw new IllegalArgumentException("no field or column " + id);
    }

    private static boolean sameColumn(Column column, List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(column.read(a.get(i)), column.read(b.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof String s && b instanceof String t) {
            return s.isBlank() ? t.isBlank() : s.equals(t);
        }
        return a.equals(b);
    }

    private static boolean filled(Object value) {
        return value instanceof String s ? !s.isBlank() : Boolean.TRUE.equals(value);
    }
}
