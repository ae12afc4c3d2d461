package org.modelcards.app.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.catalog.Section;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.review.CardMerge;
import org.modelcards.core.review.CardReview;
import org.modelcards.core.review.Change;
import org.modelcards.core.review.Review;
import org.modelcards.core.review.ReviewChecklist;
import org.modelcards.core.review.ReviewReport;
import org.modelcards.core.review.ReviewState;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Strictness;
import org.modelcards.core.validation.checker.Validator;

/**
 * One review of a proposed card against its base (or {@link ModelCard#EMPTY} for a first review):
 * the changes by section, the reviewer's checklist, comments and decisions, the merged card and the
 * reports. No scene graph, so it is tested without a stage.
 */
public final class ReviewViewModel {
    private final FieldCatalog catalog;
    private final CatalogTexts texts;
    private final ModelCard base;
    private final ModelCard proposed;
    private final String baseName;
    private final String proposedName;
    private final Profile profile;
    private final Review review;
    private final Map<String, Map<String, List<Change>>> bySection;
    private final ReadOnlyObjectWrapper<ReviewState> state;

    public ReviewViewModel(ModelCard base, ModelCard proposed, String baseName, String proposedName, Profile profile,
            Strictness strictness) {
        this(FieldCatalog.standard(), CatalogTexts.forLocale(Locale.getDefault()), Validator.standard(),
                CardSubject.of(base), CardSubject.of(proposed), baseName, proposedName, profile, strictness);
    }

    /** With loaded subjects, so validation sees the cards' metadata and positions as read. */
    public ReviewViewModel(FieldCatalog catalog, CatalogTexts texts, Validator validator, CardSubject base,
            CardSubject proposed, String baseName, String proposedName, Profile profile, Strictness strictness) {
        this.catalog = catalog;
        this.texts = texts;
        this.base = base.card();
        this.proposed = proposed.card();
        this.baseName = baseName;
        this.proposedName = proposedName;
        this.profile = profile;
        this.review = new CardReview(catalog, validator).review(base, proposed, profile, strictness);
        this.bySection = group(catalog, review.changes());
        this.state = new ReadOnlyObjectWrapper<>(this, "state", ReviewState.start(ReviewChecklist.forProfile(profile)));
    }

    /** Changes by section id, then by field id, both in catalogue order; sections without changes are left out. */
    private static Map<String, Map<String, List<Change>>> group(FieldCatalog catalog, List<Change> changes) {
        Map<String, Map<String, List<Change>>> result = new LinkedHashMap<>();
        for (Section section : catalog.sections()) {
            Map<String, List<Change>> fields = new LinkedHashMap<>();
            for (CardField field : section.fields()) {
                List<Change> own = changes.stream().filter(c -> c.fieldId().equals(field.id())).toList();
                if (!own.isEmpty()) {
                    fields.put(field.id(), own);
                }
            }
            if (!fields.isEmpty()) {
                result.put(section.id(), java.util.Collections.unmodifiableMap(fields));
            }
        }
        return java.util.Collections.unmodifiableMap(result);
    }

    public Review review() {
        return review;
    }

    public String baseName() {
        return baseName;
    }

    public String proposedName() {
        return proposedName;
    }

    public Profile profile() {
        return profile;
    }

    public CatalogTexts texts() {
        return texts;
    }

    /** True when the base is the empty card: everything in the proposed card is new. */
    public boolean firstReview() {
        return ModelCard.EMPTY.equals(base);
    }

    /** Section id → field id → that field's changes, in catalogue order. */
    public Map<String, Map<String, List<Change>>> changesBySection() {
        return bySection;
    }

    /** The ids of the sections with changes, in catalogue order. */
    public List<String> changedSections() {
        return new ArrayList<>(bySection.keySet());
    }

    public ReadOnlyObjectProperty<ReviewState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReviewState state() {
        return state.get();
    }

    public void tick(String itemId, boolean done) {
        state.set(state.get().tick(itemId, done));
    }

    /** A comment on a field or section id; blank removes it. */
    public void comment(String id, String text) {
        state.set(state.get().comment(id, text));
    }

    /** Keep the base value of a field (true) or accept the proposed one (false). */
    public void keepBase(String fieldId, boolean keep) {
        state.set(state.get().keepBase(fieldId, keep));
    }

    /** The proposed card with the base value of every field the reviewer kept. */
    public ModelCard merged() {
        return new CardMerge(catalog).merge(base, proposed, state.get().keptBase());
    }

    public String markdownReport() {
        return new ReviewReport(texts).markdown(review, state.get(), baseName, proposedName);
    }

    public String jsonReport() {
        return new ReviewReport(texts).json(review, state.get());
    }

    /** "Completeness 72% → 80% · 2 issues fixed · 1 introduced", for the window's header. */
    public String summary() {
        return "Completeness " + review.before().percent() + "% → " + review.after().percent() + "%  ·  "
                + review.fixed().size() + (review.fixed().size() == 1 ? " issue" : " issues") + " fixed  ·  "
                + review.introduced().size() + " introduced  ·  " + review.changes().size()
                + (review.changes().size() == 1 ? " change" : " changes");
    }
}
