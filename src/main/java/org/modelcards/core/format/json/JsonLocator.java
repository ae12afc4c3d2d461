package org.modelcards.core.format.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.modelcards.core.format.TextPosition;

/**
 * Finds where a JSON Pointer's value starts in a text. Only used to report a problem, so reading
 * stays on the fast tree path and pays for positions only when something is wrong.
 */
final class JsonLocator {
    private JsonLocator() {
    }

    static TextPosition locate(String text, JsonPointer target) {
        try (JsonParser parser = JsonSupport.mapper().createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    continue;
                }
                JsonStreamContext context = parser.getParsingContext();
                if (token.isStructStart()) {
                    context = context.getParent();
                }
                if (context.pathAsPointer().equals(target)) {
                    JsonLocation at = parser.currentTokenLocation();
                    return new TextPosition(at.getLineNr(), at.getColumnNr());
                }
            }
        } catch (IOException | RuntimeException e) {
            // the text parsed before, so this does not happen; fall back to "the whole file"
        }
        return new TextPosition(0, 0);
    }

    /** Where brackets first nest deeper than {@code limit}, found by a plain scan (the parser gave up there). */
    static TextPosition beyondNestingLimit(String text, int limit) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > limit) {
                    return TextPosition.of(text, i);
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return new TextPosition(0, 0);
    }
}
