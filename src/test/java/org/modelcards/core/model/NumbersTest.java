package org.modelcards.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {
    @Test
    void readsNumbersAsWritten() {
        assertThat(Numbers.parse("1.2e9")).contains(new BigDecimal("1.2E+9"));
        assertThat(Numbers.parse(" 66,000,000 ")).contains(new BigDecimal("66000000"));
        assertThat(Numbers.parse("about 7B")).isEmpty();
        assertThat(Numbers.isOutOfRange("about 7B")).isFalse();
        assertThat(Numbers.isOutOfRange("1.2.3")).isFalse();
        assertThat(Numbers.isOutOfRange("1.2e9")).isFalse();
    }

    /** Each would take a gigabyte, or minutes of quadratic parsing, if anything expanded or parsed it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e999999999", "1e-999999999", "-1e999999999", "1e99999999999", "1e1000"})
    void hugeExponentsAreOutOfRangeNotNumbers(String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(Numbers.parse(text)).isEmpty();
            assertThat(Numbers.isOutOfRange(text)).isTrue();
            assertThat(Numbers.isPlainDecimal(text)).isFalse();
        });
    }

    @Test
    void thousandsOfDigitsAreOutOfRangeAndNeverParsed() {
        String tenMillionDigits = "7".repeat(10_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(Numbers.parse(tenMillionDigits)).isEmpty();
            assertThat(Numbers.isOutOfRange(tenMillionDigits)).isTrue();
            assertThat(Numbers.isPlainDecimal(tenMillionDigits)).isFalse();
            assertThat(Numbers.isOutOfRange(tenMillionDigits + "x")).isFalse();
        });
    }

    @Test
    void theLimitIsOnTheNumberWrittenOut() {
        assertThat(Numbers.parse("9".repeat(1000))).isPresent();
        assertThat(Numbers.parse("9".repeat(1001))).isEmpty();
        assertThat(Numbers.parse("1e998")).as("999 digits").isPresent();
        assertThat(Numbers.parse("1e1000")).isEmpty();
        assertThat(Numbers.fitsPlain(new BigDecimal("-1e998"))).as("a sign and 999 digits").isTrue();
        assertThat(Numbers.fitsPlain(new BigDecimal("1e-997"))).as("0. and 997 digits").isTrue();
        assertThat(Numbers.fitsPlain(new BigDecimal("1e-999"))).isFalse();
    }
}
