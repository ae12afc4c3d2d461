package org.modelcards;

import org.modelcards.app.StudioLauncher;
import org.modelcards.cli.Cli;

/**
 * The jar's entry point: no arguments open the editor, anything else is the command line. The CLI
 * path never touches JavaFX classes, so it runs without a display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            try {
                StudioLauncher.launch();
                return;
            } catch (RuntimeException | LinkageError e) {
                System.exit(Cli.editorUnavailable(e));
            }
        }
        System.exit(Cli.run(args));
    }
}
