package org.modelcards.app.euact;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.euact.FormItem;
import org.modelcards.core.euact.ModelDocumentationForm;
import org.modelcards.core.euact.Recipient;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.validation.FormCompleteness;
import org.modelcards.core.validation.checker.Validator;

/**
 * The "EU AI Act" view's state: the Model Documentation Form's items in the form's order, each with
 * who gets it and whether the card answers it, and how complete the form is for each recipient.
 * Follows the card as it changes.
 */
public final class EuActViewModel {
    /** One item of the form as the view lists it. */
    public record Row(String number, String title, String fieldId, String recipients, boolean answered, boolean required) {
        /** The line the list shows. */
        public String text() {
            return number + "  " + title + (answered ? "" : required ? "  (not answered)" : "  (if it applies)") + "  — " + recipients;
        }
    }

    private final Validator validator;
    private final ModelDocumentationForm form;
    private final FieldCatalog catalog;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final Map<Recipient, ReadOnlyStringWrapper> progress = new EnumMap<>(Recipient.class);
    private final Map<Recipient, FormCompleteness> scores = new EnumMap<>(Recipient.class);

    public EuActViewModel(ReadOnlyObjectProperty<ModelCard> card, Validator validator, ModelDocumentationForm form,
            FieldCatalog catalog) {
        this.validator = validator;
        this.form = form;
        this.catalog = catalog;
        for (Recipient r : Recipient.values()) {
            progress.put(r, new ReadOnlyStringWrapper(""));
        }
        refresh(card.get());
        card.addListener((obs, old, now) -> refresh(now));
    }

    /** The items in the form's order. */
    public ObservableList<Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** "National competent authorities: 37 of 39 items (94%)". */
    public ReadOnlyStringProperty progressProperty(Recipient recipient) {
        return progress.get(recipient).getReadOnlyProperty();
    }

    /** The share of {@code recipient}'s required items answered, 0 to 1, for a progress bar. */
    public double fraction(Recipient recipient) {
        return scores.get(recipient).percent() / 100.0;
    }

    private void refresh(ModelCard card) {
        ModelCard current = card == null ? ModelCard.EMPTY : card;
        for (Recipient r : Recipient.values()) {
            FormCompleteness score = validator.formCompleteness(current, r);
            scores.put(r, score);
            int total = score.answered().size() + score.missing().size();
            progress.get(r).set(r.label() + ": " + score.answered().size() + " of " + total + " items (" + score.percent() + "%)");
        }
        List<String> missing = scores.values().stream().flatMap(s -> s.missing().stream()).distinct().toList();
        List<Row> next = form.items().stream().map(item -> new Row(item.number(), item.title(), item.fieldId(),
                recipients(item), item.required() ? !missing.contains(item.number()) : !catalog.require(item.fieldId()).isEmpty(current),
                item.required())).toList();
        rows.setAll(next);
    }

    private static String recipients(FormItem item) {
        return java.util.Arrays.stream(Recipient.values()).filter(item::isFor)
                .map(r -> r.id() + (item.disclosure(r).isCoarse() ? " (" + item.disclosure(r).id() + ")" : ""))
                .collect(Collectors.joining(", "));
    }
}
