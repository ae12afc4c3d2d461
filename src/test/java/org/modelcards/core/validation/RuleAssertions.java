package org.modelcards.core.validation;

import org.modelcards.core.validation.checker.Validator;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.TextPosition;
import org.modelcards.core.format.hf.HubReadmeReader;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.ModelCard;

/** Shared helpers for the rule tests: build subjects, validate them, and pick out one rule's issues. */
final class RuleAssertions {
    static final Validator VALIDATOR = Validator.standard();
    private static final FieldCatalog CATALOG = FieldCatalog.standard();

    private RuleAssertions() {
    }

    /** A subject for a card that came from no file (no metadata, no positions). */
    static CardSubject subject(ModelCard card) {
        return CardSubject.of(card);
    }

    /** A subject read from a README whose lines are {@code lines} (line 1 is the first argument). */
    static CardSubject readme(String... lines) {
        return CardSubject.from(new HubReadmeReader().read(String.join("\n", lines) + "\n", "README.md"));
    }

    /** A copy of {@code card} with the catalogue field {@code fieldId} set to {@code value}. */
    static ModelCard with(ModelCard card, String fieldId, Object value) {
        return CATALOG.require(fieldId).write(card, value);
    }

    /** A copy of {@code card} with the field {@code fieldId} emptied: blank text, or no items or rows. */
    static ModelCard without(ModelCard card, String fieldId) {
        CardField field = CATALOG.require(fieldId);
        Object empty = switch (field.kind()) {
            case LIST, TABLE -> List.of();
            case BOOLEAN -> false;
            default -> "";
        };
        return field.write(card, empty);
    }

    /** The empty card with one field set. */
    static ModelCard cardWith(String fieldId, Object value) {
        return with(ModelCard.EMPTY, fieldId, value);
    }

    /** The bundled general-purpose example card (ostrea-large-2), which fills everything every profile asks for, the EU AI Act form included. */
    static ModelCard example() {
        Path path = Path.of("assets/examples/ostrea-large-2.modelcard.json");
        try {
            return new NativeJsonFormat().read(Files.readString(path), path.toString());
        } catch (IOException | CardReadException e) {
            throw new AssertionError("cannot read the bundled example " + path, e);
        }
    }

    static ValidationReport validate(CardSubject subject, Profile profile, Strictness strictness) {
        return VALIDATOR.validate(subject, profile, strictness);
    }

    static List<Issue> issues(CardSubject subject, Profile profile, Strictness strictness) {
        return validate(subject, profile, strictness).issues();
    }

    static List<Issue> issues(CardSubject subject, Profile profile, Strictness strictness, String ruleId) {
        return issues(subject, profile, strictness).stream().filter(i -> i.ruleId().equals(ruleId)).toList();
    }

    /**
     * The one issue {@code ruleId} reports on {@code subject}, checked to be reported exactly once with
     * {@code release} severity for a release and {@code draft} severity for a draft, with the same message.
     */
    static Issue reportedOnce(CardSubject subject, Profile profile, String ruleId, Severity release, Severity draft) {
        return reportedOnce(subject, profile, ruleId, issue -> true, release, draft);
    }

    /** As {@link #reportedOnce(CardSubject, Profile, String, Severity, Severity)}, for the issue on {@code fieldId}. */
    static Issue reportedOnce(CardSubject subject, Profile profile, String ruleId, String fieldId, Severity release,
            Severity draft) {
        return reportedOnce(subject, profile, ruleId, issue -> issue.fieldId().equals(fieldId), release, draft);
    }

    private static Issue reportedOnce(CardSubject subject, Profile profile, String ruleId, Predicate<Issue> which,
            Severity release, Severity draft) {
        Issue atRelease = only(subject, profile, Strictness.RELEASE, ruleId, which);
        Issue atDraft = only(subject, profile, Strictness.DRAFT, ruleId, which);
        assertThat(atRelease.severity()).as("%s severity for a release", ruleId).isEqualTo(release);
        assertThat(atDraft.severity()).as("%s severity for a draft", ruleId).isEqualTo(draft);
        assertThat(atDraft.message()).as("the draft reports the same finding").isEqualTo(atRelease.message());
        return atRelease;
    }

    private static Issue only(CardSubject subject, Profile profile, Strictness strictness, String ruleId,
            Predicate<Issue> which) {
        List<Issue> found = issues(subject, profile, strictness, ruleId).stream().filter(which).toList();
        assertThat(found).as("%s issues under %s/%s", ruleId, profile.id(), strictness.id()).hasSize(1);
        return found.get(0);
    }

    /** Asserts that {@code ruleId} reports nothing on {@code subject}, for a release or a draft. */
    static void assertNotReported(CardSubject subject, Profile profile, String ruleId) {
        for (Strictness strictness : Strictness.values()) {
            assertThat(issues(subject, profile, strictness, ruleId))
                    .as("%s issues under %s/%s", ruleId, profile.id(), strictness.id()).isEmpty();
        }
    }

    static TextPosition at(int line, int column) {
        return new TextPosition(line, column);
    }
}
