package org.modelcards.core.validation;

import java.util.List;
import java.util.Optional;
import org.modelcards.core.format.MetaNode;
import org.modelcards.core.format.SourceMap;
import org.modelcards.core.model.ModelCard;

/**
 * A card to validate, with what its file adds: the metadata as written (for a README's front
 * matter), where each field sits, and the problems met while reading it.
 */
public record CardSubject(ModelCard card, Optional<MetaNode.Mapping> metadata, SourceMap positions,
        List<Issue> readIssues) {
    public CardSubject {
        readIssues = List.copyOf(readIssues);
    }

    /** A card read from a file, its reading problems turned into issues. */
    public static CardSubject from(org.modelcards.core.format.LoadedCard loaded) {
        return new CardSubject(loaded.card(), loaded.metadata(), loaded.positions(),
                loaded.problems().stream().map(ReadRules::toIssue).toList());
    }

    /** A card that came from no file. */
    public static CardSubject of(ModelCard card) {
        return new CardSubject(card, Optional.empty(), SourceMap.NONE, List.of());
    }
}
