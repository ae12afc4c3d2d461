package org.modelcards.core.euact;

import java.math.BigDecimal;

/**
 * The parameter-count band of the Model Documentation Form, derived from the precise count; each
 * band includes its lower bound and excludes its upper one.
 *
 * <pre>{@code
 * ParameterRange.of(new BigDecimal("7.3e10"));           // FROM_50B_TO_100B
 * ParameterRange.of(new BigDecimal("7.3e10")).label();   // "50–100B"
 * }</pre>
 */
public enum ParameterRange {
    BELOW_500M("<500M", "0"),
    FROM_500M_TO_5B("500M–5B", "5e8"),
    FROM_5B_TO_15B("5–15B", "5e9"),
    FROM_15B_TO_50B("15–50B", "1.5e10"),
    FROM_50B_TO_100B("50–100B", "5e10"),
    FROM_100B_TO_500B("100–500B", "1e11"),
    FROM_500B_TO_1T("500B–1T", "5e11"),
    ABOVE_1T(">1T", "1e12");

    private final String label;
    private final BigDecimal lowest;

    ParameterRange(String label, String lowest) {
        this.label = label;
        this.lowest = new BigDecimal(lowest);
    }

    /** The band as the form writes it, e.g. {@code 50–100B}. */
    public String label() {
        return label;
    }

    /** The smallest count in the band. */
    public BigDecimal lowest() {
        return lowest;
    }

    /** The band a count of {@code parameters} (zero or more) falls in. */
    public static ParameterRange of(BigDecimal parameters) {
        ParameterRange found = BELOW_500M;
        for (ParameterRange range : values()) {
            if (parameters.compareTo(range.lowest) >= 0) {
                found = range;
            }
        }
        return found;
    }
}
