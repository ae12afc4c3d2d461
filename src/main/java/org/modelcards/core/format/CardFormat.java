package org.modelcards.core.format;

import org.modelcards.core.model.ModelCard;

/** A file format for model cards: reads text into a card and writes a card back as text. */
public interface CardFormat {
    /** A short id for the command line, e.g. {@code json}. */
    String id();

    /** Reads a card; {@code source} names the input in problems (usually its path). */
    ModelCard read(String text, String source) throws CardReadException;

    /** Writes the card, reporting what this format cannot carry. */
    WriteResult write(ModelCard card);
}
