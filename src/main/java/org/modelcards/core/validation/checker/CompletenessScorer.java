package org.modelcards.core.validation.checker;

import org.modelcards.core.validation.Completeness;
import java.util.ArrayList;
import java.util.List;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.catalog.Requirement;
import org.modelcards.core.catalog.Section;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.validation.Meaning;

/** Scores a card's completeness for a profile from the field catalogue's requirements. */
public final class CompletenessScorer {
    private static final int REQUIRED_WEIGHT = 2;
    private static final int RECOMMENDED_WEIGHT = 1;
    private final FieldCatalog catalog;
    private final Meaning meaning;

    public CompletenessScorer(FieldCatalog catalog, Meaning meaning) {
        this.catalog = catalog;
        this.meaning = meaning;
    }

    public Completeness score(ModelCard card, Profile profile) {
        List<Completeness.SectionScore> sections = new ArrayList<>();
        int totalWeight = 0;
        int filledWeight = 0;
        for (Section section : catalog.sections()) {
            if (section.preserved()) {
                continue;
            }
            List<String> filled = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            int sectionWeight = 0;
            int sectionFilled = 0;
            for (CardField field : section.fields()) {
                int weight = weight(field.requirement(profile));
                if (weight == 0) {
                    continue;
                }
                sectionWeight += weight;
                if (meaning.isMeaningful(field, card)) {
                    sectionFilled += weight;
                    filled.add(field.id());
                } else {
                    missing.add(field.id());
                }
            }
            totalWeight += sectionWeight;
            filledWeight += sectionFilled;
            sections.add(new Completeness.SectionScore(section.id(),
                    sectionWeight == 0 ? 1.0 : (double) sectionFilled / sectionWeight, filled, missing));
        }
        return new Completeness(totalWeight == 0 ? 1.0 : (double) filledWeight / totalWeight, sections);
    }

    private static int weight(Requirement requirement) {
        return switch (requirement) {
            case REQUIRED -> REQUIRED_WEIGHT;
            case RECOMMENDED -> RECOMMENDED_WEIGHT;
            case OPTIONAL -> 0;
        };
    }
}
