package org.modelcards.core.format.json;

import org.modelcards.core.format.JsonText;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.modelcards.core.format.SourceMap;
import org.modelcards.core.format.TextPosition;

/** Where each value of a native JSON card starts, keyed by card path ({@code evaluation.results[2].value}). */
final class JsonSourceMap {
    private JsonSourceMap() {
    }

    static SourceMap of(String text) {
        Map<String, TextPosition> positions = new HashMap<>();
        try (JsonParser parser = JsonText.mapper().createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                JsonStreamContext context = token.isStructStart() ? parser.getParsingContext().getParent()
                        : parser.getParsingContext();
                String path = path(context);
                if (!path.isEmpty()) {
                    var at = parser.currentTokenLocation();
                    positions.putIfAbsent(path, new TextPosition(at.getLineNr(), at.getColumnNr()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the text was read before; positions are a help, not a requirement
        }
        return new SourceMap(positions);
    }

    /** {@code /evaluation/results/2/value} becomes {@code evaluation.results[2].value}. */
    private static String path(JsonStreamContext context) {
        StringBuilder out = new StringBuilder();
        for (String segment : context.pathAsPointer().toString().split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit)) {
                out.append('[').append(segment).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return out.toString();
    }
}
