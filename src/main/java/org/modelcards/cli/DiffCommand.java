package org.modelcards.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.modelcards.cli.report.ConsoleText;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.formats.OpenedCard;
import org.modelcards.core.git.GitCards;
import org.modelcards.core.git.GitException;
import org.modelcards.core.git.GitRepository;
import org.modelcards.core.model.ModelCard;
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

/**
 * {@code modelcard diff A B}: what changed in meaning between two cards, and whether it got better.
 * Either side may be a version in git ({@code main:README.md}); {@code --git REV} compares every card
 * changed since REV with its version there.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two cards (any formats) field by field: changes in meaning, issues fixed and",
                "introduced, completeness before and after. Either card may be REV:PATH, a version in git",
                "(main:README.md, HEAD~1:./card.json); --git REV compares every card changed since REV.",
                "Exit 0: no differences; 1: differences; 2: error."})
final class DiffCommand implements Callable<Integer> {
    enum Format { text, json, markdown }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "F", defaultValue = "text", description = "text (default), json or markdown.")
    Format format;

    @Option(names = "--profile", paramLabel = "P", defaultValue = "huggingface", description = "Profile for the issue delta.")
    String profile;

    @Option(names = "--git", paramLabel = "REV",
            description = "Compare each card file changed since REV (in the work tree) with its version at REV.")
    String since;

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "The git work tree for REV:PATH and --git (default: the current folder).")
    Path repo;

    @Parameters(arity = "0..2", paramLabel = "CARD",
            description = "BEFORE and AFTER: a file, or REV:PATH for a version in git. None with --git.")
    List<String> cards = List.of();

    @Override
    public Integer call() {
        Profile chosen = Profile.byId(profile).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "unknown profile: " + profile));
        if (since == null && cards.size() != 2) {
            throw new ParameterException(spec.commandLine(), "diff needs BEFORE and AFTER, or --git REV");
        }
        if (since != null && !cards.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--git REV takes no card arguments");
        }
        CardFiles files = new CardFiles();
        PrintWriter out = spec.commandLine().getOut();
        try {
            int code = since == null
                    ? compare(open(files, cards.get(0)), open(files, cards.get(1)), cards.get(0), cards.get(1), chosen, out)
                            ? 1 : 0
                    : changedSince(files, chosen, out);
            out.flush();
            return code;
        } catch (CardReadException e) {
            spec.commandLine().getErr().println(ConsoleText.escape(e.problem()));
        } catch (GitException e) {
            spec.commandLine().getErr().println("modelcard: " + ConsoleText.escape(e.getMessage()));
        }
        out.flush();
        return Cli.EXIT_USAGE;
    }

    /** Every card file changed since {@link #since}, against its version there (the empty card for a new file). */
    private int changedSince(CardFiles files, Profile chosen, PrintWriter out) throws GitException, CardReadException {
        GitCards git = new GitCards(GitRepository.at(repo), files);
        List<String> changed = git.repository().changedSince(since).stream()
                .filter(p -> files.isCardFile(Path.of(p))).toList();
        if (changed.isEmpty() && format != Format.json) {
            out.println("No card files changed since " + ConsoleText.escape(since) + ".");
        }
        boolean differences = false;
        if (format == Format.json) {
            out.print("[");
        }
        for (int i = 0; i < changed.size(); i++) {
            String path = changed.get(i);
            Path file = git.repository().root().resolve(path);
            OpenedCard after = files.open(file);
            String beforeName = since + ":" + path;
            OpenedCard before = git.repository().exists(since, path) ? git.open(since, path) : null;
            if (format == Format.text) {
                out.println("== " + ConsoleText.escape(path) + (before == null ? " (new)" : ""));
            } else if (format == Format.json && i > 0) {
                out.print(",");
            }
            differences |= compare(before, after, before == null ? "(new file)" : beforeName, path, chosen, out);
            if (format == Format.markdown) {
                out.println();
            }
        }
        if (format == Format.json) {
            out.println("]");
        }
        return differences ? 1 : 0;
    }

    private OpenedCard open(CardFiles files, String argument) throws CardReadException, GitException {
        if (GitCards.isVersion(argument)) {
            return new GitCards(GitRepository.at(repo), files).open(argument, repo.toAbsolutePath());
        }
        return files.open(Path.of(argument));
    }

    /** Prints the review of {@code after} against {@code before} (null: a new card) and says whether they differ. */
    private boolean compare(OpenedCard before, OpenedCard after, String beforeName, String afterName, Profile chosen,
            PrintWriter out) {
        Review review = new CardReview(FieldCatalog.standard(), Validator.standard()).review(
                before == null ? CardSubject.of(ModelCard.EMPTY) : CardSubject.from(before), CardSubject.from(after),
                chosen, Strictness.RELEASE);
        ReviewReport report = new ReviewReport(CatalogTexts.forLocale(Locale.ENGLISH));
        switch (format) {
            case json -> out.print(report.json(review));
            case markdown -> out.print(report.markdown(review, beforeName, afterName));
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
        return review.hasChanges();
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
