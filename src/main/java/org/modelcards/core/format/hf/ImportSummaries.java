package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.format.ImportSummary;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.format.MetaNode;
import org.modelcards.core.format.TextPosition;
import org.modelcards.core.model.ExtraSection;

/** Works out a README's {@link ImportSummary} from the card as read and its layout. */
final class ImportSummaries {
    private ImportSummaries() {
    }

    static ImportSummary of(FieldCatalog catalog, LoadedCard loaded, HubLayout layout) {
        Set<String> inMetadata = new LinkedHashSet<>();
        if (layout.metadata != null) {
            for (MetaNode.Entry entry : layout.metadata.entries()) {
                inMetadata.addAll(HubMetadataKeys.fields(entry.key()));
            }
        }
        List<String> fromMetadata = new ArrayList<>();
        List<String> fromText = new ArrayList<>();
        List<String> assignable = new ArrayList<>();
        for (CardField field : catalog.authoredFields()) {
            if (!field.isEmpty(loaded.card())) {
                (inMetadata.contains(field.id()) ? fromMetadata : fromText).add(field.id());
            } else if (holdsSections(field)) {
                assignable.add(field.id());
            }
        }
        List<ImportSummary.Kept> kept = new ArrayList<>();
        List<ExtraSection> sections = loaded.card().extras().sections();
        for (int i = 0; i < sections.size(); i++) {
            if (!sections.get(i).heading().isEmpty()) {
                TextPosition at = loaded.positions().find("extras.sections[" + i + "]");
                kept.add(new ImportSummary.Kept(sections.get(i).heading().strip(), at.isKnown() ? at.line() : 0));
            }
        }
        return new ImportSummary(fromMetadata, fromText, kept, assignable);
    }

    /** Prose fields, and lists and tables the template writes as a section of their own, can take a section's text. */
    private static boolean holdsSections(CardField field) {
        if (field.kind() == FieldKind.MARKDOWN) {
            return true;
        }
        int index = HubTemplate.indexOf(field.id());
        return (field.kind() == FieldKind.LIST || field.kind() == FieldKind.TABLE) && index >= 0
                && HubTemplate.ENTRIES.get(index).field().equals(field.id()) && !field.id().equals("evaluation.results");
    }
}
