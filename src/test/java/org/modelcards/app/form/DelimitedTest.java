package org.modelcards.app.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DelimitedTest {
    @Test
    void readsTabsCommasQuotesAndLineBreaksInsideCells() {
        assertThat(Delimited.parse("a\tb\r\nc\t\"d\n\"\"e\"\"\"\n")).containsExactly(List.of("a", "b"), List.of("c", "d\n\"e\""));
        assertThat(Delimited.parse("x,\"y, z\"\n1,2")).containsExactly(List.of("x", "y, z"), List.of("1", "2"));
        assertThat(Delimited.parse("one cell")).containsExactly(List.of("one cell"));
    }

    @Test
    void writesWhatItReads() {
        List<List<String>> rows = List.of(List.of("a\tb", "two\nlines"), List.of("\"quoted\"", ""));
        assertThat(Delimited.parse(Delimited.format(rows))).isEqualTo(rows);
    }
}
