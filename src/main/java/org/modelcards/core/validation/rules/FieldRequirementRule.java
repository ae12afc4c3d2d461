package org.modelcards.core.validation.rules;

import java.util.List;
import java.util.Set;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.catalog.Requirement;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Findings;
import org.modelcards.core.validation.Rule;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.RuleSource;
import org.modelcards.core.validation.Severity;

/**
 * The fields a profile requires or recommends, read from the field catalogue. A field holding only
 * template text or "N/A" counts as empty; the content rules say why.
 */
public final class FieldRequirementRule implements Rule {
    private final FieldCatalog catalog;
    private final Profile profile;
    private final RuleInfo required;
    private final RuleInfo recommended;
    private final Meaning meaning;

    FieldRequirementRule(FieldCatalog catalog, Profile profile, String prefix, RuleSource source, Meaning meaning) {
        this.catalog = catalog;
        this.profile = profile;
        this.meaning = meaning;
        this.required = new RuleInfo(prefix + "-REQUIRED", Severity.ERROR, Severity.WARNING, Set.of(profile), source,
                "A field the " + profile.id() + " profile requires is missing.");
        this.recommended = new RuleInfo(prefix + "-RECOMMENDED", Severity.WARNING, Severity.INFO, Set.of(profile),
                source, "A field the " + profile.id() + " profile recommends is missing.");
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(required, recommended);
    }

    @Override
    public void check(CardSubject subject, Findings findings) {
        for (CardField field : catalog.authoredFields()) {
            Requirement level = field.requirement(profile);
            if (level == Requirement.OPTIONAL || meaning.isMeaningful(field, subject.card())) {
                continue;
            }
            boolean isRequired = level == Requirement.REQUIRED;
            String label = findings.texts().label(field.id());
            String message = field.id() + " (" + label + ") is " + (field.isEmpty(subject.card()) ? "missing" : "not filled in")
                    + ": the " + profile.id() + " profile " + (isRequired ? "requires" : "recommends") + " it.";
            findings.report(isRequired ? required : recommended, field.id(), field.id(), message,
                    "Fill in \"" + label + "\"; the guidance pane shows a good example.");
        }
    }
}
