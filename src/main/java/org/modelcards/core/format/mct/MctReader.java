package org.modelcards.core.format.mct;

import static org.modelcards.core.format.mct.MctShapes.object;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.modelcards.core.format.ShapeException;
import org.modelcards.core.model.ExtraField;
import org.modelcards.core.model.ModelCard;

/**
 * Turns an MCT 0.0.2 tree (0.0.1 files are migrated first) into a card. Keys and entries the card
 * has no place for are kept in {@code extras.unmapped} under their JSON Pointer in the 0.0.2 tree;
 * values of the wrong shape (an object where text belongs) are a {@link ShapeException}.
 *
 * <p>Each top-level section has its own reader; they share one {@link UnmappedKeys} so that what
 * none of them places is kept in one list, in the order it was met.
 */
final class MctReader {
    private static final JsonPointer ROOT = JsonPointer.empty();
    private final UnmappedKeys unmapped = new UnmappedKeys();

    /** Reads {@code root}, with {@code kept} (what a migration could not place) first among the unknown keys. */
    ModelCard read(ObjectNode root, List<ExtraField> kept) throws ShapeException {
        unmapped.addAll(kept);
        ModelCard card = ModelCard.EMPTY;
        card = new ModelDetailsReader(unmapped).read(card, object(root, MctFields.MODEL_DETAILS, ROOT));
        card = new ModelParametersReader(unmapped).read(card, object(root, MctFields.MODEL_PARAMETERS, ROOT));
        card = new QuantitativeAnalysisReader(unmapped).read(card, object(root, MctFields.QUANTITATIVE_ANALYSIS, ROOT));
        card = new ConsiderationsReader(unmapped).read(card, object(root, MctFields.CONSIDERATIONS, ROOT));
        unmapped.keepUnknown(root, ROOT, MctFields.TOP_LEVEL_KEYS);
        return card.withExtras(card.extras().withUnmapped(unmapped.fields()));
    }
}
