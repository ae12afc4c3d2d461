package org.modelcards.core.format.cyclonedx;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** The rules every part of {@link CardToBom} writes values by: empty values are left out, URLs must be IRI references. */
final class BomValues {
    private static final Pattern IPV6ISH = Pattern.compile("\\s*[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.%]*\\s*");

    private BomValues() {
    }

    /** Sets a non-empty value; says whether it did. */
    static boolean set(String value, Consumer<String> setter) {
        if (value.isEmpty()) {
            return false;
        }
        setter.accept(value);
        return true;
    }

    /**
     * Whether CycloneDX's schema accepts {@code text} as an {@code iri-reference}, checked the way
     * its validator does (java.net.URI, no brackets in the query), a little more strictly.
     */
    static boolean isIriReference(String text) {
        try {
            URI uri = new URI(text);
            String authority = uri.getRawAuthority();
            String query = uri.getRawQuery();
            return (authority == null || !IPV6ISH.matcher(authority).matches())
                    && (query == null || (query.indexOf('[') < 0 && query.indexOf(']') < 0));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
