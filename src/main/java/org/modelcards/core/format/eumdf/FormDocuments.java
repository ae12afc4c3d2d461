package org.modelcards.core.format.eumdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.euact.FormItem;
import org.modelcards.core.euact.ModelDocumentationForm;
import org.modelcards.core.euact.Recipient;
import org.modelcards.core.model.ModelCard;

/** Builds the Model Documentation Form of a card for one recipient: only its items, at its precision. */
record FormDocuments(FieldCatalog catalog, ModelDocumentationForm form) {

    EuDocument build(ModelCard card, Recipient recipient) {
        Map<String, List<EuDocument.Entry>> bySection = new LinkedHashMap<>();
        int required = 0;
        int unanswered = 0;
        for (FormItem item : form.items(recipient)) {
            String unit = item.fieldId().equals("euForm.dataPoints") ? card.euForm().dataPointUnit().strip() : item.unit();
            EuDocument.Entry entry = Answers.entry(item.number(), item.title(), item.annex().startsWith("X") ? "Annex " + item.annex() : item.annex(),
                    catalog.require(item.fieldId()), card, item.disclosure(recipient), unit, item.required());
            bySection.computeIfAbsent(item.sectionNumber(), k -> new ArrayList<>()).add(entry);
            if (item.required()) {
                required++;
                unanswered += entry.status() == EuDocument.Status.NOT_ANSWERED ? 1 : 0;
            }
        }
        List<EuDocument.Part> parts = new ArrayList<>();
        bySection.forEach((number, entries) -> parts.add(new EuDocument.Part(number.equals("H") ? "" : number,
                ModelDocumentationForm.sectionTitle(number), entries)));
        String model = card.details().name();
        List<String> notes = List.of(
                "For: **" + recipient.label() + "**. This document holds only the items the Model Documentation Form gives "
                        + "this recipient, at the precision it gives them.",
                "Drawn up under the EU General-Purpose AI Code of Practice, Transparency chapter (Measure 1.1), for AI Act "
                        + "Art. 53(1)(a) and (b), Annexes XI and XII. Item numbers follow the form's order.",
                "Answered: " + (required - unanswered) + " of " + required + " items the form asks of every model.");
        return new EuDocument("eu-model-documentation-form", "Model Documentation Form: " + (model.isEmpty() ? "unnamed model" : model),
                model, recipient.id(), notes, parts);
    }
}
