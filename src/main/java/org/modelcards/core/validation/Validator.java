package org.modelcards.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.validation.rules.Meaning;
import org.modelcards.core.validation.rules.StandardRules;

/**
 * Checks cards against a profile's rules and scores their completeness. Immutable and thread-safe:
 * one validator serves every card of a batch in parallel.
 *
 * <pre>{@code
 * ValidationReport report = Validator.standard().validate(CardSubject.of(card), Profile.HUGGINGFACE, Strictness.RELEASE);
 * }</pre>
 */
public final class Validator {
    private static final Comparator<Issue> BY_POSITION = Comparator
            .comparingInt((Issue i) -> i.at().isKnown() ? i.at().line() : Integer.MAX_VALUE)
            .thenComparingInt(i -> i.at().column())
            .thenComparing(Issue::severity)
            .thenComparing(Issue::ruleId);

    private final List<Rule> rules;
    private final CatalogTexts texts;
    private final CompletenessScorer scorer;

    public Validator(FieldCatalog catalog, CatalogTexts texts, HubFacts facts, List<String> baseModelRelations) {
        Meaning meaning = new Meaning(facts.templatePrompts());
        this.rules = StandardRules.create(catalog, facts, meaning, baseModelRelations);
        this.texts = texts;
        this.scorer = new CompletenessScorer(catalog, meaning);
    }

    /** The validator over the standard catalogue, English texts and the bundled Hub facts. */
    public static Validator standard() {
        FieldCatalog catalog = FieldCatalog.standard();
        return new Validator(catalog, CatalogTexts.forLocale(Locale.ENGLISH), HubFacts.bundled(),
                catalog.require("details.baseModelRelation").choices());
    }

    /** Every rule this validator knows, reading problems first, each once. */
    public List<RuleInfo> rules() {
        List<RuleInfo> all = new ArrayList<>(ReadRules.all());
        rules.forEach(rule -> all.addAll(rule.infos()));
        return all;
    }

    /** How complete {@code card} is for {@code profile}. */
    public Completeness completeness(org.modelcards.core.model.ModelCard card, Profile profile) {
        return scorer.score(card, profile);
    }

    public ValidationReport validate(CardSubject subject, Profile profile, Strictness strictness) {
        Findings findings = new Findings(profile, strictness, subject.positions(), texts);
        for (Rule rule : rules) {
            if (rule.infos().get(0).appliesTo(profile)) {
                rule.check(subject, findings);
            }
        }
        List<Issue> issues = new ArrayList<>(subject.readIssues());
        issues.addAll(findings.issues());
        issues.sort(BY_POSITION);
        return new ValidationReport(issues, scorer.score(subject.card(), profile));
    }
}
