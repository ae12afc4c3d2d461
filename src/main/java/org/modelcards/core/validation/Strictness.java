package org.modelcards.core.validation;

import java.util.Arrays;
import java.util.Optional;

/**
 * How hard the checks are. {@code DRAFT} is the default of the editor and the CLI: errors are only what
 * the Hub would refuse, ignore or lose, and profile requirements and template text are warnings.
 * {@code RELEASE} is a release gate that makes those errors too.
 */
public enum Strictness {
    DRAFT, RELEASE;

    /** What the editor and {@code modelcard validate} use unless told otherwise. */
    public static final Strictness DEFAULT = DRAFT;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Strictness> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equalsIgnoreCase(id)).findFirst();
    }
}
