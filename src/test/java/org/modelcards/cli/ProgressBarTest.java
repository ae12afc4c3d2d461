package org.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void redrawsInPlaceOnlyWhenTheBarGrowsAndClearsItself() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), 300);
        for (int i = 0; i < 300; i++) {
            bar.step();
        }
        String drawn = text.toString();
        assertThat(drawn.split("\r", -1)).as("an empty bar, then one redraw per filled cell").hasSize(32);
        assertThat(drawn).endsWith("\r[" + "#".repeat(30) + "] 300/300");
        bar.clear();
        assertThat(text.toString()).endsWith("\r");
    }
}
