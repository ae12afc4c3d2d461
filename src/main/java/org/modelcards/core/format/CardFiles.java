package org.modelcards.core.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.modelcards.core.format.hf.HubReadmeReader;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.ModelCard;

/**
 * Reads and writes card files: strictly (see {@link SourceText}), by format (a README by its
 * {@code .md} name or its content, JSON otherwise), and atomically.
 */
public final class CardFiles {
    private final NativeJsonFormat json = new NativeJsonFormat();
    private final HubReadmeReader readme = new HubReadmeReader();

    /** Whether {@code path} names a file this tool reads (for walking folders). */
    public static boolean isCardFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".json");
    }

    /** Reads a card with its positions and non-fatal problems; unreadable files and broken JSON throw. */
    public LoadedCard load(Path path) throws CardReadException {
        String text = SourceText.read(path).text();
        String source = path.toString();
        return isJson(path, text) ? json.load(text, source) : readme.read(text, source);
    }

    /** Reads a card file; every problem that stops reading is one {@link ReadProblem}. */
    public ModelCard read(Path path) throws CardReadException {
        return load(path).card();
    }

    /** Writes {@code card} as native JSON to {@code path}, atomically. */
    public void writeNative(Path path, ModelCard card) throws IOException {
        AtomicFiles.writeString(path, json.write(card).text());
    }

    private static boolean isJson(Path path, String text) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return false;
        }
        return text.stripLeading().startsWith("{");
    }
}
