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
import org.modelcards.core.format.CardFiles;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.OpenedCard;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.model.ModelCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modelcard set}: scripted edits that change only the edited fields' lines. */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Set fields of cards in place (atomically) or into -o DIR, changing only those fields' lines.",
                "FIELD is a field id (modelcard fields) or a Hub metadata key: license, license_name, license_link,",
                "language, library_name, pipeline_tag, tags, metrics, base_model, base_model_relation.",
                "List values are comma-separated; an empty value clears the field.",
                "Example: modelcard set README.md license=apache-2.0 pipeline_tag=text-classification"})
final class SetCommand implements Callable<Integer> {
    /** The Hub's metadata keys as aliases of the fields they hold. */
    static final Map<String, String> HUB_KEYS = Map.ofEntries(Map.entry("license", "license.id"),
            Map.entry("license_name", "license.name"), Map.entry("license_link", "license.link"),
            Map.entry("language", "details.languages"), Map.entry("library_name", "details.libraryName"),
            Map.entry("pipeline_tag", "details.pipelineTag"), Map.entry("tags", "details.tags"),
            Map.entry("metrics", "metrics.ids"), Map.entry("base_model", "details.baseModels"),
            Map.entry("base_model_relation", "details.baseModelRelation"));

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Write the edited cards into DIR instead of in place.")
    Path output;

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
        CardFiles cards = new CardFiles();
        int exit = 0;
        for (Path file : files) {
            try {
                OpenedCard opened = cards.open(file);
                ModelCard card = opened.loaded().card();
                for (Map.Entry<CardField, Object> edit : edits.entrySet()) {
                    card = edit.getKey().write(card, edit.getValue());
                }
                WriteResult result = opened.render(card);
                for (Loss loss : result.losses()) {
                    err.println(file + ": " + loss.fieldId() + " was not saved: " + loss.reason());
                    exit = Math.max(exit, 1);
                }
                Path target = output == null ? file : output.resolve(file.getFileName());
                AtomicFiles.writeString(target, result.text());
            } catch (CardReadException e) {
                err.println(e.problem());
                exit = Cli.EXIT_USAGE;
            } catch (IOException e) {
                err.println(file + ": cannot write: " + e.getMessage());
                exit = Cli.EXIT_USAGE;
            }
        }
        return exit;
    }

    private static Optional<CardField> resolve(FieldCatalog catalog, String name) {
        return catalog.field(HUB_KEYS.getOrDefault(name, name));
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
