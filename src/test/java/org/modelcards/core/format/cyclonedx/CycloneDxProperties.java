package org.modelcards.core.format.cyclonedx;

import org.modelcards.core.format.SpdxLicenceIds;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.modelcards.core.CardArbitraries;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.model.ModelCard;

class CycloneDxProperties {
    private final CycloneDxFormat cyclonedx = new CycloneDxFormat();
    private final JsonParser parser = new JsonParser();

    @Property(tries = 200)
    void anyCardIsAValidCycloneDx16BomThatReadsBackOnWhatItCarries(@ForAll("cards") ModelCard card) throws Exception {
        WriteResult bom = cyclonedx.write(card);

        assertThat(parser.validate(bom.text().getBytes(StandardCharsets.UTF_8), Version.VERSION_16)).isEmpty();
        ModelCard back = cyclonedx.read(bom.text(), "generated");
        assertThat(CarriedFields.without(back, bom.losses())).isEqualTo(expected(card, bom, back));
    }

    @Property(tries = 200)
    void onlyUncarriedFieldsAndValuesThatDoNotFitAreLost(@ForAll("cards") ModelCard card) {
        WriteResult bom = cyclonedx.write(card);

        assertThat(bom.losses()).extracting(Loss::fieldId)
                .containsAll(CarriedFields.nonEmptyUncarried(card))
                .allMatch(id -> !Losses.CARRIED.contains(id) || Losses.CONDITIONAL.contains(id), "carried unconditionally")
                .doesNotHaveDuplicates();
        assertThat(cyclonedx.write(card).text()).as("reproducible").isEqualTo(bom.text());
    }

    /**
     * The card without its losses; and, as documented, an SPDX id derived from the Hub id when the
     * card had none ({@code mit} is written as {@code MIT} and so reads back with that SPDX id).
     */
    private static ModelCard expected(ModelCard card, WriteResult bom, ModelCard back) {
        ModelCard expected = CarriedFields.without(card, bom.losses());
        if (card.license().spdxId().isBlank() && SpdxLicenceIds.spdxForHubId(card.license().id()).isPresent()) {
            expected = expected.withLicense(expected.license().withSpdxId(back.license().spdxId()));
            assertThat(back.license().spdxId()).isEqualTo(SpdxLicenceIds.spdxForHubId(card.license().id()).get());
        }
        return expected;
    }

    @Provide
    Arbitrary<ModelCard> cards() {
        return CardArbitraries.cards();
    }
}
