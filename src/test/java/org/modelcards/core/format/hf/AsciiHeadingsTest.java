package org.modelcards.core.format.hf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AsciiHeadingsTest {
    @Test
    void examples() {
        assertThat(HeadingMap.normalize("## 1.2. Model Details [optional]")).isEqualTo("model details");
        assertThat(HeadingMap.normalize("iv) Bias, Risks & Limitations")).isEqualTo("bias risks and limitations");
        assertThat(HeadingMap.normalize("3 models")).isEqualTo("models");
        assertThat(HeadingMap.normalize("3models")).isEqualTo("3models");
        assertThat(HeadingMap.normalize("🤗 Uses")).isEqualTo("uses");
    }

    @Property(tries = 5000)
    void sameAsThePatterns(@ForAll("headings") String heading) {
        String lowered = heading.toLowerCase(Locale.ROOT).replace("&", " and ");
        assertThat(AsciiHeadings.normalize(lowered)).isEqualTo(HeadingMap.byPatterns(lowered));
    }

    @Provide
    Arbitrary<String> headings() {
        Arbitrary<String> pieces = Arbitraries.of("1", "2", "10", ".", ")", "(", "i", "v", "x", "iv", " ", "\t", "\n", "\u000b",
                "\f", "\r", "-", "#", "*", "[optional]", "(optional)", "optional", "[", "]", "&", "Model", "details", "A", "z", ":", "_");
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }
}
