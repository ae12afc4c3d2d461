package org.modelcards.core.validation;

import java.util.List;
import org.modelcards.core.euact.Recipient;

/**
 * How much of the Model Documentation Form one recipient is given a card answers: the required items
 * of that recipient, answered or missing, by item number in the form's order.
 *
 * <pre>{@code
 * FormCompleteness authority = Validator.standard().formCompleteness(card, Recipient.AUTHORITY);
 * authority.percent();    // 100 when every item the authorities get is answered
 * authority.missing();    // e.g. [7.3, 8.2]
 * }</pre>
 */
public record FormCompleteness(Recipient recipient, List<String> answered, List<String> missing) {
    public FormCompleteness {
        answered = List.copyOf(answered);
        missing = List.copyOf(missing);
    }

    /** The share answered as a whole percentage. */
    public int percent() {
        int total = answered.size() + missing.size();
        return total == 0 ? 100 : answered.size() * 100 / total;
    }
}
