package org.modelcards.core.format.eumdf;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.euact.ModelDocumentationForm;
import org.modelcards.core.euact.Recipient;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.CardReader;
import org.modelcards.core.format.CardWriter;
import org.modelcards.core.format.FileSample;
import org.modelcards.core.format.Recognition;
import org.modelcards.core.format.WriteResult;
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
public final class ModelDocumentationFormat implements CardFormat, CardWriter {
    private final FormDocuments documents;
    private final Recipient recipient;
    private final Layout layout;

    /** The form for the AI Office, in Markdown, over the standard catalogue. */
    public ModelDocumentationFormat() {
        this(new FormDocuments(FieldCatalog.standard(), ModelDocumentationForm.standard()), Recipient.AI_OFFICE, Layout.MARKDOWN);
    }

    private ModelDocumentationFormat(FormDocuments documents, Recipient recipient, Layout layout) {
        this.documents = documents;
        this.recipient = recipient;
        this.layout = layout;
    }

    @Override
    public String id() {
        return "eu-mdf";
    }

    @Override
    public String label() {
        return "EU Model Documentation Form (" + recipient.label() + ")";
    }

    /** {@code .mdf.md}, {@code .mdf.html} or {@code .mdf.json}, this layout's first. */
    @Override
    public List<String> fileEndings() {
        return List.of(".mdf" + layout.ending());
    }

    /** Never read: the name of a written form alone does not make a file one to open. */
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
    public List<String> recipients() {
        return Arrays.stream(Recipient.values()).map(Recipient::id).toList();
    }

    @Override
    public Optional<CardFormat> forRecipient(String id) {
        return Recipient.byId(id).map(r -> new ModelDocumentationFormat(documents, r, layout));
    }

    @Override
    public List<String> layouts() {
        return Arrays.stream(Layout.values()).map(Layout::id).toList();
    }

    @Override
    public Optional<CardFormat> inLayout(String id) {
        return Layout.byId(id).map(l -> new ModelDocumentationFormat(documents, recipient, l));
    }

    /** {@code card.authority.mdf.html}: the recipient is in the name, so that forms for different recipients never overwrite each other. */
    @Override
    public String outputName(String baseName) {
        return baseName + "." + recipient.id() + fileEndings().get(0);
    }

    @Override
    public WriteResult write(ModelCard card) {
        return new WriteResult(layout.write(documents.build(card, recipient)), List.of());
    }
}
