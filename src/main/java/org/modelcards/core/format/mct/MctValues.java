package org.modelcards.core.format.mct;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** The value formats MCT 0.0.2 declares: {@code format: date} (RFC 3339 full-date) and {@code format: uri} (RFC 3986). */
final class MctValues {
    private static final Pattern FULL_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*");

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

    /**
     * Whether {@code text} is an absolute URI: a scheme, a colon and only the ASCII characters RFC
     * 3986 allows (a web address with spaces or unencoded non-ASCII letters is not one).
     */
    static boolean isUri(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= 0x7F) {
                return false;
            }
        }
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && SCHEME.matcher(uri.getScheme()).matches();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
