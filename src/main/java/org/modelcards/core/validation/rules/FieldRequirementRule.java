package org.modelcards.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.modelcards.core.model.Licensing;
import java.util.stream.Collectors;
import java.util.Set;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.catalog.Requirement;
import org.modelcards.core.catalog.Section;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Completeness;
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

    FieldRequirementRule(FieldCatalog catalog, Profile profile, String prefix, RuleSource source) {
        this.catalog = catalog;
        this.profile = profile;
        this.required = new RuleInfo(prefix + "-REQUIRED", Severity.ERROR, Severity.WARNING, Set.of(profile), source,
                "A field the " + profile.id() + " profile requires is missing.");
        this.recommended = new RuleInfo(prefix + "-RECOMMENDED", Severity.WARNING, Severity.INFO, Set.of(profile),
                source, "Fields the " + profile.id() + " profile recommends are missing (one issue per section).");
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(required, recommended);
    }

    @Override
    public void check(CardSubject subject, Findings findings) {
        // the completeness score already knows which required and recommended fields say nothing
        for (Completeness.SectionScore score : findings.completeness().sections()) {
            Section section = catalog.section(score.sectionId()).orElseThrow();
            List<CardField> missingRecommended = new ArrayList<>();
            for (String id : score.missing()) {
                CardField field = catalog.require(id);
                if (field.requirement(profile) == Requirement.RECOMMENDED) {
                    missingRecommended.add(field);
                    continue;
                }
                String label = findings.texts().label(field.id());
                Optional<String> named = namedInText(field.id(), subject);
                if (named.isPresent()) {
                    // the card says it, in words the Hub does not read: the fix is a front-matter key, not new content
                    findings.report(required, field.id(), field.id(), field.id() + " (" + label + ") is not set,"
                            + " though the card names the licence (" + named.get() + "): the " + profile.id()
                            + " profile requires the id, which the Hub reads from the metadata.", subject.fromReadme()
                                    ? "Add license: other (or the licence's Hub id), license_name and license_link to"
                                            + " the YAML front matter."
                                    : "Set the licence id to the licence's Hub id, or to other (the Hub then reads the"
                                            + " licence name and link).");
                    continue;
                }
                findings.report(required, field.id(), field.id(), field.id() + " (" + label + ") is "
                        + (field.isEmpty(subject.card()) ? "missing" : "not filled in") + ": the " + profile.id()
                        + " profile requires it.", "Fill in \"" + label + "\"; the guidance pane shows a good example.");
            }
            if (!missingRecommended.isEmpty()) {
                reportRecommended(section, missingRecommended, findings);
            }
        }
    }

    /**
     * For a missing licence id, the licence the card names instead ({@code **License:** A custom
     * commercial license, the Llama 3.1 Community License, is available at: URL}), read into the
     * licence's name and link.
     */
    private static Optional<String> namedInText(String fieldId, CardSubject subject) {
        if (!fieldId.equals("license.id")) {
            return Optional.empty();
        }
        Licensing license = subject.card().license();
        String named = !license.name().isBlank() ? license.name() : license.link();
        return named.isBlank() ? Optional.empty() : Optional.of(named);
    }

    /** One issue per section, so a sparse card gets a short list, not one line per empty field. */
    private void reportRecommended(Section section, List<CardField> missing, Findings findings) {
        String names = missing.stream().map(f -> f.id() + " (" + findings.texts().label(f.id()) + ")")
                .collect(Collectors.joining(", "));
        String sectionLabel = findings.texts().sectionLabel(section.id());
        findings.report(recommended, missing.get(0).id(), missing.get(0).id(), sectionLabel + ": the " + profile.id()
                + " profile recommends " + names + ".", "Fill these in, or say why they do not apply.");
    }
}
