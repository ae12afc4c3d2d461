package org.modelcards.core.validation;

import java.util.ArrayList;
import java.util.List;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.format.SourceMap;
import org.modelcards.core.format.TextPosition;

/**
 * Collects the issues of one validation run: sets each issue's severity from the strictness, finds
 * its position in the source, and in the classroom profile adds why the rule matters.
 */
public final class Findings {
    private final Profile profile;
    private final Strictness strictness;
    private final SourceMap positions;
    private final CatalogTexts texts;
    private final Completeness completeness;
    private final List<Issue> issues = new ArrayList<>();

    /** Findings for one card; made by the checker that runs the rules, which then reads {@link #issues()}. */
    public Findings(Profile profile, Strictness strictness, SourceMap positions, CatalogTexts texts, Completeness completeness) {
        this.profile = profile;
        this.strictness = strictness;
        this.positions = positions;
        this.texts = texts;
        this.completeness = completeness;
    }

    public Profile profile() {
        return profile;
    }

    public Strictness strictness() {
        return strictness;
    }

    public CatalogTexts texts() {
        return texts;
    }

    /** How complete the card is for the profile; the requirement rules report its missing fields. */
    public Completeness completeness() {
        return completeness;
    }

    /** Reports a problem at {@code path} (a field id, row or cell), positioned from the source map. */
    public void report(RuleInfo rule, String fieldId, String path, String message, String hint) {
        at(rule, fieldId, positions.find(path), message, hint);
    }

    /** Reports a problem at a known position (metadata rules know their YAML node's). */
    public void at(RuleInfo rule, String fieldId, TextPosition at, String message, String hint) {
        String explained = message;
        if (profile == Profile.CLASSROOM && !fieldId.isEmpty()) {
            String why = texts.why(fieldId);
            if (!why.isEmpty()) {
                explained = message + " Why it matters: " + why + " (Source: " + rule.source().title() + ")";
            }
        }
        issues.add(new Issue(rule.id(), rule.severity(strictness), fieldId, explained, hint, at));
    }

    /** What the rules reported, in the order they reported it. */
    public List<Issue> issues() {
        return issues;
    }
}
