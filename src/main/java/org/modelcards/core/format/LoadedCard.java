package org.modelcards.core.format;

import java.util.List;
import java.util.Optional;
import org.modelcards.core.model.ModelCard;

/**
 * A card as read from a file: the card, its metadata as written (a README's front matter), where
 * each field sits, and the problems met that did not stop reading (broken YAML still gives a card
 * from the body).
 */
public record LoadedCard(ModelCard card, Optional<MetaNode.Mapping> metadata, SourceMap positions,
        List<ReadProblem> problems) {
    public LoadedCard {
        problems = List.copyOf(problems);
    }
}
