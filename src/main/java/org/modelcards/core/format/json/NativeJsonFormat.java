package org.modelcards.core.format.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.modelcards.core.catalog.FieldCatalog;
import java.util.List;
import java.util.Optional;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.TwoWayFormat;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.format.ShapeException;
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
public final class NativeJsonFormat implements TwoWayFormat {
    /** The file name suffix of native cards. */
    public static final String EXTENSION = ".modelcard.json";
    /** The version this writer writes; readers accept any 1.x. */
    public static final String SCHEMA_VERSION = "1.0";
    static final String VERSION_KEY = "schemaVersion";

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
    public String label() {
        return "Native model card";
    }

    /** Its own ending, and any other {@code .json} file that no other format claims by its content. */
    @Override
    public List<String> fileEndings() {
        return List.of(EXTENSION, ".json");
    }




    @Override
    public ModelCard read(String text, String source) throws CardReadException {
        JsonNode root = JsonText.read(text, source);
        try {
            return new CardTreeReader(catalog).read(root);
        } catch (ShapeException e) {
            TextPosition at = JsonText.locate(text, e.at());
            throw new CardReadException(new ReadProblem(ReadProblem.NOT_A_CARD, source, at.line(), at.column(), e.getMessage()));
        }
    }

    /** Reads a card with the position of each of its values, for validation messages. */
    @Override
    public LoadedCard load(String text, String source) throws CardReadException {
        return new LoadedCard(read(text, source), java.util.Optional.empty(), JsonSourceMap.of(text), java.util.List.of());
    }

    @Override
    public WriteResult write(ModelCard card) {
        return new WriteResult(JsonText.pretty(new CardTreeWriter(catalog).write(card)), java.util.List.of());
    }
}
