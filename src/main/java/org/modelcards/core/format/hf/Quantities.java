package org.modelcards.core.format.hf;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts written with their unit in a card's text, in the unit a field holds: "11250 kg CO2 eq."
 * is 11250000 grams.
 *
 * <pre>{@code
 * Quantities.grams("11,390 tons CO2eq")   // Optional[11390000000]
 * }</pre>
 */
final class Quantities {
    private static final Pattern MASS = Pattern.compile(
            "(?i)^\\s*\\**\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*\\**\\s*(g|grams?|kg|kilograms?|t|tons?|tonnes?|metric tons?|lbs?|pounds?)\\b");

    private static final Pattern HOURS = Pattern.compile("(?i)^\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(?:gpu[- ])?(?:hours?|hrs?|h)\\b");
    private static final Pattern THOUSANDS = Pattern.compile("(?i)^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*k\\b");
    private static final Pattern COUNT = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(billion|million|thousand|B|M|K)\\b");
    private static final Pattern KWH = Pattern.compile("(?i)^\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*kwh\\b");

    private Quantities() {
    }

    /** A label's value in the unit its field holds: grams of CO2, hours, kWh; any other value as it is. */
    static String inUnitOf(String fieldId, String value) {
        return switch (fieldId) {
            case "environment.co2Grams" -> grams(value).orElse(value);
            case "environment.hours", "training.hours" -> number(HOURS, value).orElse(value);
            case "environment.energyKwh" -> number(KWH, value).orElse(value);
            case "details.contextWindow" -> thousands(value).orElse(value);
            case "details.parameterCount" -> count(value).orElse(value);
            default -> value;
        };
    }

    /** "1.5 billion", "176B", "124M" parameters, written out: 1500000000, 176000000000, 124000000. */
    static Optional<String> count(String text) {
        Matcher m = COUNT.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String unit = m.group(2).toLowerCase(java.util.Locale.ROOT);
        int zeros = unit.startsWith("b") ? 9 : unit.startsWith("m") ? 6 : 3;
        return Optional.of(new BigDecimal(m.group(1).replace(",", "")).movePointRight(zeros).stripTrailingZeros().toPlainString());
    }

    /** "128k" tokens is 128000. */
    private static Optional<String> thousands(String text) {
        Matcher m = THOUSANDS.matcher(text);
        return m.find() ? Optional.of(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1000)).stripTrailingZeros()
                .toPlainString()) : Optional.empty();
    }

    private static Optional<String> number(Pattern unit, String text) {
        Matcher m = unit.matcher(text);
        return m.find() ? Optional.of(m.group(1).replace(",", "")) : Optional.empty();
    }

    /** The mass at the start of {@code text} in grams, written out; empty when it has no number with a mass unit. */
    static Optional<String> grams(String text) {
        Matcher m = MASS.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(m.group(1).replace(",", ""));
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        BigDecimal factor = switch (unit.charAt(0)) {
            case 'k' -> BigDecimal.valueOf(1000);
            case 't', 'm' -> BigDecimal.valueOf(1_000_000);
            case 'l', 'p' -> new BigDecimal("453.59237");
            default -> BigDecimal.ONE;
        };
        return Optional.of(amount.multiply(factor).stripTrailingZeros().toPlainString());
    }
}
