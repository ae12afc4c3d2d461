package org.modelcards.core.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Issue;
import org.modelcards.core.validation.Strictness;
import org.modelcards.core.validation.ValidationReport;
import org.modelcards.core.validation.checker.Validator;

/** Reviews a proposed card against its previous version: semantic diff plus the quality delta. */
public final class CardReview {
    private final CardDiff diff;
    private final Validator validator;

    public CardReview(FieldCatalog catalog, Validator validator) {
        this.diff = new CardDiff(catalog);
        this.validator = validator;
    }

    public Review review(CardSubject base, CardSubject proposed, Profile profile, Strictness strictness) {
        ValidationReport before = validator.validate(base, profile, strictness);
        ValidationReport after = validator.validate(proposed, profile, strictness);
        return new Review(diff.compare(base.card(), proposed.card()), missingFrom(before.issues(), after.issues()),
                missingFrom(after.issues(), before.issues()), before.completeness(), after.completeness());
    }

    /** Issues of {@code these} not in {@code others}, as the same rule on the same field saying the same. */
    private static List<Issue> missingFrom(List<Issue> these, List<Issue> others) {
        List<Issue> result = new ArrayList<>();
        for (Issue issue : these) {
            boolean elsewhere = others.stream().anyMatch(o -> o.ruleId().equals(issue.ruleId())
                    && o.fieldId().equals(issue.fieldId()) && Objects.equals(o.message(), issue.message()));
            if (!elsewhere) {
                result.add(issue);
            }
        }
        return result;
    }
}
