package org.modelcards.core.catalog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.modelcards.core.euact.FormItem;
import org.modelcards.core.euact.ModelDocumentationForm;

/**
 * The eu-gpai profile follows the Model Documentation Form: a field answering an item the form asks
 * of every model is required. One answering an item that applies only where relevant ("N/A"
 * allowed: model dependencies, authenticity, training energy) keeps what the catalogue declares,
 * and rules say when it is due. Read from the form's one table, so that the profile cannot drift from it.
 */
final class FormRequirements {
    private FormRequirements() {
    }

    /** {@code declared} with the eu-gpai requirement the form gives the field {@code id}, if it answers an item. */
    static Map<Profile, Requirement> with(String id, Map<Profile, Requirement> declared) {
        List<FormItem> items = ModelDocumentationForm.standard().itemsOf(id);
        if (items.stream().noneMatch(FormItem::required)) {
            return declared;
        }
        Map<Profile, Requirement> all = new EnumMap<>(Profile.class);
        all.putAll(declared);
        all.put(Profile.EU_GPAI, Requirement.REQUIRED);
        return all;
    }
}
