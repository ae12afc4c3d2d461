package org.modelcards.core.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.ModelCard;

/**
 * The starting cards for new models, one per {@link ModelKind}, read from bundled native JSON files
 * ({@code llm.modelcard.json}, …). Immutable and thread-safe.
 *
 * <p>A template fills in only what is true of every model of its kind (the Hub pipeline tag, the
 * usual metric ids); everything else it pre-fills is a question starting with {@code TODO:}, which
 * validation reports as template text until the author replaces it, so an unanswered prompt can
 * never pass as content.
 *
 * <pre>{@code
 * ModelCard card = new CardTemplates().create(ModelKind.LLM);
 * }</pre>
 */
public final class CardTemplates {
    private final Map<ModelKind, ModelCard> cards;

    /** Reads every bundled template; a missing or broken one is a build error, so it fails at once. */
    public CardTemplates() {
        NativeJsonFormat json = new NativeJsonFormat();
        Map<ModelKind, ModelCard> read = new EnumMap<>(ModelKind.class);
        for (ModelKind kind : ModelKind.values()) {
            read.put(kind, load(json, kind));
        }
        this.cards = Map.copyOf(read);
    }

    /** The starting card for {@code kind}: no name, licence or numbers, prompts where the author must answer. */
    public ModelCard create(ModelKind kind) {
        return cards.get(kind);
    }

    /** The resource name of a kind's template, e.g. {@code llm.modelcard.json}. */
    static String resourceName(ModelKind kind) {
        return kind.id() + NativeJsonFormat.EXTENSION;
    }

    private static ModelCard load(NativeJsonFormat json, ModelKind kind) {
        String name = resourceName(kind);
        try (InputStream in = CardTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("card template missing from the build: " + name);
            }
            return json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CardReadException e) {
            throw new IllegalStateException("card template is not a valid card: " + e.getMessage(), e);
        }
    }
}
