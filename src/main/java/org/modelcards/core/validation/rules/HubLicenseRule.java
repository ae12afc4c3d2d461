package org.modelcards.core.validation.rules;

import java.util.List;
import java.util.Locale;
import org.modelcards.core.model.Licensing;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Findings;
import org.modelcards.core.validation.HubFacts;
import org.modelcards.core.validation.Rule;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.RuleSource;
import org.modelcards.core.validation.Severity;

/** The Hub's licence rules: a known licence id; {@code other} comes with a name and a link, and only then. */
final class HubLicenseRule implements Rule {
    static final RuleInfo UNKNOWN = RuleInfo.of("HF-LICENSE-UNKNOWN", Severity.ERROR, Rules.HUB, RuleSource.HUB_DOCS,
            "license must be one of the Hub's licence ids, or other.");
    static final RuleInfo OTHER = RuleInfo.of("HF-LICENSE-OTHER", Severity.ERROR, Rules.HUB, RuleSource.HUB_DOCS,
            "license: other needs license_name and license_link.");
    static final RuleInfo NOT_OTHER = RuleInfo.of("HF-LICENSE-NAME-WITHOUT-OTHER", Severity.WARNING, Rules.HUB,
            RuleSource.HUB_DOCS, "license_name and license_link are only read when license is other.");

    private final HubFacts facts;

    HubLicenseRule(HubFacts facts) {
        this.facts = facts;
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(UNKNOWN, OTHER, NOT_OTHER);
    }

    @Override
    public void check(CardSubject subject, Findings findings) {
        Licensing license = subject.card().license();
        String id = license.id().strip();
        if (id.isEmpty()) {
            return;
        }
        if (!facts.licenses().contains(id)) {
            String lower = id.toLowerCase(Locale.ROOT);
            String hint = facts.licenses().contains(lower) ? "Write it in lower case: " + lower + "."
                    : "Use a Hub licence id such as apache-2.0, mit or cc-by-4.0, or other with license_name and license_link.";
            findings.report(UNKNOWN, "license.id", "license.id", "license \"" + id + "\" is not a Hub licence id.", hint);
        }
        if (id.equals("other")) {
            if (license.name().isBlank()) {
                findings.report(OTHER, "license.name", "license.id",
                        "license is other but license_name is missing.", "Add license_name: a short id for the licence, e.g. my-license-1.0.");
            }
            if (license.link().isBlank()) {
                findings.report(OTHER, "license.link", "license.id",
                        "license is other but license_link is missing.", "Add license_link: a URL or a file in the repository, e.g. LICENSE.md.");
            }
        } else if (!license.name().isBlank() || !license.link().isBlank()) {
            String field = license.name().isBlank() ? "license.link" : "license.name";
            findings.report(NOT_OTHER, field, field,
                    "license_name/license_link are set but license is " + id + ", so the Hub ignores them.",
                    "Remove them, or set license: other if the licence is not on the Hub's list.");
        }
    }
}
