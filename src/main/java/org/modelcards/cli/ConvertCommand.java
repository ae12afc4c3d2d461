package org.modelcards.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.modelcards.core.format.AtomicFiles;
import org.modelcards.core.format.CardFiles;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.CardPaths;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.OpenedCard;
import org.modelcards.core.format.OrderedParallel;
import org.modelcards.core.format.WriteResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modelcard convert}: from any format to any other, one card to stdout or many into a folder. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert cards between formats: hf (README.md), json (native), mct, cyclonedx, html.",
                "One input without -o goes to stdout; several inputs (files or folders) need -o DIR, where each",
                "output keeps its input's relative path and base name. What the target cannot carry is listed on",
                "stderr. A bad input is reported as path:line:col and the others still convert (exit 2 at the end)."})
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "hf, json, mct, cyclonedx or html.")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output folder (or file, for one input).")
    Path output;

    @Option(names = "--overwrite", description = "Allow an output to replace one of the inputs.")
    boolean overwrite;

    @Option(names = "--threads", paramLabel = "N", description = "Cards converted in parallel (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(paramLabel = "IN", arity = "1..*", description = "Card files or folders.")
    List<Path> inputs;

    /** What converting one input gave: the text and losses, or why it failed. */
    private record Converted(Path input, Path target, WriteResult result, String problem) {
    }

    @Override
    public Integer call() throws InterruptedException {
        CardFiles files = new CardFiles();
        CardFormat target = files.formats().byId(to).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown format: " + to + " (use " + String.join(", ", files.formats().ids()) + ")"));
        List<Path[]> jobs = new ArrayList<>();
        for (Path input : inputs) {
            for (Path file : CardPaths.expand(List.of(input))) {
                Path relative = Files.isDirectory(input) ? input.relativize(file) : file.getFileName();
                jobs.add(new Path[] {file, relative});
            }
        }
        boolean toStdout = output == null;
        if (toStdout && (jobs.size() != 1 || inputs.stream().anyMatch(Files::isDirectory))) {
            throw new ParameterException(spec.commandLine(), "several inputs need -o DIR");
        }
        Set<Path> inputSet = new HashSet<>();
        jobs.forEach(j -> inputSet.add(j[0].toAbsolutePath().normalize()));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean singleFileOutput = jobs.size() == 1 && output != null && !Files.isDirectory(output)
                && !inputs.stream().anyMatch(Files::isDirectory) && output.getFileName().toString().contains(".");
        int[] failed = new int[1];
        new OrderedParallel(threads).run(jobs, job -> convert(files, target, job[0],
                toStdout ? null : singleFileOutput ? output : output.resolve(outputName(files, job[1]))), done -> {
            if (done.problem() != null) {
                err.println(done.problem());
                failed[0]++;
                return;
            }
            for (Loss loss : done.result().losses()) {
                err.println(done.input() + ": " + target.id() + " cannot carry " + loss.fieldId() + " (" + loss.reason() + ")");
            }
            if (toStdout) {
                out.print(done.result().text());
                out.flush();
            } else if (!overwrite && inputSet.contains(done.target().toAbsolutePath().normalize())) {
                err.println(done.target() + ": not written: it is an input (use --overwrite to replace it)");
                failed[0]++;
            } else {
                try {
                    AtomicFiles.writeString(done.target(), done.result().text());
                } catch (IOException e) {
                    err.println(e.getMessage());
                    failed[0]++;
                }
            }
        });
        return failed[0] > 0 ? Cli.EXIT_USAGE : 0;
    }

    private String outputName(CardFiles files, Path relative) {
        String name = relative.getFileName().toString();
        String base = files.formats().baseName(name);
        String file = to.equals("hf") && base.equalsIgnoreCase("readme") ? "README.md" : base + files.formats().extension(to);
        Path parent = relative.getParent();
        return parent == null ? file : parent.resolve(file).toString();
    }

    private static Converted convert(CardFiles files, CardFormat target, Path input, Path out) {
        try {
            OpenedCard opened = files.open(input);
            WriteResult result = opened.format().id().equals(target.id()) ? opened.render(opened.loaded().card())
                    : target.write(opened.loaded().card());
            return new Converted(input, out, result, null);
        } catch (CardReadException e) {
            return new Converted(input, out, null, e.problem().toString());
        } catch (RuntimeException e) {
            return new Converted(input, out, null, input + ": cannot convert: " + e.getMessage());
        }
    }
}
