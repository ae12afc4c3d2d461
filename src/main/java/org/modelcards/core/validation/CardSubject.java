package org.modelcards.core.validation;

import java.util.List;
import java.util.Optional;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.format.MetaNode;
import org.modelcards.core.formats.OpenedCard;
import org.modelcards.core.format.SourceMap;
import org.modelcards.core.format.TextPosition;
import org.modelcards.core.model.ModelCard;

/**
 * A card to validate, with what its file adds: the metadata as written (for a README's front
 * matter), where each field sits, and the problems met while reading it.
 *
 * <p>When {@code metadata} is present the card came from a README, and the Hub's metadata rules read
 * that YAML and nothing else, as the Hub does: a licence named only in the body is not metadata. A
 * README without front matter (or with broken YAML) has an empty mapping here. When it is absent the
 * card came from elsewhere (native JSON, the editor) and the rules read the fields a README export
 * would write to the front matter.
 */
public record CardSubject(ModelCard card, Optional<MetaNode.Mapping> metadata, SourceMap positions,
        List<Issue> readIssues, java.util.Set<Integer> resultsInText) {
    private static final MetaNode.Mapping NO_METADATA = new MetaNode.Mapping(List.of(), TextPosition.UNKNOWN);

    public CardSubject {
        readIssues = List.copyOf(readIssues);
        resultsInText = java.util.Set.copyOf(resultsInText);
    }

    /** A subject whose results all go where the card's format puts them (none stay in a README's tables). */
    public CardSubject(ModelCard card, Optional<MetaNode.Mapping> metadata, SourceMap positions, List<Issue> readIssues) {
        this(card, metadata, positions, readIssues, java.util.Set.of());
    }

    /**
     * This subject with the rows of its results that stay in tables of a README's text (read from
     * them, and written back there): they are not model-index entries, so its rules do not apply.
     */
    public CardSubject withResultsInText(java.util.Set<Integer> rows) {
        return new CardSubject(card, metadata, positions, readIssues, rows);
    }

    /** A card read from a file, its reading problems turned into issues. */
    public static CardSubject from(LoadedCard loaded) {
        return new CardSubject(loaded.card(), loaded.metadata(), loaded.positions(), issues(loaded));
    }

    /** A card read from a README: its metadata is its front matter, or nothing when it has none. */
    public static CardSubject fromReadme(LoadedCard loaded) {
        return new CardSubject(loaded.card(), Optional.of(loaded.metadata().orElse(NO_METADATA)), loaded.positions(),
                issues(loaded));
    }

    /**
     * A card file as opened: a file that keeps its layout (a README) has its metadata as written, its
     * front matter, any other format's is its card.
     */
    public static CardSubject from(OpenedCard opened) {
        return opened.keepsLayout() ? fromReadme(opened.loaded()) : from(opened.loaded());
    }

    /** A card that came from no file. */
    public static CardSubject of(ModelCard card) {
        return new CardSubject(card, Optional.empty(), SourceMap.NONE, List.of());
    }

    /** Whether the card came from a README, so that its metadata is the front matter as written. */
    public boolean fromReadme() {
        return metadata.isPresent();
    }

    private static List<Issue> issues(LoadedCard loaded) {
        return loaded.problems().stream().map(ReadRules::toIssue).toList();
    }
}
