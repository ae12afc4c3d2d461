package org.modelcards.core.catalog;

import java.util.List;

/**
 * A section of the card (e.g. {@code intendedUse}) and its fields in reading order.
 *
 * <p>A {@code preserved} section holds what a card carries without being asked (metadata and
 * sections the model does not know): it is kept and editable, but never counts as missing.
 */
public record Section(String id, List<CardField> fields, boolean preserved) {
    public Section {
        fields = List.copyOf(fields);
    }
}
