package org.modelcards.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.ModelCard;

/** The example cards bundled with the application (copied from {@code assets/examples}). */
public final class ExampleCards {
    /** The card the editor opens on first start. */
    public static final String DEFAULT = "tiny-sentiment.modelcard.json";

    private ExampleCards() {
    }

    /** Reads a bundled example; a broken bundle is a build error, so it fails loudly. */
    public static ModelCard load(String name) {
        String resource = "/org/modelcards/examples/" + name;
        try (InputStream in = ExampleCards.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("example card missing from the build: " + resource);
            }
            return new NativeJsonFormat().read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CardReadException e) {
            throw new IllegalStateException("bundled example is not a valid card: " + e.getMessage(), e);
        }
    }
}
