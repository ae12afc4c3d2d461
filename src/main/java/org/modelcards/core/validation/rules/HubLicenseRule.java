package org.modelcards.core.validation.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Findings;
import org.modelcards.core.validation.HubFacts;
import org.modelcards.core.validation.Rule;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.RuleSource;
import org.modelcards.core.validation.Severity;

/**
 * The Hub's licence rules, on the metadata only: each licence given (one, or a list) is one of the
 * Hub's ids; {@code other} should come with a name and a link, and only then are they read.
 */
final class HubLicenseRule implements Rule {
    static final RuleInfo UNKNOWN = RuleInfo.of("HF-LICENSE-UNKNOWN", Severity.ERROR, Rules.HUB, RuleSource.HUB_DOCS,
            "Each license value must be one of the Hub's licence ids (a list of them is allowed), or other.")
            .cite("hub-docs docs/hub/repositories-licenses.md (the licence table); " + Citations.API_MODEL
                    + " L199 (license?: License | License[])");
    static final RuleInfo OTHER = RuleInfo.of("HF-LICENSE-OTHER", Severity.WARNING, Rules.HUB, RuleSource.HUB_DOCS,
            "license: other should come with license_name and license_link.");
    static final RuleInfo NOT_OTHER = RuleInfo.of("HF-LICENSE-NAME-WITHOUT-OTHER", Severity.WARNING, Rules.HUB,
            RuleSource.HUB_DOCS, "license_name and license_link are only read when license is other.");

    private final HubFacts facts;
    private final org.modelcards.core.catalog.FieldCatalog catalog;

    HubLicenseRule(HubFacts facts, org.modelcards.core.catalog.FieldCatalog catalog) {
        this.facts = facts;
        this.catalog = catalog;
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(UNKNOWN, OTHER, NOT_OTHER);
    }

    @Override
    public void check(CardSubject subject, Findings findings) {
        HubMetadata metadata = new HubMetadata(subject, catalog);
        List<HubMetadata.Value> licenses = metadata.strings("license");
        boolean other = false;
        for (HubMetadata.Value license : licenses) {
            String id = license.text();
            other |= id.equals("other");
            if (!facts.licenses().contains(id)) {
                String lower = id.toLowerCase(Locale.ROOT);
                String hint = facts.licenses().contains(lower) ? "Write it in lower case: " + lower + "."
                        : "Use a Hub licence id such as apache-2.0, mit or cc-by-4.0, or other with license_name and license_link.";
                findings.at(UNKNOWN, "license.id", license.at(), license.path() + " \"" + id + "\" is not a Hub licence id.",
                        hint);
            }
        }
        if (licenses.isEmpty()) {
            return;
        }
        Optional<HubMetadata.Value> name = metadata.string("license_name");
        Optional<HubMetadata.Value> link = metadata.string("license_link");
        HubMetadata.Value first = licenses.get(0);
        if (other) {
            if (name.isEmpty()) {
                findings.at(OTHER, "license.name", first.at(), "license is other but license_name is missing.",
                        "Add license_name: a short id for the licence, e.g. my-license-1.0.");
            }
            if (link.isEmpty()) {
                findings.at(OTHER, "license.link", first.at(), "license is other but license_link is missing.",
                        "Add license_link: a URL or a file in the repository, e.g. LICENSE.md.");
            }
        } else if (name.isPresent() || link.isPresent()) {
            HubMetadata.Value given = name.orElseGet(link::get);
            String field = name.isPresent() ? "license.name" : "license.link";
            findings.at(NOT_OTHER, field, given.at(), "license_name/license_link are set but license is " + first.text()
                    + ", so the Hub ignores them.", "Remove them, or set license: other if the licence is not on the Hub's list.");
        }
    }
}
