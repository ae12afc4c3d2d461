package org.modelcards.core.format.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.format.TextPosition;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.model.ModelCard;

/**
 * The native {@code .modelcard.json} format: the card model as is, keyed by catalogue ids, with
 * {@code "schemaVersion": "1.0"}. Lossless: unknown keys are read into the card and written back.
 *
 * <pre>{@code
 * NativeJsonFormat json = new NativeJsonFormat();
 * ModelCard card = json.read(Files.readString(path), path.toString());
 * String text = json.write(card).text();
 * }</pre>
 */
public final class NativeJsonFormat implements CardFormat {
    /** The file name suffix of native cards. */
    public static final String EXTENSION = ".modelcard.json";
    /** The version this writer writes; readers accept any 1.x. */
    public static final String SCHEMA_VERSION = "1.0";
    static final String VERSION_KEY = "schemaVersion";
    /** Jackson's default nesting limit, which keeps a hostile file from exhausting the stack. */
    static final int MAX_DEPTH = com.fasterxml.jackson.core.StreamReadConstraints.DEFAULT_MAX_DEPTH;

    private final FieldCatalog catalog;

    public NativeJsonFormat() {
        this(FieldCatalog.standard());
    }

    public NativeJsonFormat(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String id() {
        return "json";
    }

    @Override
    public ModelCard read(String text, String source) throws CardReadException {
        JsonNode root;
        try {
            root = JsonSupport.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            if (e instanceof StreamConstraintsException) {
                TextPosition at = JsonLocator.beyondNestingLimit(text, MAX_DEPTH);
                throw new CardReadException(new ReadProblem(ReadProblem.JSON_SYNTAX, source, at.line(), at.column(),
                        "nested more than " + MAX_DEPTH + " levels deep: not a model card"));
            }
            JsonLocation at = e.getLocation();
            throw new CardReadException(new ReadProblem(ReadProblem.JSON_SYNTAX, source, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "invalid JSON: " + e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new CardReadException(new ReadProblem(ReadProblem.NOT_A_CARD, source, 0, 0, "empty file: not a model card"));
        }
        try {
            return new CardTreeReader(catalog).read(root);
        } catch (CardTreeReader.ShapeException e) {
            TextPosition at = JsonLocator.locate(text, e.at);
            throw new CardReadException(new ReadProblem(ReadProblem.NOT_A_CARD, source, at.line(), at.column(), e.getMessage()));
        }
    }

    /** Reads a card with the position of each of its values, for validation messages. */
    public LoadedCard load(String text, String source) throws CardReadException {
        return new LoadedCard(read(text, source), java.util.Optional.empty(), JsonSourceMap.of(text), java.util.List.of());
    }

    @Override
    public WriteResult write(ModelCard card) {
        return new WriteResult(JsonSupport.pretty(new CardTreeWriter(catalog).write(card)), java.util.List.of());
    }
}
