package org.modelcards.core.euact;

import java.math.BigDecimal;
import java.util.OptionalInt;
import org.modelcards.core.model.Numbers;

/**
 * How many significant figures a number is written with, for the form's rule that parameters,
 * compute and energy be given to at least two. Trailing zeros of a whole number written without a
 * decimal point or exponent are not significant ({@code 70000000000} has one; {@code 7.0e10} two).
 *
 * <pre>{@code
 * SignificantFigures.of("7.3e10");   // OptionalInt[2]
 * SignificantFigures.of("about 7B"); // OptionalInt.empty
 * }</pre>
 */
public final class SignificantFigures {
    private SignificantFigures() {
    }

    /** The significant figures of the number {@code written}; empty when it is not a number. */
    public static OptionalInt of(String written) {
        return Numbers.parse(written).map(n -> OptionalInt.of(count(written, n))).orElse(OptionalInt.empty());
    }

    private static int count(String written, BigDecimal number) {
        if (number.signum() == 0) {
            return 1;
        }
        String plain = written.strip();
        boolean wholeAsWritten = !plain.contains(".") && !plain.contains("e") && !plain.contains("E");
        BigDecimal counted = wholeAsWritten ? number.stripTrailingZeros() : number;
        // leading zeros of a fraction (0.0012) are never significant; BigDecimal's precision already skips them
        return counted.precision();
    }
}
