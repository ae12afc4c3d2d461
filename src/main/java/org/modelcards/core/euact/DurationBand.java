package org.modelcards.core.euact;

import java.math.BigDecimal;

/**
 * The training-time band the Model Documentation Form gives national authorities, derived from
 * wall-clock days; a month counts as 30 days and each band includes its lower bound.
 *
 * <pre>{@code
 * DurationBand.of(new BigDecimal("95")).label();   // "3–6 months"
 * }</pre>
 */
public enum DurationBand {
    UNDER_1_MONTH("<1 month", 0),
    FROM_1_TO_3_MONTHS("1–3 months", 30),
    FROM_3_TO_6_MONTHS("3–6 months", 90),
    OVER_6_MONTHS(">6 months", 180);

    private final String label;
    private final BigDecimal fromDays;

    DurationBand(String label, int fromDays) {
        this.label = label;
        this.fromDays = BigDecimal.valueOf(fromDays);
    }

    /** The band as the form writes it. */
    public String label() {
        return label;
    }

    /** The shortest training, in days, that falls in this band. */
    public BigDecimal fromDays() {
        return fromDays;
    }

    /** The band of a training that took {@code days} wall-clock days (zero or more). */
    public static DurationBand of(BigDecimal days) {
        DurationBand found = UNDER_1_MONTH;
        for (DurationBand band : values()) {
            if (days.compareTo(band.fromDays) >= 0) {
                found = band;
            }
        }
        return found;
    }
}
