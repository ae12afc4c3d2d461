package org.modelcards.core.format.eumdf;

import org.modelcards.core.catalog.FieldCatalog;
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
public final class TrainingSummaryFormat extends EuExportFormat {
    private final SummaryDocuments documents;

    /** The summary in Markdown over the standard catalogue. */
    public TrainingSummaryFormat() {
        this(new SummaryDocuments(FieldCatalog.standard()), Layout.MARKDOWN);
    }

    private TrainingSummaryFormat(SummaryDocuments documents, Layout layout) {
        super(layout);
        this.documents = documents;
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
    String stem() {
        return ".training-summary";
    }

    @Override
    EuExportFormat in(Layout other) {
        return new TrainingSummaryFormat(documents, other);
    }

    @Override
    EuDocument document(ModelCard card) {
        return documents.build(card);
    }
}
