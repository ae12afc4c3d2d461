package org.modelcards.core.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.model.ModelCard;

/**
 * What a format loses, found by reading its output back: every field that does not return equal.
 * Measuring instead of declaring keeps the loss report true to what the reader really does.
 */
public final class LossCheck {
    private LossCheck() {
    }

    /** The fields of {@code written} that {@code readBack} does not hold equal, with {@code reason}. */
    public static List<Loss> compare(FieldCatalog catalog, ModelCard written, ModelCard readBack, String reason) {
        List<Loss> losses = new ArrayList<>();
        for (CardField field : catalog.fields()) {
            if (!Objects.equals(field.read(written), field.read(readBack))) {
                losses.add(new Loss(field.id(), reason));
            }
        }
        if (!written.extras().unmapped().isEmpty() && written.extras().unmapped().equals(readBack.extras().unmapped()) == false) {
            losses.add(new Loss("extras.unmapped", "keys from a JSON file that the card does not model have no place here"));
        }
        return losses;
    }
}
