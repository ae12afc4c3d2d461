package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ModelCard;

/**
 * The evaluation rows of an edited card that belong to results tables in the README body, told
 * apart from those that belong to the metadata. The card's rows are aligned with the rows as read
 * ({@link ListSteps}): a row kept or changed in place of a table's row is that table's, and a
 * changed value is patched into its cell; every other row (a new one, say) is the metadata's.
 * What a table cannot take (a changed dataset name, a removed row) is not written, and the
 * read-back check reports it.
 *
 * <pre>{@code
 * TableResults split = TableResults.split(layout, base, edited);
 * split.card();   // the edited card without the rows that stay in body tables
 * }</pre>
 */
record TableResults(ModelCard base, ModelCard card, List<ValueEdit> edits) {
    /** A value written over the old one in its cell. */
    record ValueEdit(int start, int end, String text) {
    }

    /** The indices of {@code card}'s rows that stay in the body's tables: those in place of a table row of {@code base}. */
    static Set<Integer> kept(HubLayout layout, ModelCard base, ModelCard card) {
        Set<Integer> kept = new HashSet<>();
        steps(layout, base, card).forEach(step -> kept.add(step.to()));
        return kept;
    }

    /** The kept or changed steps from a table row of {@code base} to a row of {@code card}. */
    private static List<ListSteps> steps(HubLayout layout, ModelCard base, ModelCard card) {
        Set<Integer> tableRows = layout.tableRows();
        if (tableRows.isEmpty()) {
            return List.of();
        }
        return ListSteps.script(base.evaluation().results(), card.evaluation().results()).stream()
                .filter(step -> step.kind() != ListSteps.Kind.ADD && step.kind() != ListSteps.Kind.REMOVE
                        && tableRows.contains(step.from()))
                .toList();
    }

    static TableResults split(HubLayout layout, ModelCard base, ModelCard card) {
        List<EvalResult> from = base.evaluation().results();
        List<EvalResult> to = card.evaluation().results();
        Set<Integer> kept = new HashSet<>();
        List<ValueEdit> edits = new ArrayList<>();
        for (ListSteps step : steps(layout, base, card)) {
            kept.add(step.to());
            String value = to.get(step.to()).value();
            if (!value.equals(from.get(step.from()).value())) {
                HubLayout.ResultValue cell = layout.tableCells.get(step.from());
                HubLayout.Range range = layout.slots.get(cell).get(0);
                edits.add(new ValueEdit(range.start(), range.end(), cell.html() ? escapeHtml(value) : MarkdownTable.escape(value)));
            }
        }
        return new TableResults(without(base, layout.tableRows()), without(card, kept), List.copyOf(edits));
    }

    private static ModelCard without(ModelCard card, Set<Integer> rows) {
        List<EvalResult> rest = new ArrayList<>();
        List<EvalResult> all = card.evaluation().results();
        for (int i = 0; i < all.size(); i++) {
            if (!rows.contains(i)) {
                rest.add(all.get(i));
            }
        }
        return card.withEvaluation(card.evaluation().withResults(rest));
    }

    /** Text for an HTML cell: markup characters as entities, line breaks as {@code <br>}. */
    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r\n", "<br>")
                .replace("\n", "<br>");
    }
}
