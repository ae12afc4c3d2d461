package org.modelcards.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.AtomicFiles;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.Loss;
import org.modelcards.core.formats.OpenedCard;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.format.hf.HubMetadataKeys;
import org.modelcards.core.model.ModelCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code modelcard set}: scripted edits that change only the edited fields' lines. A card whose
 * write-back would change anything that was not asked for (the loss check reads the result back and
 * compares the whole front matter and every field) is not written unless {@code --allow-loss}.
 */
@Command(name = "set", mixinStandardHelpOptions = true, modelTransformer = SetCommand.KeyHelp.class,
        description = {"Set fields of cards in place (atomically) or into -o DIR, changing only those fields' lines.",
                "FIELD is a field id (modelcard fields) or a Hub metadata key: %s.",
                "List values are comma-separated; an empty value clears the field.",
                "A card whose saved text would lose or change anything else is not written (exit 2) unless --allow-loss.",
                "Example: modelcard set README.md license=apache-2.0 pipeline_tag=text-classification"})
final class SetCommand implements Callable<Integer> {
    /** Fills the help's list of Hub keys from the one key table, so the help cannot fall behind it. */
    static final class KeyHelp implements picocli.CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            String keys = String.join(", ", HubMetadataKeys.settable().keySet());
            String[] lines = spec.usageMessage().description().clone();
            for (int i = 0; i < lines.length; i++) {
                lines[i] = lines[i].replace("%s", keys);
            }
            spec.usageMessage().description(lines);
            return spec;
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write the edited cards into DIR (each keeping its relative path) instead of in place.")
    Path output;

    @Option(names = "--allow-loss", description = "Write cards even when the loss check finds changes nobody asked for.")
    boolean allowLoss;

    @Parameters(paramLabel = "FILE|FIELD=VALUE", arity = "2..*", description = "Card files, then assignments.")
    List<String> arguments;

    @Override
    public Integer call() {
        FieldCatalog catalog = FieldCatalog.standard();
        List<Path> files = new ArrayList<>();
        Map<CardField, Object> edits = new LinkedHashMap<>();
        for (String argument : arguments) {
            int eq = argument.indexOf('=');
            Optional<CardField> field = eq > 0 ? resolve(catalog, argument.substring(0, eq)) : Optional.empty();
            if (field.isPresent()) {
                edits.put(field.get(), value(field.get(), argument.substring(eq + 1)));
            } else if (eq > 0 && !argument.contains("/") && !argument.contains(".md") && !argument.endsWith(".json")) {
                throw new ParameterException(spec.commandLine(), "unknown field: " + argument.substring(0, eq)
                        + " (modelcard fields lists the ids)");
            } else {
                files.add(Path.of(argument));
            }
        }
        if (files.isEmpty() || edits.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give at least one FILE and one FIELD=VALUE");
        }
        PrintWriter err = spec.commandLine().getErr();
        Map<Path, Path> targets = targets(files, err);
        if (targets == null) {
            return Cli.EXIT_USAGE;
        }
        CardFiles cards = new CardFiles();
        int exit = 0;
        for (Path file : files) {
            try {
                OpenedCard opened = cards.open(file);
                ModelCard card = opened.card();
                for (Map.Entry<CardField, Object> edit : edits.entrySet()) {
                    card = edit.getKey().write(card, edit.getValue());
                }
                WriteResult result = opened.render(card);
                if (!result.losses().isEmpty()) {
                    String lost = String.join(", ", result.losses().stream().map(Loss::fieldId).distinct().toList());
                    if (!allowLoss) {
                        err.println(file + ": not written: saving would lose or change " + lost
                                + " (use --allow-loss to write it anyway)");
                        exit = Cli.EXIT_USAGE;
                        continue;
                    }
                    for (Loss loss : result.losses()) {
                        err.println(file + ": " + loss.fieldId() + " " + loss.reason());
                    }
                    exit = Math.max(exit, 1);
                }
                AtomicFiles.writeString(targets.get(file), result.text());
            } catch (CardReadException e) {
                err.println(e.problem());
                exit = Cli.EXIT_USAGE;
            } catch (IOException e) {
                err.println(e.getMessage()); // AtomicFiles names the file and the reason
                exit = Cli.EXIT_USAGE;
            }
        }
        return exit;
    }

    /**
     * Where each input goes: itself, or under {@code -o DIR} at its relative path (its name alone for
     * absolute or upward paths), never through a link out of {@code DIR} nor over an input, and no
     * two inputs on one file; null, after saying why, when any of that fails (nothing is written).
     */
    private Map<Path, Path> targets(List<Path> files, PrintWriter err) {
        Map<Path, Path> targets = new LinkedHashMap<>();
        for (Path file : files) {
            Path relative = file.normalize();
            boolean inside = !relative.isAbsolute() && !relative.startsWith("..");
            targets.put(file, output == null ? file : output.resolve(inside ? relative : file.getFileName()));
        }
        List<String> refusals = new ArrayList<>();
        try {
            refusals.addAll(OutputSafety.collisions(files, new ArrayList<>(targets.values())));
            if (output != null) {
                OutputSafety safety = new OutputSafety(files);
                for (Path target : targets.values()) {
                    OutputSafety.leaves(output, target).ifPresent(refusals::add);
                    if (safety.isInput(target)) {
                        refusals.add(target + ": not written: it is one of the inputs (set edits in place without -o)");
                    }
                }
            }
        } catch (IOException e) {
            refusals.add(output + ": cannot tell where the cards would be written: " + e.getMessage());
        }
        refusals.forEach(err::println);
        return refusals.isEmpty() ? targets : null;
    }

    private static Optional<CardField> resolve(FieldCatalog catalog, String name) {
        return catalog.field(HubMetadataKeys.settable().getOrDefault(name, name));
    }

    private Object value(CardField field, String text) {
        return switch (field.kind()) {
            case LIST -> text.isBlank() ? List.of()
                    : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            case BOOLEAN -> switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> true;
                case "false", "no", "" -> false;
                default -> throw new ParameterException(spec.commandLine(), field.id() + " is yes or no, not " + text);
            };
            case TABLE -> throw new ParameterException(spec.commandLine(), field.id()
                    + " is a table; edit it in the editor or in the file");
            default -> text;
        };
    }
}
