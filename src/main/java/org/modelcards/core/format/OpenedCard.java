package org.modelcards.core.format;

import java.nio.file.Path;
import java.util.Optional;
import org.modelcards.core.format.hf.HubReadme;
import org.modelcards.core.model.ModelCard;

/**
 * A card file as opened: its format, the card as read, and for a README what is needed to save it
 * back under the round-trip contract. {@link #render} gives the text to save in the same format.
 */
public final class OpenedCard {
    private final Path path;
    private final CardFormat format;
    private final LoadedCard loaded;
    private final Optional<HubReadme> readme;

    OpenedCard(Path path, CardFormat format, LoadedCard loaded, Optional<HubReadme> readme) {
        this.path = path;
        this.format = format;
        this.loaded = loaded;
        this.readme = readme;
    }

    public Path path() {
        return path;
    }

    public CardFormat format() {
        return format;
    }

    public LoadedCard loaded() {
        return loaded;
    }

    /** The text of {@code card} in this file's format; a README keeps every byte the edit does not touch. */
    public WriteResult render(ModelCard card) {
        return readme.map(r -> r.write(card)).orElseGet(() -> format.write(card));
    }
}
