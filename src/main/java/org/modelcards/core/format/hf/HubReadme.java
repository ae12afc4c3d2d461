package org.modelcards.core.format.hf;

import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.ImportSummary;
import org.modelcards.core.format.KeptLayout;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.LossCheck;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ModelCard;
import java.util.List;
import java.util.Map;

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
    /** The name the file was read under, which problems name. */
    private final String source;
    private final Map<String, String> assigned;

    private HubReadme(FieldCatalog catalog, HubReadmeReader reader, HubReadmeReader.Read read, HubReadmeWriter writer,
            String source, Map<String, String> assigned) {
        this.catalog = catalog;
        this.reader = reader;
        this.read = read;
        this.writer = writer;
        this.source = source;
        this.assigned = Map.copyOf(assigned);
    }

    /** Parses {@code text}; for many files, {@link HubReadmeFormat#open} reuses one reader and writer. */
    public static HubReadme parse(String text, String source) {
        return new HubReadmeFormat().open(text, source);
    }

    static HubReadme of(FieldCatalog catalog, HubReadmeReader reader, HubReadmeWriter writer, String text, String source) {
        return new HubReadme(catalog, reader, reader.readWithLayout(text, source), writer, source, Map.of());
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
        LoadedCard back = reader.readWithLayout(text, source, assigned).loaded();
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
     * This README read again with the section under {@code heading} (as written) holding
     * {@code fieldId}, as if the mapping knew that heading: the section's text fills the field and
     * stays where it is, and saves write the field there. Assignments already made are kept.
     *
     * @throws IllegalArgumentException when no kept section has that heading, or the field is not
     *     one a section can hold (see {@link ImportSummary#assignable})
     */
    @Override
    public HubReadme assign(String heading, String fieldId) {
        ImportSummary summary = summary().orElseThrow();
        if (summary.kept().stream().noneMatch(k -> k.heading().equals(heading.strip()))) {
            throw new IllegalArgumentException("no kept section is headed \"" + heading + "\"");
        }
        if (!summary.assignable().contains(fieldId)) {
            throw new IllegalArgumentException(fieldId + " cannot take a section: it is filled or not prose");
        }
        Map<String, String> more = new java.util.LinkedHashMap<>(assigned);
        more.put(heading.strip(), fieldId);
        return withAssignments(more);
    }

    /** This README read again with these headings assigned (what {@link #assign} collected, say after a save). */
    @Override
    public HubReadme withAssignments(Map<String, String> headings) {
        String text = read.layout().text;
        return new HubReadme(catalog, reader, reader.readWithLayout(text, source, headings), writer, source, headings);
    }

    @Override
    public java.util.Set<Integer> resultsInText(ModelCard card) {
        return TableResults.kept(read.layout(), read.loaded().card(), card);
    }

    /** The headings assigned to fields by hand, heading as written to field id. */
    @Override
    public Map<String, String> assignments() {
        return assigned;
    }

    /** What reading understood: which fields the front matter and the text filled, and which sections were kept as they are. */
    @Override
    public java.util.Optional<ImportSummary> summary() {
        return java.util.Optional.of(ImportSummaries.of(catalog, read.loaded(), read.layout()));
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
        java.util.List<String> commented = read.layout().commentedFields();
        if (!commented.isEmpty()) {
            // one line for all: template cards have a prompt comment in nearly every section
            losses.add(new Loss("body.comments", "HTML comments in the text of " + String.join(", ", commented)
                    + " (such as the template's prompts) are kept only by a README"));
        }
        return java.util.List.copyOf(losses);
    }

    /**
     * The card without the kept sections' "comes after" marks, its results in a fixed order. In a patched README those sections
     * stay where they are in the text, so a mark that moves (a new title above them, say) is no
     * change; the marks only place sections in a README written anew.
     */
    private static ModelCard placed(ModelCard card) {
        // results from body tables are read after the metadata's, wherever the card had them: order is no change
        List<EvalResult> results = card.evaluation().results().stream()
                .sorted(java.util.Comparator.comparing(EvalResult::toString)).toList();
        return card.withExtras(card.extras().withSections(card.extras().sections().stream()
                .map(section -> section.withAfter("")).toList()))
                .withEvaluation(card.evaluation().withResults(results));
    }

    private static final String REASON = "does not read back from the saved README";
    private static final String UNASKED = "would change in the front matter although it was not edited";

    /**
     * What to call a model whose card names it nowhere: a {@code README.md} (or {@code model_card.md})
     * is named for its folder, which for a cloned Hub repository is the model's repository name. It is
     * a name to show, never written into the card: it says where the file is, not what the author
     * wrote, and a Save As to another folder would change it. Only a folder the path names counts.
     */
    public static java.util.Optional<String> folderName(java.nio.file.Path path) {
        String file = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        java.nio.file.Path parent = path.normalize().getParent();
        if (!CARD_FILES.contains(file) || parent == null || parent.getFileName() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(parent.getFileName().toString());
    }

    private static final java.util.Set<String> CARD_FILES = java.util.Set.of("readme.md", "model_card.md", "model-card.md",
            "modelcard.md");
}
