package org.modelcards.core.catalog;

import java.util.List;

/** Checks that a value handed to a field or column has the Java type its kind stores. */
final class FieldValues {
    private FieldValues() {
    }

    static Object checked(String id, FieldKind kind, Object value) {
        boolean ok = switch (kind) {
            case BOOLEAN -> value instanceof Boolean;
            case LIST, TABLE -> value instanceof List<?>;
            default -> value instanceof String;
        };
        if (!ok) {
            throw new IllegalArgumentException(id + " (" + kind + ") cannot hold "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        return value;
    }

    static boolean isEmpty(Object value) {
        if (value instanceof String s) {
            return s.isBlank();
        }
        if (value instanceof List<?> l) {
            return l.isEmpty();
        }
        return Boolean.FALSE.equals(value);
    }
}
