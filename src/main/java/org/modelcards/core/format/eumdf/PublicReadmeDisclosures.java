package org.modelcards.core.format.eumdf;

import java.util.ArrayList;
import java.util.List;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.euact.FormItem;
import org.modelcards.core.euact.ModelDocumentationForm;
import org.modelcards.core.model.ModelCard;

/**
 * What a public README of a card would publish that the Model Documentation Form gives only to the AI
 * Office and national authorities, for a warning before export. Only cards that document the model
 * for the EU (their EU AI Act section says something) are checked: for others these are ordinary
 * model-card facts.
 *
 * <pre>{@code
 * List<String> warnings = new PublicReadmeDisclosures().warnings(card);
 * // ["training.flops: publishes Model Documentation Form item 7.2 (Training compute), which the form gives only to the AI Office and national authorities"]
 * }</pre>
 */
public final class PublicReadmeDisclosures {
    private final FieldCatalog catalog;
    private final ModelDocumentationForm form;

    public PublicReadmeDisclosures() {
        this(FieldCatalog.standard(), ModelDocumentationForm.standard());
    }

    public PublicReadmeDisclosures(FieldCatalog catalog, ModelDocumentationForm form) {
        this.catalog = catalog;
        this.form = form;
    }

    /** The authority-only items {@code card} holds, each as the field it is in and the form item it is. */
    public List<FormItem> published(ModelCard card) {
        boolean documentsForTheEu = catalog.section("euForm").orElseThrow().fields().stream().anyMatch(f -> !f.isEmpty(card));
        if (!documentsForTheEu) {
            return List.of();
        }
        List<FormItem> published = new ArrayList<>();
        for (FormItem item : form.items()) {
            if (item.isAuthoritiesOnly() && !catalog.require(item.fieldId()).isEmpty(card)) {
                published.add(item);
            }
        }
        return published;
    }

    /** One line per published authority-only item, saying which item and who the form gives it to. */
    public List<String> warnings(ModelCard card) {
        return published(card).stream().map(item -> item.fieldId() + ": publishes Model Documentation Form item "
                + item.number() + " (" + item.title() + "), which the form gives only to the AI Office and national authorities")
                .toList();
    }
}
