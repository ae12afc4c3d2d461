package org.modelcards.core.format.hf;

import java.util.Locale;

/** Turns an English language name, as people write it in a card's prose, into its ISO 639-1 code. */
final class LanguageNames {
    private LanguageNames() {
    }

    /** The code for {@code name} ("English" gives "en"); anything else is returned unchanged. */
    static String code(String name) {
        for (String iso : Locale.getISOLanguages()) {
            if (Locale.forLanguageTag(iso).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(name.strip())) {
                return iso;
            }
        }
        return name;
    }
}
