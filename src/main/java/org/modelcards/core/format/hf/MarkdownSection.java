package org.modelcards.core.format.hf;

/**
 * A heading of a README body and the text under it up to the next heading of any level. Offsets are
 * into the whole file, so a writer can patch exactly this range.
 */
record MarkdownSection(int level, String heading, int headingStart, int contentStart, int contentEnd, int line) {
    /** A section before the first heading has level 0 and no heading. */
    boolean isPreamble() {
        return level == 0;
    }
}
