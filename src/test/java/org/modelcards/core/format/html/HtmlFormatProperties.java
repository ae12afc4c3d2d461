package org.modelcards.core.format.html;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.modelcards.core.CardArbitraries;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.render.HtmlSafety;

class HtmlFormatProperties {
    private final HtmlFormat html = new HtmlFormat();

    @Property(tries = 200)
    void anyCardGivesOneWellFormedHarmlessPage(@ForAll("cards") ModelCard card) {
        WriteResult result = html.write(card);
        String page = result.text();
        assertThat(page).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n").doesNotContain("\r").doesNotContain("<script");
        assertThat(page).contains(HtmlFormatTest.CSP_META);
        assertThat(HtmlSafety.dangers(page)).isEmpty();
        HtmlFormatTest.assertWellFormed(page);
        assertThat(result.losses()).hasSize((card.extras().metadata().isEmpty() ? 0 : 1)
                + (card.extras().unmapped().isEmpty() ? 0 : 1));
        assertThat(html.write(card).text()).isEqualTo(page);
    }

    @Provide
    Arbitrary<ModelCard> cards() {
        return CardArbitraries.cards();
    }
}
