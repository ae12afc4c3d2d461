package org.modelcards.core.euact;

import java.util.EnumMap;
import java.util.Map;

/**
 * One item of the Model Documentation Form: its number, the AI Act point it documents, the card field
 * that answers it and what each recipient is given of that field.
 *
 * <pre>{@code
 * FormItem compute = ModelDocumentationForm.standard().item("7.2").orElseThrow();
 * compute.fieldId();                                  // "training.flops"
 * compute.disclosure(Recipient.AUTHORITY);            // ORDER_OF_MAGNITUDE
 * compute.isAuthoritiesOnly();                        // true: downstream providers do not get it
 * }</pre>
 *
 * @param number   the item's number in the form, e.g. {@code 7.2} (a letter marks a second field of one item)
 * @param annex    the AI Act point, e.g. {@code XI 2(d)}
 * @param fieldId  the catalogue field holding the precise value
 * @param required whether every model must answer it (else it applies only where relevant, "N/A" allowed)
 * @param flagsConfirmed whether the recipient flags were read in a public rendering of the form, not inferred
 * @param source   where the flags come from ({@code hf}, {@code issue} or {@code annex}; see the table's header)
 * @param title    the item's short title
 * @param unit     what a figure is counted in ({@code FLOP}, {@code days}), or empty
 */
public record FormItem(String number, String annex, String fieldId, boolean required,
        Map<Recipient, Disclosure> disclosures, boolean flagsConfirmed, String source, String title, String unit) {

    public FormItem {
        EnumMap<Recipient, Disclosure> all = new EnumMap<>(Recipient.class);
        for (Recipient r : Recipient.values()) {
            all.put(r, disclosures.getOrDefault(r, Disclosure.NONE));
        }
        disclosures = Map.copyOf(all);
    }

    /** What {@code recipient} is given of this item. */
    public Disclosure disclosure(Recipient recipient) {
        return disclosures.get(recipient);
    }

    /** Whether {@code recipient} is given this item at any precision. */
    public boolean isFor(Recipient recipient) {
        return disclosure(recipient).isGiven();
    }

    /**
     * Whether the form gives this item to the AI Office or national authorities but not to downstream
     * providers, so that publishing it (in a public README) says more than the form asks to share.
     */
    public boolean isAuthoritiesOnly() {
        return !isFor(Recipient.DOWNSTREAM) && (isFor(Recipient.AI_OFFICE) || isFor(Recipient.AUTHORITY));
    }

    /** The form section the item belongs to: {@code 7} for {@code 7.2}, {@code H} for the header. */
    public String sectionNumber() {
        int dot = number.indexOf('.');
        return dot < 0 ? number : number.substring(0, dot);
    }
}
