package org.modelcards.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.modelcards.cli.report.ConsoleText;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.review.CardReview;
import org.modelcards.core.review.Change;
import org.modelcards.core.review.Review;
import org.modelcards.core.review.ReviewReport;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Strictness;
import org.modelcards.core.validation.checker.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modelcard diff A B}: what changed in meaning between two cards, and whether it got better. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two cards (any formats) field by field: changes in meaning, issues fixed and",
                "introduced, completeness before and after. Exit 0: no differences; 1: differences; 2: error."})
final class DiffCommand implements Callable<Integer> {
    enum Format { text, json, markdown }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "F", defaultValue = "text", description = "text (default), json or markdown.")
    Format format;

    @Option(names = "--profile", paramLabel = "P", defaultValue = "huggingface", description = "Profile for the issue delta.")
    String profile;

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The previous version.")
    Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The proposed version.")
    Path after;

    @Override
    public Integer call() {
        Profile chosen = Profile.byId(profile).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "unknown profile: " + profile));
        CardFiles files = new CardFiles();
        PrintWriter out = spec.commandLine().getOut();
        Review review;
        try {
            review = new CardReview(FieldCatalog.standard(), Validator.standard()).review(
                    CardSubject.from(files.open(before)), CardSubject.from(files.open(after)), chosen, Strictness.RELEASE);
        } catch (CardReadException e) {
            spec.commandLine().getErr().println(ConsoleText.escape(e.problem()));
            return Cli.EXIT_USAGE;
        }
        ReviewReport report = new ReviewReport(CatalogTexts.forLocale(Locale.ENGLISH));
        switch (format) {
            case json -> out.print(report.json(review));
            case markdown -> out.print(report.markdown(review, before.toString(), after.toString()));
            case text -> {
                for (Change change : review.changes()) {
                    out.println(symbol(change.kind()) + " " + ConsoleText.escape(change.path()) + (change.kind() == Change.Kind.CHANGED
                            ? ": " + oneLine(change.before()) + " -> " + oneLine(change.after())
                            : ": " + oneLine(change.kind() == Change.Kind.ADDED ? change.after() : change.before())));
                }
                out.printf("%d change%s; completeness %d%% -> %d%%; %d issue%s fixed, %d introduced (%s)%n",
                        review.changes().size(), review.changes().size() == 1 ? "" : "s", review.before().percent(),
                        review.after().percent(), review.fixed().size(), review.fixed().size() == 1 ? "" : "s",
                        review.introduced().size(), chosen.id());
            }
        }
        out.flush();
        return review.hasChanges() ? 1 : 0;
    }

    private static String symbol(Change.Kind kind) {
        return switch (kind) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case CHANGED -> "~";
        };
    }

    /** A value on one line: line breaks become spaces, other control characters escapes (the value is the card's, not ours). */
    private static String oneLine(String text) {
        String line = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").strip();
        return ConsoleText.escape(line.length() > 100 ? line.substring(0, 97) + "..." : line);
    }
}
