package org.modelcards.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SettingsTest {
    @Test
    void recentFilesAreNewestFirstWithoutRepeatsAndBounded() {
        Settings settings = Settings.inMemory();
        for (int i = 0; i < 10; i++) {
            settings.addRecent(Path.of("/cards/c" + i + ".md"));
        }
        settings.addRecent(Path.of("/cards/c5.md"));
        assertThat(settings.recentFiles()).hasSize(8).startsWith(Path.of("/cards/c5.md"), Path.of("/cards/c9.md"))
                .doesNotHaveDuplicates();
    }

    @Test
    void dividerPositionsComeBackAndBadValuesFallBackToDefaults() {
        Settings settings = Settings.inMemory();
        assertThat(settings.dividers("columns", 0.2, 0.6)).containsExactly(0.2, 0.6);
        settings.saveDividers("columns", 0.25, 0.7);
        assertThat(settings.dividers("columns", 0.2, 0.6)).containsExactly(0.25, 0.7);
        assertThat(settings.dividers("columns", 0.5)).as("a different shape is not applied").containsExactly(0.5);
    }
}
