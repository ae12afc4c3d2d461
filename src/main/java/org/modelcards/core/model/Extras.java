package org.modelcards.core.model;

import java.util.List;

/** What a card carries that the model does not know: metadata keys, Markdown sections, unknown JSON keys; each in the order met. */
public record Extras(
        List<ExtraField> metadata,
        List<ExtraSection> sections,
        List<ExtraField> unmapped) {

    public static final Extras EMPTY = new Extras(null, null, null);

    public Extras {
        metadata = Values.list(metadata);
        sections = Values.list(sections);
        unmapped = Values.list(unmapped);
    }

    public Extras withMetadata(List<ExtraField> v) { return new Extras(v, sections, unmapped); }
    public Extras withSections(List<ExtraSection> v) { return new Extras(metadata, v, unmapped); }
    public Extras withUnmapped(List<ExtraField> v) { return new Extras(metadata, sections, v); }
}
