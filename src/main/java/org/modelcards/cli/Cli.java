package org.modelcards.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.modelcards.cli.report.ConsoleText;
import picocli.CommandLine;

/** Runs the {@code modelcard} command line; the only place that writes to the console. */
public final class Cli {
    /** Exit code for unreadable input or a usage error, as the CLI contract says. */
    public static final int EXIT_USAGE = 2;

    private Cli() {
    }

    /**
     * Runs {@code args} against stdout/stderr and returns the exit code. Stdout is not flushed at every
     * line (a folder's report is a million lines, each one a write to the pipe): commands flush it
     * after each card and at the end.
     */
    public static int run(String... args) {
        return run(args, new PrintWriter(System.out, false, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    }

    /** Runs {@code args} with the given streams, for tests and embedding. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ModelCardCommand());
        Subcommands.register(cli, args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("modelcard: " + ConsoleText.escape(e.getMessage()));
            return EXIT_USAGE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Explains why the editor could not open (typically: no display) and returns the exit code. */
    public static int editorUnavailable(Throwable cause) {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        err.println("modelcard: cannot open the editor: " + cause.getMessage());
        err.println("Without a display, use the command line: modelcard --help");
        return EXIT_USAGE;
    }
}
