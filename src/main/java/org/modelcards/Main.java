package org.modelcards;

import org.modelcards.app.StudioLauncher;
import org.modelcards.cli.Cli;

/**
 * The jar's entry point: no arguments open the editor, one argument that is a card file opens it
 * in the editor (as a desktop "open with" does), anything else is the command line. The CLI path
 * never touches JavaFX classes, so it runs without a display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        boolean opensFile = args.length == 1 && !args[0].startsWith("-")
                && new org.modelcards.core.formats.CardFiles().isCardFile(java.nio.file.Path.of(args[0]))
                && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]));
        if (args.length == 0 || opensFile) {
            try {
                StudioLauncher.launch(args);
                return;
            } catch (RuntimeException | LinkageError e) {
                System.exit(Cli.editorUnavailable(e));
            }
        }
        System.exit(Cli.run(args));
    }
}
