package org.modelcards.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * The subcommands of {@code modelcard}, registered only as far as a run needs them: picocli builds a
 * command's model by reflection over its annotations (and {@code set}'s help reads the Hub key table,
 * {@code convert}'s the format registry), so {@code validate README.md} builds only {@code validate}
 * and {@code --version} none. Help, {@code help} and anything unknown get them all, so usage and
 * "did you mean" stay complete.
 */
final class Subcommands {
    private static final Set<String> VERSION_FLAGS = Set.of("-V", "--version");

    /** In the order {@code --help} lists them. */
    private static final List<String> NAMES = List.of("validate", "convert", "set", "new", "diff", "rules", "fields",
            "schema", "help");

    private Subcommands() {
    }

    /** A switch, not a map of constructor references: each of those would spin a class at start-up. */
    private static Object create(String name) {
        return switch (name) {
            case "validate" -> new ValidateCommand();
            case "convert" -> new ConvertCommand();
            case "set" -> new SetCommand();
            case "new" -> new NewCommand();
            case "diff" -> new DiffCommand();
            case "rules" -> new RulesCommand();
            case "fields" -> new FieldsCommand();
            case "schema" -> new SchemaCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    /** Adds to {@code root} the subcommands that running {@code args} can reach. */
    static void register(CommandLine root, String... args) {
        String named = firstWord(args);
        if (named != null && !named.equals("help") && NAMES.contains(named) && args[0].equals(named)) {
            root.addSubcommand(named, create(named));
        } else if (named != null || !onlyVersion(args)) {
            for (String name : NAMES) {
                root.addSubcommand(name, create(name));
            }
        }
    }

    /** The first argument that is not an option: the subcommand's name when it comes first. */
    private static String firstWord(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    private static boolean onlyVersion(String[] args) {
        return args.length > 0 && Arrays.stream(args).allMatch(VERSION_FLAGS::contains);
    }
}
