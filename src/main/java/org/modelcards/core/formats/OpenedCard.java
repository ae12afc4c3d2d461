package org.modelcards.core.formats;

import java.nio.file.Path;
import java.util.Optional;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.CardWriter;
import org.modelcards.core.format.ImportSummary;
import org.modelcards.core.format.KeptLayout;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.model.ModelCard;

/**
 * A card file as opened (or as just saved): its path, its format, its text and the card read from
 * it, and for a format edited in place (the README) what is needed to save it back under the round-trip contract. A leading
 * byte-order mark is kept apart from the text the readers see and written back by a README save.
 *
 * <pre>{@code
 * OpenedCard opened = new CardFiles().open(Path.of("README.md"));
 * String text = opened.render(opened.card().withLicense(...)).text();   // only the licence line differs
 * }</pre>
 */
public final class OpenedCard {
    static final String BOM = "\uFEFF";
    private final Path path;
    private final CardFormat format;
    /** The text after any byte-order mark: what the readers see and a README save patches. */
    private final String text;
    private final boolean byteOrderMark;
    private final LoadedCard loaded;
    private final Optional<KeptLayout> layout;

    OpenedCard(Path path, CardFormat format, String text, boolean byteOrderMark, LoadedCard loaded,
            Optional<KeptLayout> layout) {
        this.path = path;
        this.format = format;
        this.text = text;
        this.byteOrderMark = byteOrderMark;
        this.loaded = loaded;
        this.layout = layout;
    }

    public Path path() {
        return path;
    }

    public CardFormat format() {
        return format;
    }

    public LoadedCard loaded() {
        return loaded;
    }

    public ModelCard card() {
        return loaded.card();
    }

    /** The file's text as opened or last saved, a leading byte-order mark included (what recovery keeps). */
    public String text() {
        return byteOrderMark ? BOM + text : text;
    }

    /** Whether this file keeps its layout (a README), so that a save patches {@link #text()}. */
    public boolean keepsLayout() {
        return layout.isPresent();
    }

    /** For a README, what opening it understood: fields filled from the front matter and the text, sections kept. */
    public Optional<ImportSummary> importSummary() {
        return layout.flatMap(KeptLayout::summary);
    }

    /**
     * This README with the kept section under {@code heading} assigned to {@code fieldId} (see
     * {@link KeptLayout#assign}); its card holds the section's text in that field, and saves write it
     * where the section is.
     */
    public OpenedCard assign(String heading, String fieldId) {
        KeptLayout assigned = layout.orElseThrow(() -> new IllegalStateException("only a README has sections"))
                .assign(heading, fieldId);
        return new OpenedCard(path, format, text, byteOrderMark, assigned.loaded(), Optional.of(assigned));
    }

    /** The indices of {@code card}'s results that stay in tables of a README's text (see {@link KeptLayout#resultsInText}). */
    public java.util.Set<Integer> resultsInText(ModelCard card) {
        return layout.map(l -> l.resultsInText(card)).orElse(java.util.Set.of());
    }

    /** The headings assigned to fields by hand (empty for other formats). */
    public java.util.Map<String, String> assignments() {
        return layout.map(KeptLayout::assignments).orElse(java.util.Map.of());
    }

    /** This card read again with {@code headings} assigned, so that a save keeps the author's assignments. */
    public OpenedCard withAssignments(java.util.Map<String, String> headings) {
        if (layout.isEmpty() || headings.isEmpty()) {
            return this;
        }
        KeptLayout assigned = layout.get().withAssignments(headings);
        return new OpenedCard(path, format, text, byteOrderMark, assigned.loaded(), Optional.of(assigned));
    }

    /** The text of {@code card} in this file's format; a README keeps every byte the edit does not touch. */
    public WriteResult render(ModelCard card) {
        return renderAs(format, card);
    }

    /**
     * The text of {@code card} for a file in {@code target} format: a README written as a README
     * (Save, Save As or Export to {@code .md}, {@code set}, {@code convert --to hf}) is patched against
     * this one, its byte-order mark kept; anything else is written anew, and its losses include what
     * the README's front matter holds that the card has no place for.
     */
    public WriteResult renderAs(CardFormat target, ModelCard card) {
        if (layout.isPresent() && target.id().equals(format.id())) {
            WriteResult patched = layout.get().write(card);
            return byteOrderMark ? new WriteResult(BOM + patched.text(), patched.losses()) : patched;
        }
        CardWriter writer = target.writer().orElseThrow(() -> new IllegalArgumentException(
                target.label() + " cannot be written"));
        WriteResult written = writer.write(card);
        java.util.List<Loss> uncarried = layout.map(KeptLayout::uncarried).orElse(java.util.List.of());
        if (uncarried.isEmpty()) {
            return written;
        }
        java.util.List<Loss> losses = new java.util.ArrayList<>(written.losses());
        losses.addAll(uncarried);
        return new WriteResult(written.text(), losses);
    }
}
