package org.modelcards.app.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.modelcards.app.document.CardDocument;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.formats.OpenedCard;
import org.modelcards.core.format.ImportSummary;

/**
 * What opening a README understood, in words for the author: how many fields were filled and from
 * where, which sections were kept as they are, and the assignment of a kept section to an empty
 * field by hand. Follows the document, so an assignment (or typing into a field) shows at once.
 */
public final class ImportSummaryViewModel {
    /** Kept headings named in the one-line message; the rest are counted, the details list them all. */
    private static final int HEADINGS_NAMED = 4;

    private final CardDocument document;
    private final CatalogTexts texts;
    private final FieldCatalog catalog;
    private final Consumer<String> goToField;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper canAssign = new ReadOnlyBooleanWrapper(this, "canAssign");
    private final ObservableList<ImportSummary.Kept> kept = FXCollections.observableArrayList();
    private final ObservableList<FieldChoice> assignable = FXCollections.observableArrayList();
    private ImportSummary summary;

    /** A field by its label and its section's, for lists and the assign dialog. */
    public record FieldChoice(String fieldId, String label, String sectionLabel) {
        @Override
        public String toString() {
            return label + " (" + sectionLabel + ")";
        }
    }

    /** The fields one catalogue section got from the text. */
    public record FieldGroup(String sectionLabel, List<FieldChoice> fields) {
    }

    /**
     * @param goToField shows a field in the form (the window's "go to field"), for the details list
     */
    public ImportSummaryViewModel(CardDocument document, CatalogTexts texts, FieldCatalog catalog,
            Consumer<String> goToField) {
        this.document = document;
        this.texts = texts;
        this.catalog = catalog;
        this.goToField = goToField;
        refresh();
        // a field typed into is no longer empty, so it can no longer take a section
        document.cardProperty().addListener((obs, old, now) -> refresh());
    }

    /**
     * Whether a summary is worth showing: a README from which something was read out of the text or
     * kept aside. A JSON card, or a README whose text filled nothing and kept nothing (front matter
     * only), holds no surprise, so nothing is shown for it.
     */
    public static boolean worthShowing(CardDocument document) {
        return document.source().flatMap(OpenedCard::importSummary)
                .filter(s -> !s.fromText().isEmpty() || !s.kept().isEmpty()).isPresent();
    }

    /** "Filled 23 fields: 9 from the front matter, 14 from the text. Kept 5 sections as they are: A, B, …" */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    /** True while there is a kept section and an empty field that could take it. */
    public ReadOnlyBooleanProperty canAssignProperty() {
        return canAssign.getReadOnlyProperty();
    }

    /** The sections kept as they are, in file order, with the line each starts on. */
    public ObservableList<ImportSummary.Kept> kept() {
        return FXCollections.unmodifiableObservableList(kept);
    }

    /** The empty fields a kept section can be assigned to, in catalogue order (section by section). */
    public ObservableList<FieldChoice> assignable() {
        return FXCollections.unmodifiableObservableList(assignable);
    }

    /** The fields filled from the front matter, by label and section, in catalogue order. */
    public List<FieldGroup> fromMetadata() {
        return groups(summary == null ? List.of() : summary.fromMetadata());
    }

    /** The fields filled from the Markdown text, grouped by catalogue section, in catalogue order. */
    public List<FieldGroup> fromText() {
        return groups(summary == null ? List.of() : summary.fromText());
    }

    /** "Responsibility & Safety — line 120", for the details list. */
    public String describe(ImportSummary.Kept section) {
        return section.heading() + (section.line() > 0 ? " — line " + section.line() : "");
    }

    /** Shows {@code field} in the form. */
    public void goTo(FieldChoice field) {
        goToField.accept(field.fieldId());
    }

    /**
     * Assigns {@code section} to {@code field}: the field takes the section's text, the file keeps it
     * where it is. Returns why it could not be done, in words for the author, or empty when done.
     */
    public Optional<String> assign(ImportSummary.Kept section, FieldChoice field) {
        if (section == null || field == null) {
            return Optional.of("Choose a section and the field it should fill.");
        }
        try {
            document.assignSection(section.heading(), field.fieldId());
        } catch (IllegalStateException | IllegalArgumentException e) {
            // an edited section no longer matches the file's text; the core's message names ids, not labels
            return Optional.of("\"" + section.heading() + "\" cannot be assigned to " + field.label()
                    + ": the section was edited since the file was opened, or the field is no longer empty. "
                    + "Save the card and open it again to assign it.");
        } finally {
            refresh();
        }
        return Optional.empty();
    }

    private void refresh() {
        summary = document.source().flatMap(OpenedCard::importSummary).orElse(null);
        if (summary == null) {
            message.set("");
            kept.clear();
            assignable.clear();
            canAssign.set(false);
            return;
        }
        List<ImportSummary.Kept> stillKept = summary.kept().stream()
                .filter(k -> document.card().extras().sections().stream()
                        .anyMatch(s -> s.heading().strip().equals(k.heading())))
                .toList();
        if (!kept.equals(stillKept)) {
            kept.setAll(stillKept);
        }
        List<FieldChoice> empty = summary.assignable().stream()
                .flatMap(id -> catalog.field(id).stream())
                .filter(f -> f.isEmpty(document.card()))
                .sorted(catalogueOrder())
                .map(this::choice)
                .toList();
        if (!assignable.equals(empty)) {
            assignable.setAll(empty);
        }
        canAssign.set(!kept.isEmpty() && !assignable.isEmpty());
        message.set(filledSentence(summary) + " " + keptSentence(kept));
    }

    private static String filledSentence(ImportSummary summary) {
        int filled = summary.filled();
        if (filled == 0) {
            return "No field was filled.";
        }
        String fields = "Filled " + count(filled, "field", "fields");
        if (summary.fromMetadata().isEmpty()) {
            return fields + " from the text.";
        }
        if (summary.fromText().isEmpty()) {
            return fields + " from the front matter.";
        }
        return fields + ": " + summary.fromMetadata().size() + " from the front matter, "
                + summary.fromText().size() + " from the text.";
    }

    private static String keptSentence(List<ImportSummary.Kept> kept) {
        if (kept.isEmpty()) {
            return "Every section went into a field.";
        }
        List<String> named = kept.stream().limit(HEADINGS_NAMED).map(ImportSummary.Kept::heading)
                .collect(Collectors.toCollection(ArrayList::new));
        String more = kept.size() > HEADINGS_NAMED ? " and " + (kept.size() - HEADINGS_NAMED) + " more" : "";
        return "Kept " + count(kept.size(), "section as it is", "sections as they are") + ": "
                + String.join(", ", named) + more + ".";
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private List<FieldGroup> groups(List<String> fieldIds) {
        Map<String, List<FieldChoice>> bySection = new LinkedHashMap<>();
        fieldIds.stream().flatMap(id -> catalog.field(id).stream()).sorted(catalogueOrder())
                .forEach(f -> bySection.computeIfAbsent(f.sectionId(), s -> new ArrayList<>()).add(choice(f)));
        return bySection.entrySet().stream()
                .map(e -> new FieldGroup(texts.sectionLabel(e.getKey()), List.copyOf(e.getValue()))).toList();
    }

    /** The catalogue's order: the form's sections top to bottom, fields as the form shows them. */
    private Comparator<CardField> catalogueOrder() {
        List<CardField> all = catalog.fields();
        return Comparator.comparingInt(all::indexOf);
    }

    private FieldChoice choice(CardField field) {
        return new FieldChoice(field.id(), texts.label(field.id()), texts.sectionLabel(field.sectionId()));
    }
}
