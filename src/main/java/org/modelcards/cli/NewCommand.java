package org.modelcards.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.modelcards.core.format.AtomicFiles;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.format.hf.HubReadmeFormat;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.template.CardTemplates;
import org.modelcards.core.template.ModelKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code modelcard new}: writes the starting card for a kind of model, to stdout or a new file. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Start a new card from the template for a kind of model.",
                "The template fills in the kind's Hub task and usual metrics; everything",
                "else it asks is a \"TODO:\" question that validate reports until answered.",
                "Writes native JSON to stdout, or to -o FILE (never over an existing file).",
                "A FILE ending in .md gets a Hugging Face README unless --format is given."})
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--template", required = true, paramLabel = "NAME", description = "Kind of model: ${COMPLETION-CANDIDATES}.",
            completionCandidates = TemplateNames.class)
    String template;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "File to create (default: stdout).")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (native, the default) or hf (README.md).")
    String format;

    /** The template ids, for the help text. */
    static final class TemplateNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(ModelKind.values()).map(ModelKind::id).iterator();
        }
    }

    @Override
    public Integer call() {
        ModelKind kind = ModelKind.byId(template).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown template: " + template + " (use " + Arrays.stream(ModelKind.values()).map(ModelKind::id)
                        .collect(Collectors.joining(", ")) + ")"));
        CardFormat writer = writer(chosenFormat());
        ModelCard card = new CardTemplates().create(kind);
        WriteResult result = writer.writer().orElseThrow().write(card);
        PrintWriter err = spec.commandLine().getErr();
        for (Loss loss : result.losses()) {
            err.println(template + ": " + writer.id() + " cannot carry " + loss.fieldId() + " (" + loss.reason() + ")");
        }
        if (output == null) {
            spec.commandLine().getOut().print(result.text());
            return 0;
        }
        // a template written over a card would throw the author's answers away
        if (Files.exists(output)) {
            err.println(output + ": already exists; not overwritten (remove it or choose another name)");
            return Cli.EXIT_USAGE;
        }
        try {
            AtomicFiles.writeString(output, result.text());
            return 0;
        } catch (IOException e) {
            err.println(e.getMessage());
            return Cli.EXIT_USAGE;
        }
    }

    /** The format asked for, else the one the output's name implies, else native JSON. */
    private String chosenFormat() {
        if (format != null) {
            return format.toLowerCase(Locale.ROOT);
        }
        boolean readme = output != null && output.getFileName() != null
                && output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
        return readme ? "hf" : "json";
    }

    private CardFormat writer(String id) {
        return switch (id) {
            case "json" -> new NativeJsonFormat();
            case "hf" -> new HubReadmeFormat();
            default -> throw new ParameterException(spec.commandLine(), "unknown format: " + format + " (use hf or json)");
        };
    }
}
