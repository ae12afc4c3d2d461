package org.modelcards.app.document;

import java.util.List;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.model.ExtraSection;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.formats.OpenedCard;
import org.modelcards.core.model.ModelCard;

/**
 * An open card: its current snapshot, the snapshot last saved, and the file it belongs to.
 *
 * <p>Dirty means the current snapshot differs from the saved one (not an edit counter), so
 * typing a value back to what was saved makes the document clean again. A document restored after
 * a crash has the original file's card as its saved state and the recovered card as its current
 * one, one undo step apart, so undo can reach the file's content but never go below it.
 */
public final class CardDocument {
    private static final int MAX_HISTORY = 500;
    private final ReadOnlyObjectWrapper<ModelCard> card;
    /** The card on disk; null for recovered work that was never saved, which is dirty until it is. */
    private final ObjectProperty<ModelCard> saved;
    private final ObjectProperty<Optional<Path>> file;
    private final ObjectProperty<Optional<OpenedCard>> source;
    private final ReadOnlyIntegerWrapper saves = new ReadOnlyIntegerWrapper(this, "saves");
    private final BooleanBinding dirty;
    private final StringBinding title;
    private final Deque<ModelCard> undo = new ArrayDeque<>();
    private final Deque<ModelCard> redo = new ArrayDeque<>();
    /** What each undo (redo) step changed, parallel to {@link #undo} ({@link #redo}): a field id, or "" for the whole card. */
    private final Deque<String> undoWhat = new ArrayDeque<>();
    private final Deque<String> redoWhat = new ArrayDeque<>();
    private final javafx.beans.property.ReadOnlyStringWrapper undoField = new javafx.beans.property.ReadOnlyStringWrapper(this, "undoField");
    private final javafx.beans.property.ReadOnlyStringWrapper redoField = new javafx.beans.property.ReadOnlyStringWrapper(this, "redoField");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    /** The field being typed into; further edits to it extend the same undo step. */
    private String typing;

    public CardDocument(ModelCard card, Path file) {
        this(card, card, file, null);
    }

    /** A document opened from a file, which saving writes back in its own format. */
    public CardDocument(OpenedCard opened) {
        this(opened.card(), opened.card(), opened.path(), opened);
    }

    private CardDocument(ModelCard card, ModelCard saved, Path file, OpenedCard opened) {
        this.card = new ReadOnlyObjectWrapper<>(this, "card", card);
        this.saved = new SimpleObjectProperty<>(this, "saved", saved);
        this.file = new SimpleObjectProperty<>(this, "file", Optional.ofNullable(file));
        this.source = new SimpleObjectProperty<>(this, "source", Optional.ofNullable(opened));
        this.dirty = Bindings.createBooleanBinding(() -> !Objects.equals(this.card.get(), this.saved.get()),
                this.card, this.saved);
        this.title = Bindings.createStringBinding(this::describeTitle, this.card, this.file, dirty);
    }

    /**
     * Work recovered after a crash on top of the file it was made on: {@code original} as it was when
     * opened or last saved (the saved state, and the text a README save patches), {@code recovered}
     * as the current, unsaved state; one undo goes back to the original, no further.
     */
    public static CardDocument restored(OpenedCard original, ModelCard recovered) {
        CardDocument doc = new CardDocument(original);
        doc.replace(recovered);
        return doc;
    }

    /**
     * A card made in the app (from the wizard) and never saved: unsaved until it is, so closing the
     * window asks before it is lost.
     */
    public static CardDocument unsaved(ModelCard created) {
        return new CardDocument(created, null, null, null);
    }

    /**
     * Work recovered without an original to restore against (never saved, or its file is gone):
     * unsaved until saved, with nothing to undo, so it can never look clean while it holds the work.
     */
    public static CardDocument recovered(ModelCard recovered, Path file) {
        return new CardDocument(recovered, null, file, null);
    }

    public ReadOnlyObjectProperty<ModelCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ModelCard card() {
        return card.get();
    }

    /**
     * Sets one field; a no-op when the value is unchanged. Consecutive edits of the same field (typing)
     * make one undo step until {@link #endTyping()} or an edit elsewhere.
     */
    public void edit(CardField field, Object value) {
        edit(field, value, field.id());
    }

    /**
     * Sets one field as part of the undo step named {@code step}: consecutive edits with the same
     * step name merge into one (typing in one field, or in one cell of a table, whose step names the
     * cell); a null step is always a step of its own (a row added, a paste, a cell committed).
     */
    public void edit(CardField field, Object value, String step) {
        if (Objects.equals(field.read(card.get()), value)) {
            return;
        }
        if (step == null || !step.equals(typing)) {
            push(card.get(), field.id());
        }
        typing = step;
        redo.clear();
        redoWhat.clear();
        card.set(field.write(card.get(), value));
        updateHistory();
    }

    /** Replaces the whole card as one undo step (a template applied, a merge accepted). */
    public void replace(ModelCard next) {
        if (!next.equals(card.get())) {
            push(card.get(), "");
            typing = null;
            redo.clear();
            redoWhat.clear();
            card.set(next);
            updateHistory();
        }
    }

    /**
     * Takes the card read again from its text, edited by hand in the Source view, as one undo step;
     * later saves patch against that text. The saved state stays, so the document is unsaved.
     */
    public void reread(OpenedCard reread) {
        source.set(Optional.of(reread));
        if (!reread.card().equals(card.get())) {
            replace(reread.card());
        }
    }

    /** Ends the current typing step: the next edit, even of the same field, is a step of its own. */
    public void endTyping() {
        typing = null;
    }

    public void undo() {
        if (!undo.isEmpty()) {
            redo.push(card.get());
            redoWhat.push(undoWhat.pop());
            card.set(undo.pop());
            typing = null;
            updateHistory();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            push(card.get(), redoWhat.pop());
            card.set(redo.pop());
            typing = null;
            updateHistory();
        }
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Snapshots are immutable cards sharing structure, so a long history costs little; it is still bounded. */
    private void push(ModelCard snapshot, String what) {
        undo.push(snapshot);
        undoWhat.push(what);
        if (undo.size() > MAX_HISTORY) {
            undo.removeLast();
            undoWhat.removeLast();
        }
    }

    private void updateHistory() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoField.set(undoWhat.peek());
        redoField.set(redoWhat.peek());
    }

    /** The field id the next undo changes back ("" for a whole-card change, null when there is nothing to undo), for "Undo Licence". */
    public javafx.beans.property.ReadOnlyStringProperty undoFieldProperty() {
        return undoField.getReadOnlyProperty();
    }

    /** The field id the next redo changes again, as {@link #undoFieldProperty}. */
    public javafx.beans.property.ReadOnlyStringProperty redoFieldProperty() {
        return redoField.getReadOnlyProperty();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The window title: card name, file name, and a leading {@code *} while unsaved. */
    public StringBinding titleProperty() {
        return title;
    }

    public Optional<Path> file() {
        return file.get();
    }

    /** The file as opened or last saved (its text and format), when the document has one. */
    public Optional<OpenedCard> source() {
        return source.get();
    }

    /** The card as it is on disk; empty for recovered work that was never saved. */
    public Optional<ModelCard> savedCard() {
        return Optional.ofNullable(saved.get());
    }

    /**
     * Records that {@code written} is now on disk at {@code savedTo}, which reads back as
     * {@code reopened} (null when it cannot be read back): later saves patch against that text.
     * {@code written} is the card the text was made from, which may be older than the current one.
     */
    public void markSaved(Path savedTo, ModelCard written, OpenedCard reopened) {
        file.set(Optional.of(savedTo));
        source.set(Optional.ofNullable(reopened));
        saved.set(written);
        saves.set(saves.get() + 1);
    }

    /**
     * Assigns the kept section under {@code heading} to the empty field {@code fieldId}: the field
     * takes the section's text, which stays where it is in the file, so the saved state moves with
     * it and the document stays as clean or dirty as it was. Every state in the undo history gets
     * the same change, so undoing an edit never brings the section back beside the field.
     *
     * @throws IllegalStateException when the document has no README behind it or the section was edited
     */
    public void assignSection(String heading, String fieldId) {
        OpenedCard opened = source.get().filter(OpenedCard::keepsLayout)
                .orElseThrow(() -> new IllegalStateException("only a README opened from a file has kept sections"));
        Optional<ExtraSection> section = opened.card().extras().sections().stream()
                .filter(s -> s.heading().strip().equals(heading.strip())).findFirst();
        if (section.isEmpty() || !card.get().extras().sections().contains(section.get())) {
            throw new IllegalStateException("the section \"" + heading + "\" was edited or is gone; save first");
        }
        OpenedCard next = opened.assign(heading, fieldId);
        CardField field = FieldCatalog.standard().require(fieldId);
        Object value = field.read(next.card());
        // the sections after the assigned one now follow the field (their "after" anchor moves), so
        // each unedited section takes its form from the file read again; else a save would not read back
        java.util.Map<ExtraSection, ExtraSection> reread = rereadSections(opened.card(), section.get(), next.card());
        java.util.function.UnaryOperator<ModelCard> move = c -> {
            List<ExtraSection> rest = new java.util.ArrayList<>(c.extras().sections());
            if (!rest.remove(section.get()) || !field.isEmpty(c)) {
                return c;
            }
            rest.replaceAll(s -> reread.getOrDefault(s, s));
            return field.write(c.withExtras(c.extras().withSections(rest)), value);
        };
        source.set(Optional.of(next));
        if (saved.get() != null) {
            saved.set(move.apply(saved.get()));
        }
        List<ModelCard> undone = undo.stream().map(move).toList();
        List<ModelCard> redone = redo.stream().map(move).toList();
        undo.clear();
        undo.addAll(undone);
        redo.clear();
        redo.addAll(redone);
        card.set(move.apply(card.get()));
    }

    /**
     * Each section of {@code before} but {@code assigned}, paired with the same section in
     * {@code after} (the file read again with it assigned): the same sections in the same order,
     * one fewer. Empty when they do not line up, so nothing is paired by mistake.
     */
    private static java.util.Map<ExtraSection, ExtraSection> rereadSections(ModelCard before, ExtraSection assigned,
            ModelCard after) {
        List<ExtraSection> old = new java.util.ArrayList<>(before.extras().sections());
        old.remove(assigned);
        List<ExtraSection> now = after.extras().sections();
        java.util.Map<ExtraSection, ExtraSection> pairs = new java.util.HashMap<>();
        if (old.size() != now.size()) {
            return pairs;
        }
        for (int i = 0; i < old.size(); i++) {
            if (!old.get(i).heading().equals(now.get(i).heading()) || !old.get(i).markdown().equals(now.get(i).markdown())) {
                return java.util.Map.of();
            }
            pairs.putIfAbsent(old.get(i), now.get(i));
        }
        return pairs;
    }

    /** How many times this document was saved: recovery drops its snapshot when this moves. */
    public ReadOnlyIntegerProperty savesProperty() {
        return saves.getReadOnlyProperty();
    }

    /** The card's name, or "Untitled card" while it has none. */
    public static String displayName(ModelCard card) {
        return card.details().name().isBlank() ? "Untitled card" : card.details().name();
    }

    /**
     * The card's name; for a README that names its model nowhere, its folder's name (a cloned Hub
     * repository's is the model's), marked as such; else "Untitled card".
     */
    public String displayName() {
        if (card.get().details().name().isBlank()) {
            Optional<String> folder = file.get().flatMap(org.modelcards.core.format.hf.HubReadme::folderName);
            if (folder.isPresent()) {
                return folder.get() + " (folder name)";
            }
        }
        return displayName(card.get());
    }

    /** The name and file the title shows, e.g. {@code Tiny Sentiment — card.modelcard.json}. */
    public String label() {
        return displayName() + file.get().map(p -> " — " + p.getFileName()).orElse("");
    }

    private String describeTitle() {
        return (dirty.get() ? "*" : "") + label() + " — Model Card Studio";
    }
}
