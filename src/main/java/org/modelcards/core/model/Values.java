package org.modelcards.core.model;

import java.util.List;

/** Null normalisation shared by the model's records, so that callers never see a null. */
final class Values {
    private Values() {
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static <T> T orElse(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
