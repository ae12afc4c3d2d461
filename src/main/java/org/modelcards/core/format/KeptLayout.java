package org.modelcards.core.format;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modelcards.core.model.ModelCard;

/**
 * A file read together with its layout, so that saving an edited card changes only the edited
 * fields' text (see {@link InPlaceEditor}).
 *
 * <pre>{@code
 * KeptLayout opened = editor.open(text, "README.md");
 * WriteResult saved = opened.write(opened.loaded().card());   // unedited: the same text
 * }</pre>
 */
public interface KeptLayout {
    /** The card as read, with its metadata, positions and reading problems. */
    LoadedCard loaded();

    /** The original text patched where {@code card} differs from the card as read, and what did not fit. */
    WriteResult write(ModelCard card);

    /** What the file holds that the card has no place for: losses for a conversion to another format. */
    List<Loss> uncarried();

    /** What reading understood (fields filled, sections kept as they are), for a format that maps sections; else empty. */
    default Optional<ImportSummary> summary() {
        return Optional.empty();
    }

    /**
     * This file read again with the kept section under {@code heading} holding {@code fieldId}.
     *
     * @throws IllegalArgumentException when no kept section has that heading or the field cannot take it
     */
    default KeptLayout assign(String heading, String fieldId) {
        throw new IllegalArgumentException("this format keeps no sections to assign");
    }

    /** The headings assigned to fields by hand, heading as written to field id. */
    default Map<String, String> assignments() {
        return Map.of();
    }

    /** This file read again with {@code headings} assigned (to keep assignments across a save). */
    default KeptLayout withAssignments(Map<String, String> headings) {
        return this;
    }

    /** The indices of {@code card}'s results that stay in tables of the text, as read from them (none by default). */
    default java.util.Set<Integer> resultsInText(ModelCard card) {
        return java.util.Set.of();
    }
}
