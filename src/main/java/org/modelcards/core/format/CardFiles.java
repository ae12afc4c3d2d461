package org.modelcards.core.format;

import java.io.IOException;
import java.nio.file.Path;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.ModelCard;

/** Reads and writes card files, strictly (see {@link SourceText}) and atomically. */
public final class CardFiles {
    private final NativeJsonFormat json = new NativeJsonFormat();

    /** Reads a card file; every problem, from a missing file to a wrong value, is one {@link ReadProblem}. */
    public ModelCard read(Path path) throws CardReadException {
        return json.read(SourceText.read(path).text(), path.toString());
    }

    /** Writes {@code card} as native JSON to {@code path}, atomically. */
    public void writeNative(Path path, ModelCard card) throws IOException {
        AtomicFiles.writeString(path, json.write(card).text());
    }
}
