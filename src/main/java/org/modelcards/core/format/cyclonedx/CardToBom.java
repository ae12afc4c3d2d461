package org.modelcards.core.format.cyclonedx;

import java.util.Map;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.modelcards.core.model.ModelCard;

/**
 * Maps a card onto a CycloneDX BOM whose {@code metadata.component} is the model. One use per card:
 * it also notes, by field id, why a value it met could not be written (see {@link #notes()}).
 *
 * <p>Values are written as they are (blank text too), so that reading gives them back unchanged;
 * an empty value is left out. Each part of the BOM has its own mapping; they share one
 * {@link MappingNotes}, so the notes come in the order the values were met.
 */
final class CardToBom {
    /** The bom-ref prefixes that tell training from evaluation datasets in {@code modelParameters.datasets}. */
    static final String TRAINING_DATA_REF = "training-data-";
    static final String EVALUATION_DATA_REF = "evaluation-data-";
    /** The comments that tell the card's links apart among the component's external references. */
    static final String REPOSITORY = "Repository";
    static final String PAPER = "Paper";
    static final String DEMO = "Demo";

    private final MappingNotes notes = new MappingNotes();

    /** Why values of the last mapped card were not written, by field or column id. */
    Map<String, String> notes() {
        return notes.asMap();
    }

    Bom map(ModelCard card) {
        Component model = new ModelComponentMapping(notes).component(card);

        org.cyclonedx.model.component.ModelCard modelCard = new org.cyclonedx.model.component.ModelCard();
        modelCard.setModelParameters(new ModelParametersMapping(notes).parameters(card));
        modelCard.setQuantitativeAnalysis(QuantitativeAnalysisMapping.analysis(card.evaluation().results()));
        modelCard.setConsiderations(new ConsiderationsMapping(notes).considerations(card));
        model.setModelCard(modelCard);

        Bom bom = new Bom();
        bom.setMetadata(ModelComponentMapping.metadata(card, model));
        return bom;
    }
}
