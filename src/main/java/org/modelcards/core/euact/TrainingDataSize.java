package org.modelcards.core.euact;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * The size band of the public summary of training content (AI Office template, section 1.3), derived
 * from the precise number of data points and its unit: text in tokens, images in images, audio and
 * video in hours. Each band includes its lower bound.
 *
 * <pre>{@code
 * TrainingDataSize.band(new BigDecimal("1.5e13"), "tokens");   // Optional[More than 10 trillion tokens]
 * TrainingDataSize.band(new BigDecimal("2e6"), "images");      // Optional[1 million to 1 billion images]
 * }</pre>
 */
public final class TrainingDataSize {
    private TrainingDataSize() {
    }

    /** The band of {@code count} data points of {@code unit}; empty for a unit the template has no bands for. */
    public static Optional<String> band(BigDecimal count, String unit) {
        String u = unit.strip().toLowerCase(Locale.ROOT);
        if (u.startsWith("token")) {
            return Optional.of(pick(count, "1e9", "1e13", "Less than 1 billion tokens", "1 billion to 10 trillion tokens",
                    "More than 10 trillion tokens"));
        }
        if (u.startsWith("image")) {
            return Optional.of(pick(count, "1e6", "1e9", "Less than 1 million images", "1 million to 1 billion images",
                    "More than 1 billion images"));
        }
        if (u.startsWith("hour")) {
            return Optional.of(pick(count, "1e4", "1e6", "Less than 10,000 hours", "10,000 to 1 million hours",
                    "More than 1 million hours"));
        }
        return Optional.empty();
    }

    private static String pick(BigDecimal count, String low, String high, String small, String medium, String large) {
        if (count.compareTo(new BigDecimal(low)) < 0) {
            return small;
        }
        return count.compareTo(new BigDecimal(high)) < 0 ? medium : large;
    }
}
