package org.modelcards.core.validation.rules;

import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Findings;
import org.modelcards.core.validation.Rule;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.RuleSource;
import org.modelcards.core.validation.Severity;

/**
 * Languages are ISO 639-1, -2 or -3 codes (optionally with BCP 47 subtags), or {@code multilingual}.
 * The JDK knows every ISO 639-1 code and the ISO 639-2 codes that have one; other three-letter codes
 * may be valid ISO 639-3, which cannot be confirmed offline, so they only get a note.
 */
final class LanguageRule implements Rule {
    static final RuleInfo INVALID = RuleInfo.of("HF-LANGUAGE", Severity.ERROR, Rules.HUB, RuleSource.HUB_DOCS,
            "language must hold ISO 639 codes (en, fra, yue) or multilingual.");
    static final RuleInfo UNVERIFIED = RuleInfo.of("HF-LANGUAGE-UNVERIFIED", Severity.INFO, Rules.HUB, RuleSource.ISO,
            "A three-letter language code that is not ISO 639-2 may still be ISO 639-3; check it.");

    private final Set<String> twoLetter = Set.of(Locale.getISOLanguages());
    private final Set<String> threeLetter;

    LanguageRule() {
        Set<String> codes = new HashSet<>();
        for (String code : Locale.getISOLanguages()) {
            try {
                codes.add(Locale.forLanguageTag(code).getISO3Language());
            } catch (java.util.MissingResourceException e) {
                // no ISO 639-2 code for this language
            }
        }
        threeLetter = Set.copyOf(codes);
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(INVALID, UNVERIFIED);
    }

    @Override
    public void check(CardSubject subject, Findings findings) {
        List<String> languages = subject.card().details().languages();
        for (int i = 0; i < languages.size(); i++) {
            String code = languages.get(i).strip();
            String path = "details.languages[" + i + "]";
            if (code.equals("multilingual")) {
                continue;
            }
            String primary = primarySubtag(code);
            if (primary == null || primary.length() == 2 && !twoLetter.contains(primary)) {
                findings.report(INVALID, "details.languages", path, "language \"" + code + "\" is not an ISO 639 code.",
                        hint(code));
            } else if (primary.length() == 3 && !threeLetter.contains(primary)) {
                findings.report(UNVERIFIED, "details.languages", path,
                        "language \"" + code + "\" is not an ISO 639-2 code; it may be ISO 639-3.", "Check it on the ISO 639-3 code tables.");
            }
        }
    }

    /** The lower-case language subtag of a well-formed BCP 47 tag, or null. */
    private static String primarySubtag(String code) {
        String first = code.split("-", 2)[0];
        if (!first.matches("[a-z]{2,3}")) {
            return null;
        }
        try {
            new Locale.Builder().setLanguageTag(code);
            return first;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    private String hint(String code) {
        for (String iso : Locale.getISOLanguages()) {
            if (new Locale(iso).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(code)) {
                return "Use the code, not the name: " + iso + ".";
            }
        }
        return "Use a two- or three-letter ISO 639 code, e.g. en, fr, zh, or multilingual.";
    }
}
