package org.modelcards.core.format.mct;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.modelcards.core.CardArbitraries;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.model.EthicalConsideration;
import org.modelcards.core.model.ModelCard;

class MctFormatProperties {
    private final MctFormat mct = new MctFormat();

    @Property(tries = 300)
    void anyCardIsWrittenWithinThe002SchemaAndReadsBackEqualOnCarriedFields(@ForAll("cards") ModelCard card)
            throws Exception {
        WriteResult result = mct.write(card);
        assertThat(MctSchemaRules.violations(JsonText.mapper().readTree(result.text()))).isEmpty();

        ModelCard back = mct.read(result.text(), "generated");
        Set<String> lost = lossIds(result);
        for (String id : CarriedFields.differences(card, back)) {
            // a field that differs lost its value (reported), or it was empty and took a value lost elsewhere
            assertThat(lost.contains(id) || !CarriedFields.filled(card, id) && !lost.isEmpty())
                    .as("%s differs after the round trip but no loss says so: %s", id, result.losses())
                    .isTrue();
        }
        assertThat(back.extras().unmapped()).isEmpty();
    }

    @Property(tries = 300)
    void theLossesAreTheFilledUncarriedFieldsAndTheCarriedValuesMctCannotHold(@ForAll("cards") ModelCard card) {
        WriteResult result = mct.write(card);
        Set<String> lost = lossIds(result);
        List<String> uncarried = CarriedFields.uncarriedAndFilled(card);
        assertThat(lost).containsAll(uncarried);
        for (String id : lost) {
            if (!uncarried.contains(id)) {
                assertThat(CarriedFields.IDS).as("a loss for %s", id).contains(id);
                assertThat(CarriedFields.filled(card, id)).as("a loss for empty %s", id).isTrue();
            }
        }
        assertThat(result.losses()).allSatisfy(loss -> assertThat(loss.reason()).isNotBlank());
    }

    @Property(tries = 100)
    void writingIsStableOnceReadBack(@ForAll("cards") ModelCard card) throws Exception {
        String once = mct.write(mct.read(mct.write(card).text(), "1")).text();
        assertThat(mct.write(mct.read(once, "2")).text()).isEqualTo(once);
        assertThat(once).endsWith("}\n").doesNotContain("\r\n");
    }

    @Property(tries = 300)
    void cardsWithValidLinksDatesAndMarkerLikeTextAlsoHoldUp(@ForAll("tricky") ModelCard card) throws Exception {
        anyCardIsWrittenWithinThe002SchemaAndReadsBackEqualOnCarriedFields(card);
        theLossesAreTheFilledUncarriedFieldsAndTheCarriedValuesMctCannotHold(card);
    }

    @Provide
    Arbitrary<ModelCard> cards() {
        return CardArbitraries.cards();
    }

    /** Generated cards whose links, dates, values and texts are the ones MCT accepts or whose markers collide. */
    @Provide
    Arbitrary<ModelCard> tricky() {
        Arbitrary<String> links = Arbitraries.of("", "https://github.com/a/b", "https://arxiv.org/abs/1", "https://x.org/p.pdf",
                "https://demo.x.org", "https://huggingface.co/spaces/a/b", "https://example.org/a", "urn:x:y",
                "https://example.org/%C3%A9", "http://[::1]/");
        Arbitrary<String> dates = Arbitraries.of("", "2024-02-29", "2023-02-29", "2025-13-01", "0001-01-01", "2025-3-4");
        Arbitrary<String> texts = Arbitraries.oneOf(CardArbitraries.text(), Arbitraries.of(
                MctFields.OUT_OF_SCOPE + "x", MctFields.DOWNSTREAM + "y", MctFields.BIASES + "z", MctFields.MISUSE + "w",
                MctFields.TRAINING, MctFields.EVALUATION + MctFields.PARAGRAPH + "v", "@misc{a}", "0.5", "1e3", "Validation Set"));
        return Combinators.combine(CardArbitraries.cards(), links.list().ofSize(4), dates, texts.list().ofSize(8))
                .as((card, l, date, t) -> {
                    var d = card.details().withRepositoryUrl(l.get(0)).withPaperUrl(l.get(1)).withDemoUrl(l.get(2))
                            .withReleaseDate(date).withCitationApa(t.get(0)).withCitationBibtex(t.get(7));
                    var use = card.intendedUse().withDirectUse(t.get(1)).withDownstreamUse(t.get(2));
                    var bias = card.bias().withLimitations(t.get(3)).withBiases(t.get(4));
                    var ethical = card.bias().ethical().isEmpty() ? List.<EthicalConsideration>of()
                            : List.of(card.bias().ethical().get(0).withName(t.get(5)));
                    var training = card.data().training().stream().map(x -> x.withLink(l.get(3)).withDescription(t.get(6)))
                            .toList();
                    var results = card.evaluation().results().stream().map(r -> r.withValue(t.get(5))).toList();
                    return card.withDetails(d).withIntendedUse(use).withBias(bias.withEthical(ethical))
                            .withData(card.data().withTraining(training))
                            .withEvaluation(card.evaluation().withResults(results));
                });
    }

    private static Set<String> lossIds(WriteResult result) {
        Set<String> ids = new LinkedHashSet<>();
        result.losses().stream().map(Loss::fieldId).forEach(ids::add);
        return ids;
    }
}
