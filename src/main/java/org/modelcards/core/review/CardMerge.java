package org.modelcards.core.review;

import java.util.Set;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.model.ModelCard;

/** The card a review ends with: the proposed card, except the fields where the reviewer kept the base value. */
public final class CardMerge {
    private final FieldCatalog catalog;

    public CardMerge(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    public ModelCard merge(ModelCard base, ModelCard proposed, Set<String> keptBase) {
        ModelCard merged = proposed;
        for (CardField field : catalog.fields()) {
            if (keptBase.contains(field.id())) {
                merged = field.write(merged, field.read(base));
            }
        }
        return merged;
    }
}
