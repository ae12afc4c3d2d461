package org.modelcards.core.euact;

import java.math.BigDecimal;

/**
 * Writes a large figure as the Model Documentation Form writes its examples, a mantissa times a power
 * of ten, keeping every significant figure the card gives; figures under a million stay as they are.
 *
 * <pre>{@code
 * ScientificNotation.write(new BigDecimal("73000000000"));   // "7.3×10^10"
 * ScientificNotation.write(new BigDecimal("24000"));         // "24000"
 * }</pre>
 */
public final class ScientificNotation {
    private static final BigDecimal MILLION = new BigDecimal("1e6");

    private ScientificNotation() {
    }

    /** {@code value} in scientific notation from a million up, else as a plain number. */
    public static String write(BigDecimal value) {
        if (value.abs().compareTo(MILLION) < 0) {
            return value.toPlainString();
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int exponent = OrderOfMagnitude.of(stripped).exponent();
        return stripped.movePointLeft(exponent).toPlainString() + "×10^" + exponent;
    }
}
