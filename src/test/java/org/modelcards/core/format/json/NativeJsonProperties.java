package org.modelcards.core.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.modelcards.core.CardArbitraries;
import org.modelcards.core.model.ModelCard;

class NativeJsonProperties {
    private final NativeJsonFormat json = new NativeJsonFormat();

    @Property(tries = 300)
    void anyCardSurvivesJsonUnchanged(@ForAll("cards") ModelCard card) throws Exception {
        String text = json.write(card).text();
        assertThat(json.read(text, "generated")).isEqualTo(card);
    }

    @Property(tries = 100)
    void writingIsStableAndEndsWithOneNewline(@ForAll("cards") ModelCard card) throws Exception {
        String text = json.write(card).text();
        assertThat(json.write(json.read(text, "generated")).text()).isEqualTo(text);
        assertThat(text).endsWith("}\n").doesNotContain("\r\n");
    }

    @Provide
    Arbitrary<ModelCard> cards() {
        return CardArbitraries.cards();
    }
}
