package org.modelcards.core.format.eumdf;

import java.util.List;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.euact.Disclosure;
import org.modelcards.core.euact.ScientificNotation;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.model.Numbers;

/** A field's value as an EU document entry gives it: its text or list items, at one recipient's precision. */
final class Answers {
    private Answers() {
    }

    /**
     * The entry for {@code field} on {@code card}: answered with what {@code disclosure} gives of its
     * value (plus {@code unit} after a figure), else not answered ({@code required}) or not applicable.
     * A figure that cannot be read is not answered rather than shown: a coarse recipient never sees it.
     */
    static EuDocument.Entry entry(String number, String title, String annex, CardField field, ModelCard card,
            Disclosure disclosure, String unit, boolean required) {
        String precision = precision(disclosure);
        EuDocument.Status missing = required ? EuDocument.Status.NOT_ANSWERED : EuDocument.Status.NOT_APPLICABLE;
        Object value = field.read(card);
        if (value instanceof Boolean yes) {
            return new EuDocument.Entry(number, title, annex, field.id(), yes ? "Yes" : "No", List.of(), precision,
                    EuDocument.Status.ANSWERED);
        }
        if (field.isEmpty(card)) {
            return new EuDocument.Entry(number, title, annex, field.id(), "", List.of(), precision, missing);
        }
        if (value instanceof List<?> list) {
            return new EuDocument.Entry(number, title, annex, field.id(), "", list.stream().map(String::valueOf).toList(),
                    precision, EuDocument.Status.ANSWERED);
        }
        String text = (String) value;
        String shown = field.kind() != FieldKind.NUMBER ? text.strip()
                : disclosure == Disclosure.VALUE ? Numbers.parse(text).map(ScientificNotation::write).orElse(text.strip())
                : disclosure.apply(text).orElse("");
        if (shown.isEmpty()) {
            return new EuDocument.Entry(number, title, annex, field.id(), "", List.of(), precision, missing);
        }
        boolean withUnit = field.kind() == FieldKind.NUMBER && !unit.isEmpty() && disclosure != Disclosure.DURATION_BAND;
        return new EuDocument.Entry(number, title, annex, field.id(), withUnit ? shown + " " + unit : shown, List.of(),
                precision, EuDocument.Status.ANSWERED);
    }

    private static String precision(Disclosure disclosure) {
        return switch (disclosure) {
            case PARAMETER_RANGE -> "Given as the form's size range.";
            case ORDER_OF_MAGNITUDE -> "Given as an order of magnitude.";
            case DURATION_BAND -> "Given as the form's duration band.";
            case MEGAWATT_HOURS -> "In MWh, as the form asks.";
            default -> "";
        };
    }
}
