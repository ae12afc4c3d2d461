package org.modelcards.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.modelcards.cli.report.GithubReport;
import org.modelcards.cli.report.JsonReport;
import org.modelcards.cli.report.ReportWriter;
import org.modelcards.cli.report.SarifReport;
import org.modelcards.cli.report.Summary;
import org.modelcards.cli.report.TextReport;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.format.CardFiles;
import org.modelcards.core.format.CardPaths;
import org.modelcards.core.validation.BatchValidation;
import org.modelcards.core.validation.CardChecker;
import org.modelcards.core.validation.Strictness;
import org.modelcards.core.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code modelcard validate}: checks cards in files and folders, for people and for CI. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check model cards (README.md and .json files; folders are searched recursively).",
                "Exit code 0: no errors; 1: errors found; 2: an input could not be read, or a usage error."})
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {
    /** Below this many files a progress bar would only flicker. */
    private static final int PROGRESS_THRESHOLD = 20;

    enum Format { text, json, sarif, github }

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", paramLabel = "P", defaultValue = "huggingface",
            description = "huggingface (default), mitchell, eu-gpai or classroom.")
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

    @Option(names = "--threads", paramLabel = "N", description = "Cards checked in parallel (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Card files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws InterruptedException {
        Profile chosenProfile = Profile.byId(profile).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "unknown profile: " + profile
                        + " (use huggingface, mitchell, eu-gpai or classroom)"));
        Strictness chosenStrictness = Strictness.byId(strictness).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "unknown strictness: " + strictness + " (use draft or release)"));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Validator validator = Validator.standard();
        List<Path> files = CardPaths.expand(paths);
        Summary summary = new Summary(chosenProfile, chosenStrictness);
        ReportWriter report = switch (format) {
            case text -> new TextReport(out, scores, CatalogTexts.forLocale(Locale.ENGLISH));
            case json -> new JsonReport(out, summary);
            case sarif -> new SarifReport(out, validator.rules(), chosenStrictness, ModelCardCommand.Version.number(),
                    Path.of(""));
            case github -> new GithubReport(out);
        };
        ProgressBar progress = System.console() != null && files.size() >= PROGRESS_THRESHOLD
                ? new ProgressBar(err, files.size()) : null;
        CardChecker checker = new CardChecker(validator, new CardFiles(), chosenProfile, chosenStrictness);
        new BatchValidation(checker, threads).run(files, result -> {
            if (progress != null) {
                progress.clear();
            }
            summary.add(result);
            report.file(result);
            out.flush();
            if (progress != null) {
                progress.step();
            }
        });
        if (progress != null) {
            progress.clear();
        }
        report.finish(summary);
        if (format == Format.github || format == Format.sarif) {
            err.println(summary.describe());
        }
        return summary.exitCode();
    }
}
