package org.modelcards.core.format.hf;

import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.KeptLayout;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.LossCheck;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.model.ModelCard;

/**
 * An opened {@code README.md} that can be saved back under the round-trip contract: unedited, the
 * same bytes; edited, only the lines of the changed fields differ (line ends, key order, comments,
 * quoting and everything else are kept).
 *
 * <pre>{@code
 * HubReadme readme = HubReadme.parse(Files.readString(path), path.toString());
 * ModelCard edited = readme.loaded().card().withLicense(...);
 * String text = readme.write(edited).text();
 * }</pre>
 */
public final class HubReadme implements KeptLayout {
    private final FieldCatalog catalog;
    private final HubReadmeReader reader;
    private final HubReadmeReader.Read read;
    private final HubReadmeWriter writer;

    private HubReadme(FieldCatalog catalog, HubReadmeReader reader, HubReadmeReader.Read read, HubReadmeWriter writer) {
        this.catalog = catalog;
        this.reader = reader;
        this.read = read;
        this.writer = writer;
    }

    /** Parses {@code text}; for many files, {@link HubReadmeFormat#open} reuses one reader and writer. */
    public static HubReadme parse(String text, String source) {
        return new HubReadmeFormat().open(text, source);
    }

    static HubReadme of(FieldCatalog catalog, HubReadmeReader reader, HubReadmeWriter writer, String text, String source) {
        return new HubReadme(catalog, reader, reader.readWithLayout(text, source), writer);
    }

    /** The card as read, its metadata, positions and reading problems. */
    @Override
    public LoadedCard loaded() {
        return read.loaded();
    }

    /** The original text. */
    public String original() {
        return read.layout().text;
    }

    /**
     * The README for {@code card}: the original, patched where {@code card} differs from the card as
     * read. The losses are the edits that do not read back, such as metadata set on a README whose
     * front matter is broken (which is kept as it is until fixed by hand).
     */
    @Override
    public WriteResult write(ModelCard card) {
        HubReadmeWriter.Patched patched = writer.patch(read.layout(), read.loaded().card(), card);
        String text = patched.text();
        if (text.equals(read.layout().text)) {
            return new WriteResult(text, card.equals(read.loaded().card()) ? java.util.List.of()
                    : LossCheck.compare(catalog, card, read.loaded().card(), REASON));
        }
        LoadedCard back = reader.read(text, "README.md");
        java.util.List<Loss> losses = new java.util.ArrayList<>(LossCheck.compare(catalog, placed(card), placed(back.card()),
                REASON));
        patched.droppedComments().forEach(field -> losses.add(new Loss(field,
                "holds HTML comments inside its text, which the new text replaces")));
        patched.expectedMetadata().ifPresent(expected -> {
            if (back.metadata().isEmpty()) {
                losses.add(new Loss("metadata", "the front matter would no longer parse"));
            } else {
                PlainTrees.check(expected, back.metadata().get())
                        .forEach(path -> losses.add(new Loss("metadata." + path, UNASKED)));
            }
        });
        return new WriteResult(text, losses);
    }

    /**
     * What this README's front matter holds that the card has no place for, as losses for a
     * conversion to another format: keys the model does not know inside the keys it does (say
     * {@code model-index[0].results[2].x-reviewed-by}) and list items it skipped. Unknown top-level
     * keys are not among them: the card keeps those as extra metadata.
     */
    @Override
    public java.util.List<Loss> uncarried() {
        java.util.List<Loss> losses = new java.util.ArrayList<>();
        read.loaded().metadata().ifPresent(metadata -> PlainTrees.uncarried(
                        PlainTrees.plainValues(HubReadmeWriter.metadata(read.loaded().card())), metadata)
                .forEach(path -> losses.add(new Loss("metadata." + path,
                        "has no place in the card's model, so only a README keeps it"))));
        java.util.List<String> commented = HubReadmeWriter.commentedFields(read.layout());
        if (!commented.isEmpty()) {
            // one line for all: template cards have a prompt comment in nearly every section
            losses.add(new Loss("body.comments", "HTML comments in the text of " + String.join(", ", commented)
                    + " (such as the template's prompts) are kept only by a README"));
        }
        return java.util.List.copyOf(losses);
    }

    /**
     * The card without the kept sections' "comes after" marks. In a patched README those sections
     * stay where they are in the text, so a mark that moves (a new title above them, say) is no
     * change; the marks only place sections in a README written anew.
     */
    private static ModelCard placed(ModelCard card) {
        return card.withExtras(card.extras().withSections(card.extras().sections().stream()
                .map(section -> section.withAfter("")).toList()));
    }

    private static final String REASON = "does not read back from the saved README";
    private static final String UNASKED = "would change in the front matter although it was not edited";
}
