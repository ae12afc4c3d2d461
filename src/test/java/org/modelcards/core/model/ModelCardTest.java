package org.modelcards.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelCardTest {
    @Test
    void nullsBecomeEmptyValues() {
        Details details = new Details(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(details.name()).isEmpty();
        assertThat(details.tags()).isEmpty();
        ModelCard card = new ModelCard(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(card).isEqualTo(ModelCard.EMPTY);
        assertThat(card.evaluation().results()).isEmpty();
        assertThat(card.extras().unmapped()).isEmpty();
    }

    @Test
    void listsAreCopiedSoTheCardCannotChangeUnderneath() {
        List<String> tags = new ArrayList<>(List.of("a"));
        Details details = Details.EMPTY.withTags(tags);
        tags.add("b");
        assertThat(details.tags()).containsExactly("a");
        assertThatThrownBy(() -> details.tags().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withCopiesChangeOneComponent() {
        ModelCard card = ModelCard.EMPTY.withDetails(Details.EMPTY.withName("tiny").withVersion("1.0"));
        ModelCard renamed = card.withDetails(card.details().withName("small"));
        assertThat(renamed.details().name()).isEqualTo("small");
        assertThat(renamed.details().version()).isEqualTo("1.0");
        assertThat(card.details().name()).isEqualTo("tiny");
        assertThat(renamed).isNotEqualTo(card);
        assertThat(renamed.withDetails(renamed.details().withName("tiny"))).isEqualTo(card);
    }

    @Test
    void numbersAreReadFromTheirText() {
        assertThat(Numbers.parse("1.2e9")).contains(new BigDecimal("1.2e9"));
        assertThat(Numbers.parse(" 66_000_000 ")).contains(new BigDecimal("66000000"));
        assertThat(Numbers.parse("1,000")).contains(new BigDecimal("1000"));
        assertThat(Numbers.parse("about 7B")).isEmpty();
        assertThat(Numbers.parse("")).isEmpty();
        assertThat(Numbers.parse(null)).isEmpty();
        assertThat(Numbers.parse("1.2.3")).isEmpty();
    }

    @Test
    void plainDecimalsAreThoseJsonReproduces() {
        assertThat(Numbers.isPlainDecimal("0.910")).isTrue();
        assertThat(Numbers.isPlainDecimal("-12")).isTrue();
        assertThat(Numbers.isPlainDecimal("0")).isTrue();
        assertThat(Numbers.isPlainDecimal("-0")).isFalse();
        assertThat(Numbers.isPlainDecimal("-0.00")).isFalse();
        assertThat(Numbers.isPlainDecimal("007")).isFalse();
        assertThat(Numbers.isPlainDecimal("1e3")).isFalse();
        assertThat(Numbers.isPlainDecimal("+1")).isFalse();
        assertThat(Numbers.isPlainDecimal("1.")).isFalse();
    }
}
