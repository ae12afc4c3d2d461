package org.modelcards.core.format.hf;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.format.ReadProblem;

/** Whatever the text, reading a README returns a card and problems with positions inside the text; it never throws. */
class HubReadmeProperties {
    private final HubReadmeReader reader = new HubReadmeReader();

    @Property(tries = 400)
    void anyTextReadsWithoutThrowing(@ForAll("readmes") String text) {
        LoadedCard loaded = reader.read(text, "README.md");
        assertThat(loaded.card()).isNotNull();
        long lines = text.chars().filter(c -> c == '\n').count() + text.chars().filter(c -> c == '\r').count() + 1;
        for (ReadProblem problem : loaded.problems()) {
            assertThat(problem.line()).isBetween(0, (int) lines);
        }
    }

    @Provide
    Arbitrary<String> readmes() {
        Arbitrary<String> pieces = Arbitraries.of("---", "\n", "\r\n", "\r", "\t", "license: mit", "- en", "  - x",
                "tags: [a, b", "&a [x]", "*a", "model-index:", "- name: x", "  results:", "# Title", "## Uses",
                "### Out-of-Scope Use", "- **Developed by:** me", "```", "<!-- c -->", "{", "}", ":", "\"", "'", "é😀",
                "[More Information Needed]", "N/A", "<table>", "|a|b|", "|-|-|");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }
}
