package org.modelcards.app.navigator;

import org.modelcards.core.catalog.Section;
import org.modelcards.core.model.ModelCard;

/** How many of a section's fields a card fills, for the navigator. */
public record SectionProgress(Section section, int filled, int total) {
    public static SectionProgress of(Section section, ModelCard card) {
        int filled = (int) section.fields().stream().filter(f -> !f.isEmpty(card)).count();
        return new SectionProgress(section, filled, section.fields().size());
    }
}
