package org.modelcards.core.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the numbers a card keeps as text (parameter counts, metric values, CO2 grams).
 *
 * <p>Example: {@code Numbers.parse("1.2e9")} is {@code Optional.of(new BigDecimal("1.2E+9"))};
 * {@code Numbers.parse("about 7B")} is empty.
 */
public final class Numbers {
    /** A decimal written the way JSON writes numbers, which a JSON number therefore reproduces exactly. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

    private Numbers() {
    }

    /** The number written in {@code text} (surrounding blanks and {@code _}/{@code ,} digit separators allowed), if any. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.strip().replace("_", "").replace(",", "");
        if (cleaned.isEmpty() || !cleaned.matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(cleaned));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code text} is a plain decimal that reads back to the same characters, e.g.
     * {@code "0.910"} but not {@code "1e3"}, {@code "+1"} or {@code "-0"}.
     */
    public static boolean isPlainDecimal(String text) {
        return text != null && PLAIN_DECIMAL.matcher(text).matches()
                && !(text.startsWith("-") && new BigDecimal(text).signum() == 0);
    }
}
