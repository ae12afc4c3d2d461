package org.modelcards.core.format.mct;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.modelcards.core.format.JsonText;

/**
 * The MCT format's JSON helpers on top of the shared {@link JsonText}: how a number's text is
 * written back, within the reader's length limit.
 */
final class MctJson {
    /** Longest number text written or expanded; Jackson refuses longer number literals when reading. */
    static final int MAX_NUMBER_LENGTH = StreamReadConstraints.DEFAULT_MAX_NUM_LEN;

    private MctJson() {
    }

    static boolean plainFits(BigDecimal value) {
        long digits = (long) value.precision() + Math.abs((long) value.scale());
        return digits + 2 <= MAX_NUMBER_LENGTH;
    }

    /** A number's text: plain ({@code 0.910}, {@code 1000}) unless that would be absurdly long. */
    static String numberText(JsonNode number) {
        if (number.isBigDecimal()) {
            BigDecimal value = number.decimalValue();
            return plainFits(value) ? value.toPlainString() : value.toString();
        }
        return number.asText();
    }
}
