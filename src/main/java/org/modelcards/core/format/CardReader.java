package org.modelcards.core.format;

import org.modelcards.core.model.ModelCard;

/**
 * The reading role of a format: text into a card, with where its values sit and the problems that
 * did not stop reading.
 *
 * <pre>{@code
 * LoadedCard loaded = new NativeJsonFormat().load(text, "card.modelcard.json");
 * }</pre>
 */
public interface CardReader {
    /** Reads a card; {@code source} names the input in problems (usually its path). */
    LoadedCard load(String text, String source) throws CardReadException;

    /** The card alone, for callers that need no positions or problems. */
    default ModelCard read(String text, String source) throws CardReadException {
        return load(text, source).card();
    }
}
