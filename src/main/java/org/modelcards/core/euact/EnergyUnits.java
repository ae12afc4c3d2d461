package org.modelcards.core.euact;

import java.math.BigDecimal;

/**
 * Energy in the unit the Model Documentation Form asks for: the card keeps kWh (as the Hub does),
 * the form states MWh.
 *
 * <pre>{@code
 * EnergyUnits.megawattHours(new BigDecimal("1300000"));   // 1300
 * }</pre>
 */
public final class EnergyUnits {
    private EnergyUnits() {
    }

    /** {@code kilowattHours} in MWh, exactly, without trailing zeros. */
    public static BigDecimal megawattHours(BigDecimal kilowattHours) {
        BigDecimal mwh = kilowattHours.movePointLeft(3).stripTrailingZeros();
        return mwh.scale() < 0 ? mwh.setScale(0) : mwh;
    }
}
