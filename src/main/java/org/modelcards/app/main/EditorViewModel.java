package org.modelcards.app.main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.modelcards.app.document.CardDocument;
import org.modelcards.core.formats.OpenedCard;
import org.modelcards.app.guidance.GuidanceViewModel;
import org.modelcards.app.wizard.NewCard;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.Section;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.WriteResult;
import java.util.List;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.format.SourceMap;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Issue;
import org.modelcards.core.validation.ReadRules;
import org.modelcards.core.validation.Strictness;
import org.modelcards.core.validation.ValidationReport;
import org.modelcards.core.validation.checker.Validator;
import javafx.beans.InvalidationListener;

/** The editor window's state: the open document, the section shown, the focused field's guidance. */
public final class EditorViewModel {
    private final FieldCatalog catalog;
    private final CardFiles files;
    private final ReadOnlyObjectWrapper<CardDocument> document;
    private final ObjectProperty<Section> section;
    private final GuidanceViewModel guidance;
    private final Validator validator;
    private final ObjectProperty<Profile> profile = new SimpleObjectProperty<>(this, "profile", Profile.HUGGINGFACE);
    private final ObjectProperty<Strictness> strictness = new SimpleObjectProperty<>(this, "strictness", Strictness.DRAFT);
    private final ReadOnlyObjectWrapper<ValidationReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObjectProperty<String> focusRequest = new SimpleObjectProperty<>(this, "focusRequest");
    private final org.modelcards.app.tasks.BackgroundTasks tasks;
    /** A check is running off the FX thread; {@link #checkAgain} asks for another once it is done (the card moved on). */
    private boolean checking;
    private boolean checkAgain;

    public EditorViewModel(FieldCatalog catalog, CatalogTexts texts, CardFiles files, CardDocument initial) {
        this(catalog, texts, files, initial, Validator.standard());
    }

    public EditorViewModel(FieldCatalog catalog, CatalogTexts texts, CardFiles files, CardDocument initial,
            Validator validator) {
        this(catalog, texts, files, initial, validator, org.modelcards.app.tasks.BackgroundTasks.sameThread());
    }

    /** With {@code tasks} doing the whole-card checks after each edit (off the FX thread in the app). */
    public EditorViewModel(FieldCatalog catalog, CatalogTexts texts, CardFiles files, CardDocument initial,
            Validator validator, org.modelcards.app.tasks.BackgroundTasks tasks) {
        this.tasks = tasks;
        this.catalog = catalog;
        this.files = files;
        this.validator = validator;
        this.document = new ReadOnlyObjectWrapper<>(this, "document", initial);
        this.section = new SimpleObjectProperty<>(this, "section", catalog.sections().get(0));
        this.guidance = new GuidanceViewModel(texts);
        InvalidationListener revalidate = obs -> revalidate();
        document.addListener((obs, old, now) -> {
            if (old != null) {
                old.cardProperty().removeListener(revalidate);
            }
            now.cardProperty().addListener(revalidate);
            revalidate();
        });
        initial.cardProperty().addListener(revalidate);
        profile.addListener(revalidate);
        strictness.addListener(revalidate);
        // the first report is there before any view reads it; later ones follow the card
        report.set(validator.validate(subject(initial), profile.get(), strictness.get()));
    }

    /** The background work of this editor (open, save, export, checks), for the window's status bar. */
    public org.modelcards.app.tasks.BackgroundTasks tasks() {
        return tasks;
    }

    /**
     * Checks the current card. Fast enough to run on every edit (about a millisecond for a typical
     * card); the reading problems of the file it came from stay until it is saved and reopened.
     */
    private void revalidate() {
        if (checking) {
            checkAgain = true;
            return;
        }
        checking = true;
        CardSubject subject = subject(document.get());
        Profile p = profile.get();
        Strictness s = strictness.get();
        // the card is an immutable snapshot and the validator is thread-safe: checking it off the
        // FX thread keeps typing smooth on a card of hundreds of results; one check at a time, the
        // newest card next
        tasks.run("", () -> validator.validate(subject, p, s), done -> {
            checking = false;
            report.set(done);
            if (checkAgain) {
                checkAgain = false;
                revalidate();
            }
        }, failed -> checking = false);
    }

    private static CardSubject subject(CardDocument doc) {
        List<Issue> readIssues = doc.source().map(o -> o.loaded().problems().stream().map(ReadRules::toIssue).toList())
                .orElse(List.of());
        return new CardSubject(doc.card(), Optional.empty(), SourceMap.NONE, readIssues)
                .withResultsInText(doc.source().map(o -> o.resultsInText(doc.card())).orElse(java.util.Set.of()));
    }

    public ObjectProperty<Profile> profileProperty() {
        return profile;
    }

    public ObjectProperty<Strictness> strictnessProperty() {
        return strictness;
    }

    /** The issues and completeness of the current card under the chosen profile. */
    public ReadOnlyObjectProperty<ValidationReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Issues whose field is in {@code section}. */
    public long issueCount(Section target) {
        return report.get().issues().stream().filter(i -> i.fieldId().startsWith(target.id() + ".")).count();
    }

    /** The field the window should show and focus; set by "go to field" actions such as a problem's. */
    public ObjectProperty<String> focusRequestProperty() {
        return focusRequest;
    }

    /** Shows the section of {@code fieldId} and asks the window to focus that field. */
    public void goTo(String fieldId) {
        catalog.field(fieldId).flatMap(f -> catalog.section(f.sectionId())).ifPresent(section::set);
        focusRequest.set(null);
        focusRequest.set(fieldId);
    }

    public ReadOnlyObjectProperty<CardDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public CardDocument document() {
        return document.get();
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public GuidanceViewModel guidance() {
        return guidance;
    }

    /** The card files this editor reads and writes (for a review's previous version, say). */
    public CardFiles files() {
        return files;
    }

    public FieldCatalog catalog() {
        return catalog;
    }

    /** Opens {@code path} (any supported format) in place of the current document; on failure the current one stays. */
    public Optional<ReadProblem> open(Path path) {
        try {
            document.set(read(path));
            return Optional.empty();
        } catch (CardReadException e) {
            return Optional.of(e.problem());
        }
    }

    /**
     * Reads {@code path} into a document without showing it: the slow half of {@link #open}, safe on
     * any thread, so a large card is read off the FX thread and then {@link #show shown}.
     */
    public CardDocument read(Path path) throws CardReadException {
        return new CardDocument(files.open(path));
    }

    /** Shows {@code restored} (work recovered after a crash) in place of the current document. */
    public void show(CardDocument restored) {
        document.set(restored);
    }

    /** Starts a new card from the wizard's choice, checked against the profile and strictness chosen there. */
    public void newCard(NewCard choice) {
        profile.set(choice.profile());
        strictness.set(choice.strictness());
        document.set(CardDocument.unsaved(choice.card()));
    }

    /** Starts a new, empty card. */
    public void newCard() {
        document.set(new CardDocument(ModelCard.EMPTY, null));
    }

    /**
     * A save worked out but not yet written: the text for {@code path} and what it loses, so the
     * user can be asked before a lossy write. {@code card} is the card of {@code document} the text
     * was made from, in {@code format}.
     */
    public record PendingSave(CardDocument document, Path path, ModelCard card, CardFormat format, WriteResult result) {
        public List<Loss> losses() {
            return result.losses();
        }
    }

    /**
     * What saving the document to {@code path} would write, in the format the name says; nothing is
     * written yet. A document that came from a README and goes to a README (Save, Save As {@code .md},
     * after recovery) is patched against the README's text as opened or last saved, so nothing the
     * user did not edit changes.
     */
    public PendingSave prepareSave(Path path) {
        CardDocument doc = document.get();
        CardFormat format = formatFor(doc, path);
        return new PendingSave(doc, path, doc.card(), format, render(doc, format));
    }

    /**
     * Writes a prepared save atomically, then takes the written text as the document's new original
     * (later saves patch against it) and marks the card it was made from as saved.
     */
    public List<Loss> commit(PendingSave save) throws IOException {
        saved(save, write(save));
        return save.losses();
    }

    /**
     * The slow half of {@link #commit}, safe on any thread: writes the text atomically and reads it
     * back; the result (null when it does not read back) goes to {@link #saved} on the FX thread.
     */
    public OpenedCard write(PendingSave save) throws IOException {
        files.write(save.path(), save.result().text());
        java.util.Map<String, String> assigned = save.document().source().map(OpenedCard::assignments)
                .orElse(java.util.Map.of());
        return reopen(save.path(), save.format(), save.result().text())
                .map(o -> o.withAssignments(assigned)).orElse(null);
    }

    /** Marks a written save as the document's saved state; later saves patch against {@code reopened}. */
    public void saved(PendingSave save, OpenedCard reopened) {
        save.document().markSaved(save.path(), save.card(), reopened);
    }

    /**
     * Saves the document to {@code path} without asking (see {@link #prepareSave} for the text) and
     * returns what the format could not carry; the file is written either way, atomically.
     */
    public List<Loss> save(Path path) throws IOException {
        return commit(prepareSave(path));
    }

    /**
     * What exporting to {@code path} would write and lose, computed before anything is written so
     * the user can decide; the document keeps its own file. Exporting a README's card to a README
     * patches the original text, as saving does.
     */
    public WriteResult exportPreview(Path path) {
        CardDocument doc = document.get();
        return render(doc, formatFor(doc, path));
    }

    /** Writes an export prepared by {@link #exportPreview}, atomically. */
    public void export(Path path, WriteResult result) throws IOException {
        files.write(path, result.text());
    }

    private static WriteResult render(CardDocument doc, CardFormat target) {
        return doc.source().map(s -> s.renderAs(target, doc.card())).orElseGet(() -> target.writer().orElseThrow().write(doc.card()));
    }

    /** The document's own file keeps its format whatever its name; another file gets the format its name says. */
    private CardFormat formatFor(CardDocument doc, Path path) {
        return doc.source().filter(s -> s.path().equals(path)).map(OpenedCard::format)
                .orElseGet(() -> files.formatFor(path));
    }

    /** The saved text read again, so the next save patches what was just written (not the file as first opened). */
    private Optional<OpenedCard> reopen(Path path, CardFormat format, String written) {
        try {
            return Optional.of(files.open(path, format.id(), written));
        } catch (CardReadException e) {
            return Optional.empty();
        }
    }

    /** "Completeness 87% (huggingface, draft)" for the status bar. */
    public StringBinding completenessText() {
        return Bindings.createStringBinding(() -> "Completeness " + report.get().completeness().percent() + "% ("
                + profile.get().id() + ", " + strictness.get().id() + ")", report, profile, strictness);
    }

    /** "n of m fields filled" for the status bar, following the current document. */
    public StringBinding progressText(CardDocument doc) {
        return Bindings.createStringBinding(() -> {
            ModelCard card = doc.card();
            long filled = catalog.authoredFields().stream().filter(f -> !f.isEmpty(card)).count();
            return filled + " of " + catalog.authoredFields().size() + " fields filled";
        }, doc.cardProperty());
    }
}
