package org.modelcards.core.format.cyclonedx;

import java.util.LinkedHashMap;
import java.util.Map;

/** Why values met while mapping a card to a BOM could not be written, by field or column id, in the order met. */
final class MappingNotes {
    static final String NOT_A_URL = "not a URL (an RFC 3987 IRI reference), which CycloneDX requires here";

    private final Map<String, String> notes = new LinkedHashMap<>();

    void put(String fieldId, String why) {
        notes.put(fieldId, why);
    }

    /** Notes {@code why} unless the field already has a note, which is kept. */
    void putIfAbsent(String fieldId, String why) {
        notes.putIfAbsent(fieldId, why);
    }

    /** Whether {@code url} is to be written: it is not empty and CycloneDX accepts it; if it does not, notes why. */
    boolean writableUrl(String fieldId, String url) {
        if (url.isEmpty()) {
            return false;
        }
        if (!BomValues.isIriReference(url)) {
            notes.put(fieldId, NOT_A_URL);
            return false;
        }
        return true;
    }

    Map<String, String> asMap() {
        return notes;
    }
}
