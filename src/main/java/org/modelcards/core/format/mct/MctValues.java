package org.modelcards.core.format.mct;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.modelcards.core.format.Rfc3986;

/** The value formats MCT 0.0.2 declares: {@code format: date} (RFC 3339 full-date) and {@code format: uri} (RFC 3986). */
final class MctValues {
    private static final Pattern FULL_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private MctValues() {
    }

    /** Whether {@code text} is a calendar date written YYYY-MM-DD, e.g. {@code 2025-03-14} but not {@code 2025-02-30}. */
    static boolean isDate(String text) {
        if (text == null || !FULL_DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Whether {@code text} is a URI as {@code format: uri} means it (RFC 3986, see {@link Rfc3986}). */
    static boolean isUri(String text) {
        return Rfc3986.isUri(text);
    }
}
