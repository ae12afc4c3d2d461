package org.modelcards.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command; without a subcommand it explains itself. Its subcommands are in {@link Subcommands}. */
@Command(name = "modelcard",
        mixinStandardHelpOptions = true,
        versionProvider = ModelCardCommand.Version.class,
        description = {"Write, check and convert machine-learning model cards.",
                "Run without arguments (java -jar modelcard-studio.jar) to open the editor."},
        footer = {"", "Exit codes: 0 success, 1 problems found, 2 unreadable input or usage error."})
final class ModelCardCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command (see modelcard --help)");
    }

    /** Reads the version Maven wrote into the jar's resources. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Model Card Studio " + number(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }

        /** The project version, e.g. {@code 0.1.0-SNAPSHOT}. */
        static String number() {
            Properties properties = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                // a build without the resource reports itself as a development build
            }
            return properties.getProperty("version", "0.0.0-dev");
        }
    }
}
