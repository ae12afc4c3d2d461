package org.modelcards.core.format;

/**
 * How sure a format is that a file is in it; the registry picks the surest format, the first
 * listed on a tie.
 *
 * <pre>{@code
 * Recognition r = new CycloneDxFormat().recognise(FileSample.of("bom.json", text));   // BY_CONTENT if it has bomFormat
 * }</pre>
 */
public enum Recognition {
    /** Not this format. */
    NONE,
    /** The name ends in one of the format's endings, and nothing in the content says otherwise. */
    BY_NAME,
    /** The content has the format's own marks (such as CycloneDX's {@code bomFormat}). */
    BY_CONTENT
}
