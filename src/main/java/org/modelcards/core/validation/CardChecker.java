package org.modelcards.core.validation;

import java.nio.file.Path;
import java.util.List;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.format.CardFiles;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.model.ModelCard;

/** Validates card files under one profile and strictness; thread-safe, so a batch can share it. */
public final class CardChecker {
    private final Validator validator;
    private final CardFiles files;
    private final Profile profile;
    private final Strictness strictness;

    public CardChecker(Validator validator, CardFiles files, Profile profile, Strictness strictness) {
        this.validator = validator;
        this.files = files;
        this.profile = profile;
        this.strictness = strictness;
    }

    /** Reads the file once and validates it; never throws for bad content. */
    public FileValidation check(Path path) {
        try {
            return new FileValidation(path, true, validator.validate(CardSubject.from(files.open(path)), profile, strictness));
        } catch (CardReadException e) {
            return unreadable(path, ReadRules.toIssue(e.problem()));
        } catch (RuntimeException e) {
            return unreadable(path, new Issue(ReadProblem.UNREADABLE, Severity.ERROR, "", "could not be checked: " + e, "", null));
        }
    }

    private FileValidation unreadable(Path path, Issue issue) {
        return new FileValidation(path, false, new ValidationReport(List.of(issue), validator.completeness(ModelCard.EMPTY, profile)));
    }
}
