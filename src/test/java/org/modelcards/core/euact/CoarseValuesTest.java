package org.modelcards.core.euact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The coarse values the form gives some recipients, derived from one precise value, at every band edge. */
class CoarseValuesTest {

    @ParameterizedTest(name = "{0} parameters -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0|<500M", "1|<500M", "499999999|<500M",
            "500000000|500M–5B", "4999999999|500M–5B",
            "5e9|5–15B", "14999999999|5–15B",
            "1.5e10|15–50B", "49999999999|15–50B",
            "5e10|50–100B", "7.3e10|50–100B", "99999999999|50–100B",
            "1e11|100–500B", "499999999999|100–500B",
            "5e11|500B–1T", "999999999999|500B–1T",
            "1e12|>1T", "1.8e12|>1T"})
    void parameterRangesIncludeTheirLowerBound(String count, String range) {
        assertThat(ParameterRange.of(new BigDecimal(count)).label()).isEqualTo(range);
        assertThat(Disclosure.PARAMETER_RANGE.apply(count)).contains(range);
    }

    @ParameterizedTest(name = "{0} FLOP -> {1}")
    @CsvSource(delimiter = '|', value = {
            "3.8e24|10^24", "1e24|10^24", "9.99e24|10^24", "9999999999999999999999999|10^24",
            "1e25|10^25", "10000000000000000000000000|10^25", "1.0e25|10^25",
            "4.1e17|10^17", "1|10^0", "9|10^0", "10|10^1", "0.5|10^-1", "0|10^0"})
    void ordersOfMagnitudeAreTheExponentInScientificNotation(String flops, String magnitude) {
        assertThat(OrderOfMagnitude.of(new BigDecimal(flops)).label()).isEqualTo(magnitude);
        assertThat(Disclosure.ORDER_OF_MAGNITUDE.apply(flops)).contains(magnitude);
    }

    @ParameterizedTest(name = "{0} days -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0|<1 month", "29|<1 month", "29.9|<1 month",
            "30|1–3 months", "89.5|1–3 months",
            "90|3–6 months", "95|3–6 months", "179|3–6 months",
            "180|>6 months", "400|>6 months"})
    void durationBandsCountMonthsOfThirtyDays(String days, String band) {
        assertThat(DurationBand.of(new BigDecimal(days)).label()).isEqualTo(band);
        assertThat(Disclosure.DURATION_BAND.apply(days)).contains(band);
    }

    @ParameterizedTest(name = "{0} kWh -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1300000|1300 MWh", "1250|1.25 MWh", "8.9|0.0089 MWh", "0|0 MWh", "2.4e6|2400 MWh"})
    void energyIsStatedInMegawattHours(String kwh, String mwh) {
        assertThat(Disclosure.MEGAWATT_HOURS.apply(kwh)).contains(mwh);
    }

    @ParameterizedTest(name = "{0} has {1} significant figures")
    @CsvSource(delimiter = '|', value = {
            "7.3e10|2", "7e10|1", "7.0e10|2", "73000000000|2", "70000000000|1", "73,000,000,000|2",
            "0.0012|2", "1.25|3", "3.80E24|3", "0|1", "95|2"})
    void significantFiguresAreCountedAsWritten(String written, int figures) {
        assertThat(SignificantFigures.of(written)).hasValue(figures);
    }

    @Test
    void unreadableOrNegativeFiguresGiveNothingCoarse() {
        assertThat(SignificantFigures.of("about 7B")).isEmpty();
        assertThat(Disclosure.PARAMETER_RANGE.apply("about 7B")).isEmpty();
        assertThat(Disclosure.ORDER_OF_MAGNITUDE.apply("-3e24")).isEmpty();
        assertThat(Disclosure.NONE.apply("7.3e10")).isEmpty();
        assertThat(Disclosure.VALUE.apply("about 7B")).contains("about 7B");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "73000000000|7.3×10^10", "3800000000000000000000000|3.8×10^24", "1900000|1.9×10^6", "1000000|1×10^6",
            "999999|999999", "24000|24000", "7.30e10|7.3×10^10"})
    void largeFiguresAreWrittenAsTheFormWritesThem(String value, String written) {
        assertThat(ScientificNotation.write(new BigDecimal(value))).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "999999999|tokens|Less than 1 billion tokens", "1e9|tokens|1 billion to 10 trillion tokens",
            "9999999999999|tokens|1 billion to 10 trillion tokens", "1e13|tokens|More than 10 trillion tokens",
            "1.5e13|tokens (BPE)|More than 10 trillion tokens",
            "999999|images|Less than 1 million images", "1e6|images|1 million to 1 billion images",
            "1e9|images|More than 1 billion images",
            "9999|hours of audio|Less than 10,000 hours", "10000|hours|10,000 to 1 million hours",
            "1e6|hours|More than 1 million hours"})
    void trainingDataSizeBandsOfThePublicSummary(String count, String unit, String band) {
        assertThat(TrainingDataSize.band(new BigDecimal(count), unit)).contains(band);
    }

    @Test
    void aUnitWithoutBandsGivesNone() {
        assertThat(TrainingDataSize.band(new BigDecimal("5"), "documents")).isEmpty();
    }
}
