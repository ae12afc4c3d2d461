package org.modelcards.core.catalog;

import java.util.List;

/** A section of the card (e.g. {@code intendedUse}) and its fields in reading order. */
public record Section(String id, List<CardField> fields) {
    public Section {
        fields = List.copyOf(fields);
    }
}
