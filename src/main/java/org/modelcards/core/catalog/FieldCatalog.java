package org.modelcards.core.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The one list of a model card's sections and fields. Forms, validation, completeness, the Markdown
 * export's order and the native JSON Schema are all read from it.
 *
 * <pre>{@code
 * FieldCatalog catalog = FieldCatalog.standard();
 * catalog.require("license.id").write(card, "apache-2.0");
 * }</pre>
 */
public final class FieldCatalog {
    private final List<Section> sections;
    private final Map<String, CardField> byId;
    // kept rather than recomputed: batch validation asks for them several times per card
    private final List<CardField> fields;
    private final List<CardField> authoredFields;

    private FieldCatalog(List<Section> sections) {
        this.sections = List.copyOf(sections);
        this.fields = this.sections.stream().flatMap(s -> s.fields().stream()).toList();
        this.authoredFields = this.sections.stream().filter(s -> !s.preserved()).flatMap(s -> s.fields().stream()).toList();
        Map<String, CardField> index = new LinkedHashMap<>();
        for (Section section : sections) {
            for (CardField field : section.fields()) {
                if (index.put(field.id(), field) != null) {
                    throw new IllegalStateException("duplicate field id " + field.id());
                }
            }
        }
        this.byId = Map.copyOf(index);
    }

    /** The catalogue of this version of the card model (immutable, shared). */
    public static FieldCatalog standard() {
        return Standard.INSTANCE;
    }

    /** The sections in reading order. */
    public List<Section> sections() {
        return sections;
    }

    /** Every field in reading order. */
    public List<CardField> fields() {
        return fields;
    }

    /** The fields an author is asked to write: all but those of preserved sections. */
    public List<CardField> authoredFields() {
        return authoredFields;
    }

    /** The section with this id. */
    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The field with this id, e.g. {@code license.id}. */
    public Optional<CardField> field(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The field with this id; fails for an unknown id, which is a programming error. */
    public CardField require(String id) {
        return field(id).orElseThrow(() -> new NoSuchElementException("no field " + id));
    }

    /** Holder idiom: the catalogue is built on first use, once, and never changes. */
    private static final class Standard {
        static final FieldCatalog INSTANCE = new FieldCatalog(StandardFields.sections());
    }
}
