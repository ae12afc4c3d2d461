package org.modelcards.core.euact;

import java.math.BigDecimal;

/**
 * The power of ten of a positive figure, as the Model Documentation Form gives training compute to
 * national authorities: the exponent of the figure written in scientific notation.
 *
 * <pre>{@code
 * OrderOfMagnitude.of(new BigDecimal("3.8e24")).label();   // "10^24"
 * }</pre>
 *
 * @param exponent the power of ten: {@code 24} for anything from 1e24 up to (not including) 1e25
 */
public record OrderOfMagnitude(int exponent) {
    /** The order of magnitude of {@code value}; zero counts as 10^0. */
    public static OrderOfMagnitude of(BigDecimal value) {
        if (value.signum() == 0) {
            return new OrderOfMagnitude(0);
        }
        BigDecimal abs = value.abs();
        return new OrderOfMagnitude(abs.precision() - abs.scale() - 1);
    }

    /** The power written as the form writes it, e.g. {@code 10^24}. */
    public String label() {
        return "10^" + exponent;
    }
}
