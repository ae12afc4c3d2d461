package org.modelcards.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.modelcards.cli.report.ConsoleText;
import org.modelcards.core.format.AtomicFiles;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.formats.CardPaths;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.Loss;
import org.modelcards.core.formats.OpenedCard;
import org.modelcards.core.format.OrderedParallel;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.format.SourceText;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.format.eumdf.PublicReadmeDisclosures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modelcard convert}: from any format to any other, one card to stdout or many into a folder. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert cards between formats (see --to).",
                "One input without -o goes to stdout; several inputs (files or folders) need -o DIR, where each",
                "output keeps its input's relative path and base name. What the target cannot carry is listed on",
                "stderr. A bad input is reported as path:line:col and the others still convert (exit 2 at the end).",
                "An output never replaces an input (unless --overwrite), never leaves -o DIR through a symbolic",
                "link, and two inputs that would get the same output name stop the run before anything is written."})
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", completionCandidates = WritableFormats.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    String to;

    @Option(names = "--spec", paramLabel = "VERSION", description = {"The version of the target's specification,",
            "for a target that has several (cyclonedx: 1.6, the default, or 1.7)."})
    String specVersion;

    @Option(names = "--recipient", paramLabel = "WHO", description = {"Who the document is for, for a target that writes",
            "one per recipient (eu-mdf: ai-office, authority or downstream; required)."})
    String recipient;

    @Option(names = "--layout", paramLabel = "LAYOUT", description = {"The file layout, for a target that has several",
            "(eu-mdf, eu-summary: md, the default, html or json)."})
    String layout;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output folder (or file, for one input).")
    Path output;

    @Option(names = "--overwrite", description = "Allow an output to replace one of the inputs.")
    boolean overwrite;

    @Option(names = "--threads", paramLabel = "N", description = "Cards converted in parallel (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(paramLabel = "IN", arity = "1..*", description = "Card files or folders.")
    List<Path> inputs;

    @Option(names = "--allow-loss", description = {"Convert a README whose front matter cannot be read (its metadata",
            "is lost), or one that written back as a README would lose fields; what is lost is listed on stderr.",
            "Without it such a file is refused (exit 2)."})
    boolean allowLoss;

    /** One input and the path it is written to (null: stdout). */
    private record Job(Path input, Path target) {
    }

    /** What converting one input gave: the text, and the lines for stderr (losses), or why it was refused. */
    private record Converted(Job job, WriteResult result, List<String> notes, String problem) {
    }

    @Override
    public Integer call() throws InterruptedException {
        CardFiles files = new CardFiles();
        CardFormat named = files.formats().byId(to).filter(f -> f.writer().isPresent())
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown format: " + to + " (use "
                        + String.join(", ", WritableFormats.ids(files.formats())) + ")"));
        CardFormat versioned = specVersion == null ? named : named.atSpecVersion(specVersion).orElseThrow(() ->
                new ParameterException(spec.commandLine(), named.specVersions().isEmpty()
                        ? named.id() + " has one version; --spec does not apply"
                        : named.id() + " has no version " + specVersion + " (use " + String.join(", ",
                                named.specVersions()) + ")"));
        CardFormat target = variant(versioned);
        List<Path[]> found = new ArrayList<>();
        for (Path input : inputs) {
            for (Path file : new CardPaths(files.formats()).expand(List.of(input))) {
                Path relative = Files.isDirectory(input) ? input.relativize(file) : file.getFileName();
                found.add(new Path[] {file, relative});
            }
        }
        boolean toStdout = output == null;
        if (toStdout && (found.size() != 1 || inputs.stream().anyMatch(Files::isDirectory))) {
            throw new ParameterException(spec.commandLine(), "several inputs need -o DIR");
        }
        boolean singleFileOutput = found.size() == 1 && output != null && !Files.isDirectory(output)
                && !inputs.stream().anyMatch(Files::isDirectory) && output.getFileName().toString().contains(".");
        List<Job> jobs = new ArrayList<>();
        for (Path[] file : found) {
            jobs.add(new Job(file[0], toStdout ? null : singleFileOutput ? output : output.resolve(outputName(files, target, file[1]))));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!toStdout) {
            // before anything is converted or written: a half-done batch with one output overwritten by another helps no one
            List<String> collisions;
            try {
                collisions = OutputSafety.collisions(jobs.stream().map(Job::input).toList(), jobs.stream().map(Job::target).toList());
            } catch (IOException e) {
                err.println(ConsoleText.escape(output) + ": cannot tell where outputs go: " + ConsoleText.escape(e.getMessage()));
                return Cli.EXIT_USAGE;
            }
            if (!collisions.isEmpty()) {
                collisions.forEach(err::println);
                return Cli.EXIT_USAGE;
            }
        }
        OutputSafety safety = new OutputSafety(jobs.stream().map(Job::input).toList());
        AtomicFiles writer = new AtomicFiles();
        int[] failed = new int[1];
        new OrderedParallel(threads).run(jobs, job -> convert(files, target, job), done -> {
            if (done.problem() != null) {
                err.println(done.problem());
                failed[0]++;
                return;
            }
            done.notes().forEach(err::println);
            for (Loss loss : done.result().losses()) {
                err.println(ConsoleText.escape(done.job().input()) + ": " + target.id() + " cannot carry "
                        + ConsoleText.escape(loss.fieldId()) + " (" + ConsoleText.escape(loss.reason()) + ")");
            }
            Path to = done.job().target();
            if (to == null) {
                out.print(done.result().text());
                out.flush();
                return;
            }
            Optional<String> refused = !overwrite && safety.isInput(to)
                    ? Optional.of(ConsoleText.escape(to) + ": not written: it is an input (use --overwrite to replace it)")
                    : singleFileOutput ? Optional.empty() : OutputSafety.leaves(output, to);
            if (refused.isPresent()) {
                err.println(refused.get());
                failed[0]++;
                return;
            }
            try {
                writer.write(to, done.result().text());
            } catch (IOException e) {
                err.println(ConsoleText.escape(e.getMessage()));
                failed[0]++;
            }
        });
        return failed[0] > 0 ? Cli.EXIT_USAGE : 0;
    }

    /** The target for {@code --recipient} and {@code --layout}: the one variant asked for, or a usage error. */
    private CardFormat variant(CardFormat format) {
        CardFormat chosen = format;
        if (!format.recipients().isEmpty() && recipient == null) {
            throw new ParameterException(spec.commandLine(), format.id() + " writes one document per recipient: add --recipient "
                    + String.join("|", format.recipients()));
        }
        if (recipient != null) {
            chosen = chosen.forRecipient(recipient).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    format.recipients().isEmpty() ? format.id() + " writes one document for everyone; --recipient does not apply"
                            : format.id() + " has no recipient " + recipient + " (use " + String.join(", ", format.recipients()) + ")"));
        }
        if (layout != null) {
            chosen = chosen.inLayout(layout).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    format.layouts().isEmpty() ? format.id() + " has one layout; --layout does not apply"
                            : format.id() + " has no layout " + layout + " (use " + String.join(", ", format.layouts()) + ")"));
        }
        return chosen;
    }

    private String outputName(CardFiles files, CardFormat target, Path relative) {
        String name = relative.getFileName().toString();
        String base = files.formats().baseName(name);
        String file = target.outputName(base);
        Path parent = relative.getParent();
        return parent == null ? file : parent.resolve(file).toString();
    }

    private Converted convert(CardFiles files, CardFormat target, Job job) {
        Path input = job.input();
        try {
            OpenedCard opened = files.open(input);
            // a file kept with its layout (a README) has front matter whose loss is refused unless allowed
            boolean fromReadme = opened.keepsLayout();
            boolean sameFormat = opened.format().id().equals(target.id());
            List<String> notes = new ArrayList<>();
            Optional<ReadProblem> unread = ConversionLosses.unreadFrontMatter(opened.loaded());
            if (fromReadme && !sameFormat && unread.isPresent()) {
                if (!allowLoss) {
                    return new Converted(job, null, List.of(), ConversionLosses.refusal(unread.get(), target.id()));
                }
                notes.add(ConversionLosses.lost(unread.get(), target.id(), SourceText.read(input).text()));
            }
            // a README into another format also lists what its front matter holds that the card cannot
            WriteResult result = opened.renderAs(target, opened.loaded().card());
            if (target.id().equals("hf")) {
                // a README is public: say so when it publishes what the EU form keeps for the authorities
                new PublicReadmeDisclosures().warnings(opened.loaded().card())
                        .forEach(w -> notes.add(ConsoleText.escape(input) + ": warning: " + ConsoleText.escape(w)));
            }
            if (fromReadme && sameFormat && !allowLoss) {
                Optional<String> refused = ConversionLosses.sameFormatRefusal(input, result);
                if (refused.isPresent()) {
                    return new Converted(job, null, List.of(), refused.get());
                }
            }
            return new Converted(job, result, notes, null);
        } catch (CardReadException e) {
            return new Converted(job, null, List.of(), ConsoleText.escape(e.problem()));
        } catch (RuntimeException e) {
            return new Converted(job, null, List.of(), ConsoleText.escape(input) + ": cannot convert: " + ConsoleText.escape(e.getMessage()));
        }
    }
}
