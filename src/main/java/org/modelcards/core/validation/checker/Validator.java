package org.modelcards.core.validation.checker;

import org.modelcards.core.validation.HubFacts;
import org.modelcards.core.validation.Findings;
import org.modelcards.core.validation.Strictness;
import org.modelcards.core.validation.Completeness;
import org.modelcards.core.validation.ReadRules;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Issue;
import org.modelcards.core.validation.Rule;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.ValidationReport;
import java.util.ArrayList;
import org.modelcards.core.euact.FormItem;
import org.modelcards.core.euact.ModelDocumentationForm;
import org.modelcards.core.euact.Recipient;
import org.modelcards.core.validation.FormCompleteness;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.validation.Meaning;
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
    /** The rules each profile runs, chosen once rather than for every card. */
    private final Map<Profile, List<Rule>> rulesFor = new EnumMap<>(Profile.class);
    private final CatalogTexts texts;
    private final CompletenessScorer scorer;
    private final FieldCatalog catalog;
    private final Meaning meaning;

    public Validator(FieldCatalog catalog, CatalogTexts texts, HubFacts facts, List<String> baseModelRelations) {
        Meaning meaning = new Meaning(facts.templatePrompts());
        this.rules = StandardRules.create(catalog, facts, meaning, baseModelRelations);
        for (Profile profile : Profile.values()) {
            rulesFor.put(profile, rules.stream().filter(rule -> rule.infos().get(0).appliesTo(profile)).toList());
        }
        this.texts = texts;
        this.scorer = new CompletenessScorer(catalog, meaning);
        this.catalog = catalog;
        this.meaning = meaning;
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

    /**
     * How much of what {@code recipient} is given of the Model Documentation Form {@code card} answers:
     * the items the form asks of every model, counted when their field says something.
     */
    public FormCompleteness formCompleteness(ModelCard card, Recipient recipient) {
        List<String> answered = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (FormItem item : ModelDocumentationForm.standard().items(recipient)) {
            if (item.required()) {
                (meaning.isMeaningful(catalog.require(item.fieldId()), card) ? answered : missing).add(item.number());
            }
        }
        return new FormCompleteness(recipient, answered, missing);
    }

    /** How complete {@code card} is for {@code profile}. */
    public Completeness completeness(org.modelcards.core.model.ModelCard card, Profile profile) {
        return scorer.score(card, profile);
    }

    /**
     * A file that holds only part of a card (see {@link org.modelcards.core.format.CardFormat#holdsWholeCard}):
     * the problems met reading it, and no rule about what a whole card needs.
     */
    public ValidationReport validatePart(CardSubject subject, Profile profile) {
        List<Issue> issues = new ArrayList<>(subject.readIssues());
        issues.sort(BY_POSITION);
        return new ValidationReport(issues, scorer.score(subject.card(), profile));
    }

    public ValidationReport validate(CardSubject subject, Profile profile, Strictness strictness) {
        // scored once, before the rules: the requirement rules report what the score found missing
        Completeness completeness = scorer.score(subject.card(), profile);
        Findings findings = new Findings(profile, strictness, subject.positions(), texts, completeness);
        for (Rule rule : rulesFor.get(profile)) {
            rule.check(subject, findings);
        }
        List<Issue> issues = new ArrayList<>(subject.readIssues());
        issues.addAll(findings.issues());
        issues.sort(BY_POSITION);
        return new ValidationReport(issues, completeness);
    }
}
