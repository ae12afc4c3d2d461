package org.modelcards.core.validation.rules;

import java.util.List;
import java.util.Locale;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Findings;
import org.modelcards.core.validation.HubFacts;
import org.modelcards.core.validation.Rule;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.RuleSource;
import org.modelcards.core.validation.Severity;

/**
 * Languages in the metadata are ISO 639-1, 639-2 or 639-3 codes, or a special value such as
 * {@code code} or {@code multilingual}: the Hub refuses anything else since early 2026, BCP 47 tags
 * with a region ({@code en-US}) and ISO 639-5 family codes included. The lists are the rule pack's.
 */
final class LanguageRule implements Rule {
    static final RuleInfo INVALID = RuleInfo.of("HF-LANGUAGE", Severity.ERROR, Rules.HUB, RuleSource.HUB_CLIENT,
            "language must hold ISO 639-1, 639-2 or 639-3 codes (en, fra, yue) or a special value (code, multilingual).")
            .cite("huggingface_hub src/huggingface_hub/repocard_data.py, ModelCardData docstring for language; enforced by"
                    + " the Hub since 2026-02 (huggingface_hub issue #3862); lists: huggingface.js packages/languages");

    private final HubFacts facts;
    private final FieldCatalog catalog;

    LanguageRule(HubFacts facts, FieldCatalog catalog) {
        this.facts = facts;
        this.catalog = catalog;
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(INVALID);
    }

    @Override
    public void check(CardSubject subject, Findings findings) {
        for (HubMetadata.Value language : new HubMetadata(subject, catalog).strings("language")) {
            String code = language.text();
            if (!facts.languages().contains(code.toLowerCase(Locale.ROOT))) {
                findings.at(INVALID, "details.languages", language.at(), language.path() + " \"" + code
                        + "\" is not an ISO 639-1, 639-2 or 639-3 code.", hint(code));
            }
        }
    }

    private String hint(String code) {
        String primary = code.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        if (!primary.equals(code.toLowerCase(Locale.ROOT)) && facts.languages().contains(primary)) {
            return "Write the language alone: " + primary + " (a region or script tag such as " + code
                    + " goes in language_bcp47).";
        }
        for (String iso : Locale.getISOLanguages()) {
            if (new Locale(iso).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(code)) {
                return "Use the code, not the name: " + iso + ".";
            }
        }
        return "Use a two- or three-letter ISO 639 code, e.g. en, fr, yue, or code or multilingual.";
    }
}
