package org.modelcards.app.guidance;

import java.util.Arrays;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.catalog.Requirement;

/** The help for the focused field: why it matters, a good and a poor example, who asks for it. */
public final class GuidanceViewModel {
    private final ObjectProperty<CardField> field = new SimpleObjectProperty<>(this, "field");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Guidance");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper(this, "why",
            "Select a field to see why it matters and what a good answer looks like.");
    private final ReadOnlyStringWrapper good = new ReadOnlyStringWrapper(this, "good", "");
    private final ReadOnlyStringWrapper poor = new ReadOnlyStringWrapper(this, "poor", "");
    private final ReadOnlyStringWrapper poorBecause = new ReadOnlyStringWrapper(this, "poorBecause", "");
    private final ReadOnlyStringWrapper askedBy = new ReadOnlyStringWrapper(this, "askedBy", "");

    public GuidanceViewModel(CatalogTexts texts) {
        field.addListener((obs, old, now) -> {
            if (now != null) {
                title.set(texts.label(now.id()));
                why.set(texts.why(now.id()));
                good.set(texts.goodExample(now.id()));
                // the catalogue writes a poor example as "example — why it is poor"
                String[] parts = texts.poorExample(now.id()).split(" — ", 2);
                poor.set(parts[0]);
                poorBecause.set(parts.length > 1 ? "Why it falls short: " + parts[1] : "");
                askedBy.set(askedBy(now));
            }
        });
    }

    static String askedBy(CardField field) {
        String required = profiles(field, Requirement.REQUIRED);
        String recommended = profiles(field, Requirement.RECOMMENDED);
        StringBuilder text = new StringBuilder();
        if (!required.isEmpty()) {
            text.append("Required by ").append(required).append(". ");
        }
        if (!recommended.isEmpty()) {
            text.append("Recommended by ").append(recommended).append(".");
        }
        return text.length() == 0 ? "Optional in every profile." : text.toString().strip();
    }

    private static String profiles(CardField field, Requirement level) {
        return Arrays.stream(Profile.values()).filter(p -> p != Profile.CLASSROOM)
                .filter(p -> field.requirement(p) == level).map(Profile::id).collect(Collectors.joining(", "));
    }

    public ObjectProperty<CardField> fieldProperty() {
        return field;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whyProperty() {
        return why.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty goodProperty() {
        return good.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty poorProperty() {
        return poor.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty poorBecauseProperty() {
        return poorBecause.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty askedByProperty() {
        return askedBy.getReadOnlyProperty();
    }
}
