package org.modelcards.core.format;

import org.modelcards.core.model.ModelCard;

/**
 * The writing role of a format: a card into text, with what the format cannot carry.
 *
 * <pre>{@code
 * WriteResult page = new HtmlFormat().write(card);   // page.losses() lists what the page leaves out
 * }</pre>
 */
public interface CardWriter {
    /** Writes the card, reporting what this format cannot carry. */
    WriteResult write(ModelCard card);
}
