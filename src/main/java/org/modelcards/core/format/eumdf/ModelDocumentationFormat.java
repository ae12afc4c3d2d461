package org.modelcards.core.format.eumdf;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.euact.ModelDocumentationForm;
import org.modelcards.core.euact.Recipient;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.model.ModelCard;

/**
 * Writes the EU GPAI Code of Practice's Model Documentation Form for one recipient (the AI Office,
 * national competent authorities or downstream providers) as Markdown, HTML or JSON: only that
 * recipient's items, at that recipient's precision (a parameter range instead of the count, an order
 * of magnitude instead of the FLOP). Export only; the format without a recipient writes the AI
 * Office's form, the most complete.
 *
 * <pre>{@code
 * CardFormat form = new ModelDocumentationFormat().forRecipient("authority").orElseThrow()
 *         .inLayout("html").orElseThrow();
 * WriteResult page = form.writer().orElseThrow().write(card);
 * }</pre>
 *
 * <p>Nothing is reported lost: the form is a projection of the card by design, and an item the card
 * does not answer is written as "Not answered" in the document itself.
 */
public final class ModelDocumentationFormat extends EuExportFormat {
    private final FormDocuments documents;
    private final Recipient recipient;

    /** The form for the AI Office, in Markdown, over the standard catalogue. */
    public ModelDocumentationFormat() {
        this(new FormDocuments(FieldCatalog.standard(), ModelDocumentationForm.standard()), Recipient.AI_OFFICE, Layout.MARKDOWN);
    }

    private ModelDocumentationFormat(FormDocuments documents, Recipient recipient, Layout layout) {
        super(layout);
        this.documents = documents;
        this.recipient = recipient;
    }

    @Override
    public String id() {
        return "eu-mdf";
    }

    @Override
    public String label() {
        return "EU Model Documentation Form (" + recipient.label() + ")";
    }

    @Override
    String stem() {
        return ".mdf";
    }

    @Override
    public List<String> recipients() {
        return Arrays.stream(Recipient.values()).map(Recipient::id).toList();
    }

    @Override
    public Optional<CardFormat> forRecipient(String id) {
        return Recipient.byId(id).map(r -> new ModelDocumentationFormat(documents, r, layout()));
    }

    /** {@code card.authority.mdf.html}: the recipient is in the name, so that forms for different recipients never overwrite each other. */
    @Override
    public String outputName(String baseName) {
        return baseName + "." + recipient.id() + fileEndings().get(0);
    }

    @Override
    EuExportFormat in(Layout other) {
        return new ModelDocumentationFormat(documents, recipient, other);
    }

    @Override
    EuDocument document(ModelCard card) {
        return documents.build(card, recipient);
    }
}
