package org.modelcards.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.modelcards.cli.report.FailOn;
import org.modelcards.cli.report.GithubReport;
import org.modelcards.cli.report.JsonReport;
import org.modelcards.cli.report.ReportWriter;
import org.modelcards.cli.report.SarifReport;
import org.modelcards.cli.report.Summary;
import org.modelcards.cli.report.TextReport;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.formats.CardPaths;
import org.modelcards.core.validation.Baseline;
import org.modelcards.core.validation.checker.BatchValidation;
import org.modelcards.core.validation.checker.CardChecker;
import org.modelcards.core.validation.FileValidation;
import org.modelcards.core.validation.Issue;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.Severity;
import org.modelcards.core.validation.Strictness;
import org.modelcards.core.validation.ValidationReport;
import org.modelcards.core.validation.config.CheckPolicy;
import org.modelcards.core.validation.config.CheckSettings;
import org.modelcards.core.validation.config.ConfigException;
import org.modelcards.core.validation.config.ConfigFinder;
import org.modelcards.core.validation.config.ProjectConfig;
import org.modelcards.core.validation.checker.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code modelcard validate}: checks cards in files and folders, for people and for CI. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check model cards (README.md and .json files; folders are searched recursively).",
                "Errors are what the Hub would refuse, ignore or lose; profile requirements, template text and lint are"
                        + " warnings unless --strictness release.",
                "Settings come from the nearest .modelcard.yaml above each card (profile, strictness, rules: RULE: off|error|"
                        + "warning|info, overrides: per path); <!-- modelcard-disable RULE --> ... <!-- modelcard-enable -->"
                        + " and <!-- modelcard-disable-next-line RULE --> silence findings in a card.",
                "Exit code 0: nothing at the --fail-on level; 1: such findings; 2: an input could not be read, or a usage error."})
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {
    /** Below this many files a progress bar would only flicker. */
    private static final int PROGRESS_THRESHOLD = 20;

    enum Format { text, json, sarif, github }

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", paramLabel = "P",
            description = "huggingface (default), mitchell, eu-gpai or classroom; overrides the project config.")
    String profile;

    @Option(names = "--strictness", paramLabel = "S",
            description = "draft (default): errors are only what the Hub would refuse, ignore or lose; release: a release"
                    + " gate, where missing required fields and template text are errors too.")
    String strictness;

    @Option(names = "--format", paramLabel = "F", defaultValue = "text",
            description = "text (default), json, sarif (code scanning) or github (workflow annotations).")
    Format format;

    @Option(names = "--scores", description = "With text output, also print each card's completeness per section.")
    boolean scores;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Use this project config instead of the nearest .modelcard.yaml above each card.")
    Path config;

    @Option(names = "--no-config", description = "Ignore .modelcard.yaml files.")
    boolean noConfig;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings not in this baseline (matched by file, rule, field and message, not line).")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write every finding of this run to FILE as a baseline (exit 0 unless an input is unreadable).")
    Path writeBaseline;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "error (default): exit 1 on errors; warning: on errors or warnings; never: only unreadable"
                    + " input fails (exit 2).")
    FailOn failOn;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors (and the totals).")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N", description = "Cards checked in parallel (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Card files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws InterruptedException {
        Optional<Profile> givenProfile = profile == null ? Optional.empty() : Optional.of(Profile.byId(profile).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "unknown profile: " + profile
                        + " (use huggingface, mitchell, eu-gpai or classroom)")));
        Optional<Strictness> givenStrictness = strictness == null ? Optional.empty()
                : Optional.of(Strictness.byId(strictness).orElseThrow(() ->
                        new ParameterException(spec.commandLine(), "unknown strictness: " + strictness + " (use draft or release)")));
        Profile chosenProfile = givenProfile.orElse(Profile.HUGGINGFACE);
        Strictness chosenStrictness = givenStrictness.orElse(Strictness.DEFAULT);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Validator validator = Validator.standard();
        Set<String> ruleIds = validator.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
        CheckSettings defaults = CheckSettings.of(chosenProfile, chosenStrictness);
        CheckPolicy policy;
        try {
            policy = config != null ? CheckPolicy.withConfig(defaults, givenProfile, givenStrictness, ProjectConfig.read(config, ruleIds))
                    : noConfig ? CheckPolicy.fixed(defaults)
                    : CheckPolicy.searching(defaults, givenProfile, givenStrictness, new ConfigFinder(ruleIds));
        } catch (ConfigException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Baseline known;
        try {
            known = baseline == null ? null : Baseline.read(baseline);
        } catch (java.io.IOException | RuntimeException e) {
            throw new ParameterException(spec.commandLine(), "cannot read baseline " + baseline + ": " + e.getMessage());
        }
        Baseline.Writer newBaseline = writeBaseline == null ? null : new Baseline.Writer(writeBaseline);
        CardFiles cardFiles = new CardFiles();
        List<Path> files = new CardPaths(cardFiles.formats()).expand(paths);
        Summary summary = new Summary(chosenProfile, chosenStrictness, newBaseline == null ? failOn : FailOn.never);
        ReportWriter report = switch (format) {
            case text -> new TextReport(out, scores, CatalogTexts.forLocale(Locale.ENGLISH));
            case json -> new JsonReport(out, summary);
            case sarif -> new SarifReport(out, validator.rules(), chosenStrictness, ModelCardCommand.Version.number(),
                    Path.of(""));
            case github -> new GithubReport(out);
        };
        ProgressBar progress = System.console() != null && files.size() >= PROGRESS_THRESHOLD
                ? new ProgressBar(err, files.size()) : null;
        CardChecker checker = new CardChecker(validator, cardFiles, policy);
        new BatchValidation(checker, threads).run(files, checked -> {
            if (progress != null) {
                progress.clear();
            }
            FileValidation result = known == null ? checked : known.remove(checked);
            if (newBaseline != null) {
                newBaseline.add(result);
            }
            summary.add(result);
            report.file(quiet ? onlyErrors(result) : result);
            out.flush();
            if (progress != null) {
                progress.step();
            }
        });
        if (progress != null) {
            progress.clear();
        }
        report.finish(summary);
        if (newBaseline != null) {
            try {
                newBaseline.write();
                err.println("wrote " + newBaseline.size() + " finding(s) to baseline " + writeBaseline);
            } catch (java.io.IOException e) {
                err.println(writeBaseline + ": cannot write the baseline: " + e.getMessage());
                return 2;
            }
        }
        if (format == Format.github || format == Format.sarif) {
            err.println(summary.describe());
        }
        return summary.exitCode();
    }

    private static FileValidation onlyErrors(FileValidation result) {
        List<Issue> errors = result.report().issues().stream().filter(i -> i.severity() == Severity.ERROR).toList();
        return new FileValidation(result.path(), result.readable(), new ValidationReport(errors, result.report().completeness()));
    }
}
