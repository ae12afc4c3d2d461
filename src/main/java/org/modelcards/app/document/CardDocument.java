package org.modelcards.app.document;

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
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.format.OpenedCard;
import org.modelcards.core.model.ModelCard;

/**
 * An open card: its current snapshot, the snapshot last saved, and the file it belongs to.
 *
 * <p>Dirty means the current snapshot differs from the saved one (not an edit counter), so
 * typing a value back to what was saved makes the document clean again.
 */
public final class CardDocument {
    private static final int MAX_HISTORY = 500;
    private final ReadOnlyObjectWrapper<ModelCard> card;
    private final ObjectProperty<ModelCard> saved;
    private final ObjectProperty<Optional<Path>> file;
    private final ObjectProperty<Optional<OpenedCard>> origin;
    private final BooleanBinding dirty;
    private final StringBinding title;
    private final Deque<ModelCard> undo = new ArrayDeque<>();
    private final Deque<ModelCard> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    /** The field being typed into; further edits to it extend the same undo step. */
    private String typing;

    public CardDocument(ModelCard card, Path file) {
        this(card, file, null);
    }

    /** A document opened from a file, which saving writes back in its own format. */
    public CardDocument(OpenedCard opened) {
        this(opened.loaded().card(), opened.path(), opened);
    }

    private CardDocument(ModelCard card, Path file, OpenedCard opened) {
        this.card = new ReadOnlyObjectWrapper<>(this, "card", card);
        this.saved = new SimpleObjectProperty<>(this, "saved", card);
        this.file = new SimpleObjectProperty<>(this, "file", Optional.ofNullable(file));
        this.origin = new SimpleObjectProperty<>(this, "origin", Optional.ofNullable(opened));
        this.dirty = Bindings.createBooleanBinding(() -> !Objects.equals(this.card.get(), saved.get()),
                this.card, saved);
        this.title = Bindings.createStringBinding(this::describeTitle, this.card, this.file, dirty);
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
        if (Objects.equals(field.read(card.get()), value)) {
            return;
        }
        if (!field.id().equals(typing)) {
            push(card.get());
            typing = field.id();
        }
        redo.clear();
        card.set(field.write(card.get(), value));
        updateHistory();
    }

    /** Replaces the whole card as one undo step (a template applied, a merge accepted). */
    public void replace(ModelCard next) {
        if (!next.equals(card.get())) {
            push(card.get());
            typing = null;
            redo.clear();
            card.set(next);
            updateHistory();
        }
    }

    /** Ends the current typing step: the next edit, even of the same field, is a step of its own. */
    public void endTyping() {
        typing = null;
    }

    public void undo() {
        if (!undo.isEmpty()) {
            redo.push(card.get());
            card.set(undo.pop());
            typing = null;
            updateHistory();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            push(card.get());
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
    private void push(ModelCard snapshot) {
        undo.push(snapshot);
        if (undo.size() > MAX_HISTORY) {
            undo.removeLast();
        }
    }

    private void updateHistory() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
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

    /** The file as opened, when the document came from one and was not saved elsewhere since. */
    public Optional<OpenedCard> origin() {
        return origin.get();
    }

    /** Records that the current snapshot is now on disk at {@code savedTo} (in a new place, {@code reopened}). */
    public void markSaved(Path savedTo, OpenedCard reopened) {
        file.set(Optional.of(savedTo));
        origin.set(Optional.ofNullable(reopened));
        saved.set(card.get());
    }

    /** The card's name, or "Untitled card" while it has none. */
    public static String displayName(ModelCard card) {
        return card.details().name().isBlank() ? "Untitled card" : card.details().name();
    }

    /** The name and file the title shows, e.g. {@code Tiny Sentiment — card.modelcard.json}. */
    public String label() {
        return displayName(card.get()) + file.get().map(p -> " — " + p.getFileName()).orElse("");
    }

    private String describeTitle() {
        return (dirty.get() ? "*" : "") + label() + " — Model Card Studio";
    }
}
