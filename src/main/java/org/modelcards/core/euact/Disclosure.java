package org.modelcards.core.euact;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import org.modelcards.core.model.Numbers;

/**
 * What one recipient of the Model Documentation Form is given of an item: the value as written, a
 * coarse value derived from it, or nothing.
 *
 * <pre>{@code
 * Disclosure.PARAMETER_RANGE.apply("7.3e10");      // Optional[50–100B]
 * Disclosure.ORDER_OF_MAGNITUDE.apply("3.8e24");   // Optional[10^24]
 * Disclosure.NONE.isGiven();                        // false
 * }</pre>
 */
public enum Disclosure {
    /** The value as the card holds it. */
    VALUE("value"),
    /** The form's parameter-count band, from the precise count. */
    PARAMETER_RANGE("parameter-range"),
    /** The power of ten, from a precise figure (FLOP, data points). */
    ORDER_OF_MAGNITUDE("order-of-magnitude"),
    /** The form's training-time band, from wall-clock days. */
    DURATION_BAND("duration-band"),
    /** Energy as the form states it, in MWh, from the card's kWh. */
    MEGAWATT_HOURS("megawatt-hours"),
    /** The item is not given to this recipient. */
    NONE("-");

    private final String id;

    Disclosure(String id) {
        this.id = id;
    }

    /** The id used in the form table. */
    public String id() {
        return id;
    }

    /** The disclosure with this table id. */
    public static Optional<Disclosure> byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }

    /** Whether the recipient gets the item at all. */
    public boolean isGiven() {
        return this != NONE;
    }

    /** Whether the recipient gets less than the precise value: a band or an order of magnitude. */
    public boolean isCoarse() {
        return this == PARAMETER_RANGE || this == ORDER_OF_MAGNITUDE || this == DURATION_BAND;
    }

    /**
     * What the recipient is given of the precise value {@code written}: the text itself for
     * {@link #VALUE}, the derived value for the others; empty when nothing is given or a number
     * cannot be read from {@code written}.
     */
    public Optional<String> apply(String written) {
        if (this == VALUE) {
            return Optional.of(written);
        }
        if (this == NONE) {
            return Optional.empty();
        }
        Optional<BigDecimal> number = Numbers.parse(written).filter(n -> n.signum() >= 0);
        return number.map(n -> switch (this) {
            case PARAMETER_RANGE -> ParameterRange.of(n).label();
            case ORDER_OF_MAGNITUDE -> OrderOfMagnitude.of(n).label();
            case DURATION_BAND -> DurationBand.of(n).label();
            case MEGAWATT_HOURS -> EnergyUnits.megawattHours(n).toPlainString() + " MWh";
            default -> throw new IllegalStateException(name());
        });
    }
}
