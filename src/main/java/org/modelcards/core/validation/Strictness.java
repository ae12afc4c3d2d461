package org.modelcards.core.validation;

import java.util.Arrays;
import java.util.Optional;

/** A draft is held to a lower bar than a release: missing content warns instead of failing. */
public enum Strictness {
    DRAFT, RELEASE;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Strictness> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equalsIgnoreCase(id)).findFirst();
    }
}
