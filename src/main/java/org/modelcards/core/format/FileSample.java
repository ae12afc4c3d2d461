package org.modelcards.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file to recognise: its name and text, and its JSON top-level object when it has one, parsed at
 * most once however many formats look (one sample serves one detection, on one thread).
 *
 * <pre>{@code
 * FileSample file = FileSample.of("model_card.json", text);
 * boolean mct = file.hasEnding(".json") && file.jsonObject().map(o -> o.has("model_details")).orElse(false);
 * }</pre>
 */
public final class FileSample {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String fileName;
    private final String lowerName;
    private final String text;
    /** Null until asked for: most files (READMEs) are never parsed as JSON. */
    private Optional<JsonNode> jsonObject;

    private FileSample(String fileName, String text) {
        this.fileName = fileName;
        this.lowerName = fileName.toLowerCase(Locale.ROOT);
        this.text = text;
    }

    public static FileSample of(String fileName, String text) {
        return new FileSample(fileName, text);
    }

    public String fileName() {
        return fileName;
    }

    public String text() {
        return text;
    }

    /** Whether the name ends in {@code ending} (given lower case), ignoring case. */
    public boolean hasEnding(String ending) {
        return lowerName.endsWith(ending);
    }

    /** Whether the name ends in any of {@code endings}. */
    public boolean hasAnyEnding(List<String> endings) {
        return endings.stream().anyMatch(this::hasEnding);
    }

    /** The top-level JSON object, or empty when the text is not JSON or not an object. */
    public Optional<JsonNode> jsonObject() {
        if (jsonObject == null) {
            Optional<JsonNode> parsed;
            try {
                JsonNode root = JSON.readTree(text);
                parsed = root != null && root.isObject() ? Optional.of(root) : Optional.empty();
            } catch (java.io.IOException | RuntimeException e) {
                // not JSON: the reader of the format chosen by name reports where
                parsed = Optional.empty();
            }
            jsonObject = parsed;
        }
        return jsonObject;
    }
}
