package org.modelcards.core.format.mct;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.format.TextPosition;


/**
 * The MCT format's JSON helpers on top of the shared {@link JsonText}: how a number's text is
 * written back, within the reader's length limit.
 */
final class MctJson {
    /** Jackson's default nesting limit, which keeps a hostile file from exhausting the stack. */
    static final int MAX_DEPTH = JsonText.MAX_DEPTH;
    /** Longest number text written or expanded; Jackson refuses longer number literals when reading. */
    static final int MAX_NUMBER_LENGTH = StreamReadConstraints.DEFAULT_MAX_NUM_LEN;

    private MctJson() {
    }

    static ObjectMapper mapper() {
        return JsonText.mapper();
    }

    static JsonNodeFactory nodes() {
        return JsonText.nodes();
    }

    static String pretty(JsonNode node) {
        return JsonText.pretty(node);
    }

    static String compact(JsonNode node) {
        return JsonText.compact(node);
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

    static TextPosition locate(String text, JsonPointer target) {
        return JsonText.locate(text, target);
    }

    static TextPosition beyondNestingLimit(String text, int limit) {
        return JsonText.beyondNestingLimit(text, limit);
    }

    static String describe(JsonNode node) {
        return JsonText.describe(node);
    }
}
