package org.modelcards.core.format;

/**
 * The role of a format whose files have a layout worth keeping (the README: key order, comments,
 * its own headings), so that a save patches the original text instead of writing it anew.
 *
 * <pre>{@code
 * KeptLayout readme = new HubReadmeFormat().open(text, "README.md");
 * String saved = readme.write(readme.loaded().card().withLicense(licence)).text();   // one line differs
 * }</pre>
 */
public interface InPlaceEditor {
    /** Reads {@code text} and keeps its layout for saving back. */
    KeptLayout open(String text, String source) throws CardReadException;
}
