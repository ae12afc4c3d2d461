package org.modelcards.app.wizard;

import java.util.Objects;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.validation.Strictness;

/** What the new-card wizard returns: the starting card and the profile and strictness to check it against. */
public record NewCard(ModelCard card, Profile profile, Strictness strictness) {
    public NewCard {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(strictness, "strictness");
    }
}
