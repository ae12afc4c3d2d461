package org.modelcards.cli;

import java.util.Iterator;
import java.util.List;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.formats.CardFormats;

/** The ids {@code convert --to} accepts, from the format registry, for picocli's help and completion. */
final class WritableFormats implements Iterable<String> {
    static List<String> ids(CardFormats formats) {
        return formats.writable().stream().map(CardFormat::id).toList();
    }

    @Override
    public Iterator<String> iterator() {
        return ids(CardFormats.standard()).iterator();
    }
}
