package org.modelcards.core.format.eumdf;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.CardReader;
import org.modelcards.core.format.CardWriter;
import org.modelcards.core.format.FileSample;
import org.modelcards.core.format.Recognition;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.model.ModelCard;

/**
 * Writes the public summary of training content (AI Act Art. 53(1)(d)) in the order of the AI
 * Office's template, as Markdown, HTML or JSON. It is public: it gives the training data's size band,
 * never the precise count the Model Documentation Form gives the AI Office. Export only.
 *
 * <pre>{@code
 * WriteResult summary = new TrainingSummaryFormat().inLayout("html").orElseThrow().writer().orElseThrow().write(card);
 * }</pre>
 */
public final class TrainingSummaryFormat implements CardFormat, CardWriter {
    private final SummaryDocuments documents;
    private final Layout layout;

    /** The summary in Markdown over the standard catalogue. */
    public TrainingSummaryFormat() {
        this(new SummaryDocuments(FieldCatalog.standard()), Layout.MARKDOWN);
    }

    private TrainingSummaryFormat(SummaryDocuments documents, Layout layout) {
        this.documents = documents;
        this.layout = layout;
    }

    @Override
    public String id() {
        return "eu-summary";
    }

    @Override
    public String label() {
        return "EU public summary of training content";
    }

    @Override
    public List<String> fileEndings() {
        return List.of(".training-summary" + layout.ending());
    }

    /** Never read back. */
    @Override
    public Recognition recognise(FileSample file) {
        return Recognition.NONE;
    }

    @Override
    public Optional<CardReader> reader() {
        return Optional.empty();
    }

    @Override
    public Optional<CardWriter> writer() {
        return Optional.of(this);
    }

    @Override
    public List<String> layouts() {
        return Arrays.stream(Layout.values()).map(Layout::id).toList();
    }

    @Override
    public Optional<CardFormat> inLayout(String id) {
        return Layout.byId(id).map(l -> new TrainingSummaryFormat(documents, l));
    }

    @Override
    public WriteResult write(ModelCard card) {
        return new WriteResult(layout.write(documents.build(card)), List.of());
    }
}
