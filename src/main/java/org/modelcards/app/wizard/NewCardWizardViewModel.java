package org.modelcards.app.wizard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.template.CardTemplates;
import org.modelcards.core.template.ModelKind;
import org.modelcards.core.validation.Strictness;

/** The new-card wizard's state: the kind of model, its name, and the profile and strictness to check it against. */
public final class NewCardWizardViewModel {
    private final CardTemplates templates;
    // "other" until the author picks: the generic template claims nothing about the model
    private final ObjectProperty<ModelKind> kind = new SimpleObjectProperty<>(this, "kind", ModelKind.OTHER);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Profile> profile;
    private final ObjectProperty<Strictness> strictness;
    private final BooleanBinding valid;

    /** A wizard checking against the Hub's profile, as a draft: a new card is far from a release. */
    public NewCardWizardViewModel(CardTemplates templates) {
        this(templates, Profile.HUGGINGFACE, Strictness.DRAFT);
    }

    /** A wizard starting from the profile and strictness the editor uses now. */
    public NewCardWizardViewModel(CardTemplates templates, Profile profile, Strictness strictness) {
        this.templates = templates;
        this.profile = new SimpleObjectProperty<>(this, "profile", profile);
        this.strictness = new SimpleObjectProperty<>(this, "strictness", strictness);
        this.valid = Bindings.createBooleanBinding(() -> kind.get() != null && this.profile.get() != null
                && this.strictness.get() != null && name.get() != null && !name.get().isBlank(),
                kind, name, this.profile, this.strictness);
    }

    /** The kinds to choose from, in the order shown. */
    public List<ModelKind> kinds() {
        return List.of(ModelKind.values());
    }

    public ObjectProperty<ModelKind> kindProperty() {
        return kind;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Profile> profileProperty() {
        return profile;
    }

    public ObjectProperty<Strictness> strictnessProperty() {
        return strictness;
    }

    /** Whether the wizard can finish: a kind is chosen and the model has a name. */
    public BooleanBinding validProperty() {
        return valid;
    }

    public boolean isValid() {
        return valid.get();
    }

    /** The chosen kind's template with the name filled in; only when {@link #isValid() valid}. */
    public ModelCard result() {
        if (!isValid()) {
            throw new IllegalStateException("the wizard needs a kind of model and a name");
        }
        ModelCard card = templates.create(kind.get());
        return card.withDetails(card.details().withName(name.get().strip()));
    }

    /** The card with the profile and strictness chosen; only when {@link #isValid() valid}. */
    public NewCard choice() {
        return new NewCard(result(), profile.get(), strictness.get());
    }

    /** One line saying what {@code kind}'s template fills in, read from the template itself. */
    public String describe(ModelKind kind) {
        ModelCard card = templates.create(kind);
        String task = card.details().pipelineTag();
        List<String> metrics = card.metrics().ids();
        if (task.isEmpty() && metrics.isEmpty()) {
            return "Pre-fills no task or metrics: questions only.";
        }
        // the dialog's header says the rest are TODO questions, so each line names only the facts
        String facts = (task.isEmpty() ? "" : "task " + task)
                + (!task.isEmpty() && !metrics.isEmpty() ? "; " : "")
                + (metrics.isEmpty() ? "" : "metrics " + String.join(", ", metrics));
        return "Pre-fills " + facts + ".";
    }

    /** How a profile is named in the wizard, e.g. "Hugging Face Hub (huggingface)". */
    public static String label(Profile profile) {
        String name = switch (profile) {
            case HUGGINGFACE -> "Hugging Face Hub";
            case MITCHELL -> "Mitchell et al. model cards";
            case EU_GPAI -> "EU AI Act, general-purpose AI";
            case CLASSROOM -> "Classroom: everything, explained";
        };
        return name + " (" + profile.id() + ")";
    }

    /** How a strictness is named in the wizard. */
    public static String label(Strictness strictness) {
        return switch (strictness) {
            case DRAFT -> "Draft: missing content warns";
            case RELEASE -> "Release: missing content is an error";
        };
    }
}
