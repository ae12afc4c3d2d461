package org.modelcards.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modelcards.core.format.cyclonedx.CycloneDxFormat;
import org.modelcards.core.format.hf.HubReadmeFormat;
import org.modelcards.core.format.html.HtmlFormat;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.format.mct.MctFormat;

/**
 * The formats this version reads and writes, by id, and which one a file is in: by its name first
 * ({@code .md} is a README whatever its first character); a {@code .json} file is a native card, a
 * CycloneDX BOM or a Model Card Toolkit card by its keys.
 */
public final class CardFormats {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, CardFormat> byId = new LinkedHashMap<>();
    private final Map<String, String> extensions = new LinkedHashMap<>();

    public CardFormats(List<CardFormat> formats, Map<String, String> extensions) {
        formats.forEach(f -> byId.put(f.id(), f));
        this.extensions.putAll(extensions);
    }

    /** Every format of this version. */
    public static CardFormats standard() {
        return new CardFormats(List.of(new HubReadmeFormat(), new NativeJsonFormat(), new MctFormat(),
                        new CycloneDxFormat(), new HtmlFormat()),
                Map.of("json", NativeJsonFormat.EXTENSION, "hf", ".md", "mct", ".mct.json",
                        "cyclonedx", CycloneDxFormat.EXTENSION, "html", ".html"));
    }

    public Optional<CardFormat> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** The file name ending a format's output gets, e.g. {@code .modelcard.json}. */
    public String extension(String id) {
        return extensions.getOrDefault(id, "." + id);
    }

    /**
     * The format of a file named {@code fileName} holding {@code text}. The name decides first: HTML is
     * HTML, anything that is not {@code .json} is a README (a {@code README.md} whose text starts with
     * {@code {} is still Markdown, as the Hub reads it); only a {@code .json} file's content is
     * sniffed, to tell a native card from a CycloneDX BOM or a Model Card Toolkit card.
     */
    public CardFormat detect(String fileName, String text) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if ((lower.endsWith(".html") || lower.endsWith(".htm")) && byId.containsKey("html")) {
            return byId.get("html");
        }
        if (!lower.endsWith(".json")) {
            return byId.get("hf");
        }
        try {
            JsonNode root = JSON.readTree(text);
            if (root != null && root.isObject()) {
                if (root.has("bomFormat") && byId.containsKey("cyclonedx")) {
                    return byId.get("cyclonedx");
                }
                if (!root.has("schemaVersion") && (root.has("model_details") || root.has("model_parameters")
                        || root.has("quantitative_analysis") || root.has("considerations") || root.has("schema_version"))
                        && byId.containsKey("mct")) {
                    return byId.get("mct");
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not JSON: the native reader reports where
        }
        return byId.get("json");
    }

    /** The base name of a card file: its name without the ending of any format ({@code card.modelcard.json} is {@code card}). */
    public String baseName(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        for (String ending : List.of(".modelcard.json", ".mct.json", ".cdx.json", ".json", ".markdown", ".md", ".html")) {
            if (lower.endsWith(ending) && lower.length() > ending.length()) {
                return fileName.substring(0, fileName.length() - ending.length());
            }
        }
        return fileName;
    }
}
