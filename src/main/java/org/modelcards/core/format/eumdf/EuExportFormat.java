package org.modelcards.core.format.eumdf;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.CardReader;
import org.modelcards.core.format.CardWriter;
import org.modelcards.core.format.FileSample;
import org.modelcards.core.format.Recognition;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.model.ModelCard;

/**
 * What the EU AI Act exports share: an {@link EuDocument} written in one of the {@link Layout}s, never
 * read back, and nothing reported lost, since each is a projection of the card by design.
 */
abstract class EuExportFormat implements CardFormat, CardWriter {
    private final Layout layout;

    EuExportFormat(Layout layout) {
        this.layout = layout;
    }

    /** The document this export makes of {@code card}. */
    abstract EuDocument document(ModelCard card);

    /** This export in another layout. */
    abstract EuExportFormat in(Layout other);

    /** What the file name ends with before the layout's ending, e.g. {@code .mdf}. */
    abstract String stem();

    @Override
    public final List<String> fileEndings() {
        return List.of(stem() + layout.ending());
    }

    /** Never recognised: a written export is not a file to open. */
    @Override
    public final Recognition recognise(FileSample file) {
        return Recognition.NONE;
    }

    @Override
    public final Optional<CardReader> reader() {
        return Optional.empty();
    }

    @Override
    public final Optional<CardWriter> writer() {
        return Optional.of(this);
    }

    @Override
    public final List<String> layouts() {
        return Arrays.stream(Layout.values()).map(Layout::id).toList();
    }

    @Override
    public final Optional<CardFormat> inLayout(String id) {
        return Layout.byId(id).map(this::in);
    }

    @Override
    public final WriteResult write(ModelCard card) {
        return new WriteResult(layout.write(document(card)), List.of());
    }

    final Layout layout() {
        return layout;
    }
}
