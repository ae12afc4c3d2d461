package org.modelcards.core.format.hf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BodyTablesPlainTest {
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])|`");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** The replacements alone, as plain() was before its shortcut for cells without markup. */
    private static String byPatterns(String cell) {
        String text = TAG.matcher(cell.replace("<br>", " ").replace("<br/>", " ")).replaceAll("");
        return EMPHASIS.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    @Property(tries = 3000)
    void sameAsTheReplacements(@ForAll("cells") String cell) {
        assertThat(BodyTables.plain(cell)).isEqualTo(byPatterns(cell));
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.of("a", "0.91", " ", "  ", "\t", "\n", "\u2003", "\u001c", "*", "**", "_", "__", "`", "<br>", "<b>", "x")
                .list().ofMaxSize(10).map(list -> String.join("", list));
    }
}
