package org.modelcards.core.model;

/** A Markdown section the model does not know, kept verbatim with the id of the section it followed. */
public record ExtraSection(
        String heading,
        String markdown,
        String after) {

    public ExtraSection {
        heading = Values.text(heading);
        markdown = Values.text(markdown);
        after = Values.text(after);
    }

    public ExtraSection withHeading(String v) { return new ExtraSection(v, markdown, after); }
    public ExtraSection withMarkdown(String v) { return new ExtraSection(heading, v, after); }
    public ExtraSection withAfter(String v) { return new ExtraSection(heading, markdown, v); }
}
