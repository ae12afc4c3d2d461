package org.modelcards.core.format;

import java.util.List;
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
}
