package org.modelcards.core.validation.checker;

import org.modelcards.core.validation.FileValidation;
import org.modelcards.core.validation.Severity;
import org.modelcards.core.validation.Strictness;
import org.modelcards.core.validation.ReadRules;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Suppressions;
import org.modelcards.core.validation.Issue;
import org.modelcards.core.validation.ValidationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.formats.OpenedCard;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.validation.config.CheckPolicy;
import org.modelcards.core.validation.config.CheckSettings;
import org.modelcards.core.validation.config.ConfigException;
import org.modelcards.core.validation.config.RuleLevel;

/**
 * Validates card files, each under the settings its project gives it (profile, strictness, rules
 * turned off or re-graded) and without the findings its author silenced in the card; thread-safe, so
 * a batch can share it.
 */
public final class CardChecker {
    private final Validator validator;
    private final CardFiles files;
    private final CheckPolicy policy;

    public CardChecker(Validator validator, CardFiles files, CheckPolicy policy) {
        this.validator = validator;
        this.files = files;
        this.policy = policy;
    }

    public CardChecker(Validator validator, CardFiles files, Profile profile, Strictness strictness) {
        this(validator, files, CheckPolicy.fixed(CheckSettings.of(profile, strictness)));
    }

    /** Reads the file once and validates it; never throws for bad content. */
    public FileValidation check(Path path) {
        CheckSettings settings;
        try {
            settings = policy.settingsFor(path);
        } catch (ConfigException e) {
            return unreadable(path, new Issue(ReadRules.CONFIG, Severity.ERROR, "", e.getMessage(), "", null),
                    Profile.HUGGINGFACE);
        }
        try {
            OpenedCard opened = files.open(path);
            ValidationReport report = opened.format().holdsWholeCard()
                    ? validator.validate(CardSubject.from(opened), settings.profile(), settings.strictness())
                    : validator.validatePart(CardSubject.from(opened), settings.profile());
            return new FileValidation(path, true, adjust(report, settings, Suppressions.in(opened.text())));
        } catch (CardReadException e) {
            return unreadable(path, ReadRules.toIssue(e.problem()), settings.profile());
        } catch (RuntimeException | StackOverflowError e) {
            // a fault of ours on this one file: said for this file, and the run goes on (exit 2)
            return unreadable(path, new Issue(ReadProblem.UNREADABLE, Severity.ERROR, "",
                    "could not be checked: the checker failed on this file (please report it with the file)", "", null),
                    settings.profile());
        } catch (OutOfMemoryError e) {
            return unreadable(path, new Issue(ReadProblem.UNREADABLE, Severity.ERROR, "",
                    "could not be checked: the file needs more memory than this run has", "", null), settings.profile());
        }
    }

    /** The report with the project's rule levels applied and the author's suppressions taken out. */
    static ValidationReport adjust(ValidationReport report, CheckSettings settings, Suppressions suppressions) {
        if (settings.rules().isEmpty() && suppressions.isEmpty()) {
            return report;
        }
        List<Issue> kept = new ArrayList<>();
        for (Issue issue : report.issues()) {
            RuleLevel level = settings.rules().get(issue.ruleId());
            Optional<Severity> severity = level == null ? Optional.of(issue.severity()) : level.severity();
            if (severity.isEmpty() || suppressions.covers(issue)) {
                continue;
            }
            kept.add(severity.get() == issue.severity() ? issue
                    : new Issue(issue.ruleId(), severity.get(), issue.fieldId(), issue.message(), issue.hint(), issue.at()));
        }
        return new ValidationReport(kept, report.completeness());
    }

    private FileValidation unreadable(Path path, Issue issue, Profile profile) {
        return new FileValidation(path, false, new ValidationReport(List.of(issue), validator.completeness(ModelCard.EMPTY, profile)));
    }
}
