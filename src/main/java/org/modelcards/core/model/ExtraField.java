package org.modelcards.core.model;

/** A metadata key the model does not know, with its value as JSON text (e.g. {@code ["en","fr"]}), kept so it can be written back.
 *
 * <p>For a Hub README the key is a front-matter key; for unknown keys of a JSON file it is a JSON
 * Pointer such as {@code /details/internalId}. */
public record ExtraField(
        String key,
        String value) {

    public ExtraField {
        key = Values.text(key);
        value = Values.text(value);
    }

    public ExtraField withKey(String v) { return new ExtraField(v, value); }
    public ExtraField withValue(String v) { return new ExtraField(key, v); }
}
