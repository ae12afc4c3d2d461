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
    /** A number as {@link #parse} reads it, possessive so that a long text is matched in one pass. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?+(?:[0-9]++(?:\\.[0-9]*+)?+|\\.[0-9]++)(?:[eE][-+]?+[0-9]++)?+");

    /**
     * The longest number read, and the longest it may be written out ({@code 1e999999999} is eleven
     * characters but a gigabyte of digits): beyond it a value is text that {@link #parse} does not
     * read, so nothing ever parses thousands of digits (quadratic) or expands a huge exponent.
     * The same limit as the JSON reader's (Jackson's default).
     */
    public static final int MAX_LENGTH = 1000;

    private Numbers() {
    }

    /**
     * The number written in {@code text} (surrounding blanks and {@code _}/{@code ,} digit separators
     * allowed), if any and if it is within {@link #MAX_LENGTH}.
     */
    public static Optional<BigDecimal> parse(String text) {
        String cleaned = clean(text);
        if (cleaned.isEmpty() || cleaned.length() > MAX_LENGTH || !cleaned.matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?")) {
            return Optional.empty();
        }
        try {
            BigDecimal number = new BigDecimal(cleaned);
            return fitsPlain(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code text} is written as a number but is beyond what {@link #parse} reads (see {@link #MAX_LENGTH}). */
    public static boolean isOutOfRange(String text) {
        String cleaned = clean(text);
        if (!NUMBER.matcher(cleaned).matches()) {
            return false;
        }
        if (cleaned.length() > MAX_LENGTH) {
            return true;
        }
        try {
            return !fitsPlain(new BigDecimal(cleaned));
        } catch (NumberFormatException e) {
            return true; // an exponent past the int range
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip().replace("_", "").replace(",", "");
    }

    /** Whether {@code number} written out plainly ({@link BigDecimal#toPlainString}) stays within {@link #MAX_LENGTH}. */
    public static boolean fitsPlain(BigDecimal number) {
        long digits = number.precision();
        long scale = number.scale();
        long length = scale <= 0 ? digits - scale : scale < digits ? digits + 1 : scale + 2;
        return length + (number.signum() < 0 ? 1 : 0) <= MAX_LENGTH;
    }

    /**
     * Whether {@code text} is a plain decimal that reads back to the same characters, e.g.
     * {@code "0.910"} but not {@code "1e3"}, {@code "+1"} or {@code "-0"}; nor one longer than {@link #MAX_LENGTH}.
     */
    public static boolean isPlainDecimal(String text) {
        return text != null && text.length() <= MAX_LENGTH && PLAIN_DECIMAL.matcher(text).matches()
                && !(text.startsWith("-") && new BigDecimal(text).signum() == 0);
    }
}
