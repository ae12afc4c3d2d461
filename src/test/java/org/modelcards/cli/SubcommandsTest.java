package org.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubcommandsTest {
    private static CommandLine registered(String... args) {
        CommandLine root = new CommandLine(new ModelCardCommand());
        Subcommands.register(root, args);
        return root;
    }

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        assertThat(registered("validate", "README.md").getSubcommands()).containsOnlyKeys("validate");
        assertThat(registered("convert", "a.md", "--to", "json").getSubcommands()).containsOnlyKeys("convert");
    }

    @Test
    void versionBuildsNone() {
        assertThat(registered("--version").getSubcommands()).isEmpty();
        assertThat(registered("-V").getSubcommands()).isEmpty();
    }

    @Test
    void helpAndAnythingUnknownGetThemAllInHelpOrder() {
        String[] all = {"validate", "convert", "set", "new", "diff", "rules", "fields", "schema", "help"};
        assertThat(registered("--help").getSubcommands().keySet()).containsExactly(all);
        assertThat(registered().getSubcommands().keySet()).containsExactly(all);
        assertThat(registered("help", "validate").getSubcommands().keySet()).containsExactly(all);
        assertThat(registered("valdate", "x").getSubcommands().keySet()).containsExactly(all);
        assertThat(registered("--help", "validate").getSubcommands().keySet()).containsExactly(all);
    }
}
