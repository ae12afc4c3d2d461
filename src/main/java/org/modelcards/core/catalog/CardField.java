package org.modelcards.core.catalog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.modelcards.core.model.ModelCard;

/**
 * One field of a model card as the {@link FieldCatalog} describes it: stable id, kind, which
 * profiles ask for it, and how to read and write it on a card.
 *
 * <p>Values are Strings for text kinds, Booleans for {@link FieldKind#BOOLEAN}, {@code List<String>}
 * for {@link FieldKind#LIST} and a list of row records for {@link FieldKind#TABLE}:
 *
 * <pre>{@code
 * CardField name = FieldCatalog.standard().require("details.name");
 * ModelCard named = name.write(card, "tiny-sentiment");
 * }</pre>
 */
public final class CardField {
    private final String id;
    private final String sectionId;
    private final FieldKind kind;
    private final List<String> choices;
    private final Map<Profile, Requirement> requirements;
    private final Function<ModelCard, Object> getter;
    private final BiFunction<ModelCard, Object, ModelCard> setter;
    private final TableSpec table;
    private final NumberRange range;

    CardField(String id, String sectionId, FieldKind kind, List<String> choices,
            Map<Profile, Requirement> requirements, Function<ModelCard, Object> getter,
            BiFunction<ModelCard, Object, ModelCard> setter, TableSpec table, NumberRange range) {
        this.id = id;
        this.sectionId = sectionId;
        this.kind = kind;
        this.choices = List.copyOf(choices);
        this.requirements = requirements.isEmpty() ? Map.of() : new EnumMap<>(requirements);
        this.getter = getter;
        this.setter = setter;
        this.table = table;
        this.range = range;
    }

    /** The stable dotted id, e.g. {@code intendedUse.outOfScope}. */
    public String id() {
        return id;
    }

    /** The last segment of the id, e.g. {@code outOfScope}. */
    public String name() {
        return id.substring(id.indexOf('.') + 1);
    }

    public String sectionId() {
        return sectionId;
    }

    public FieldKind kind() {
        return kind;
    }

    public Cardinality cardinality() {
        return kind == FieldKind.LIST || kind == FieldKind.TABLE ? Cardinality.MANY : Cardinality.ONE;
    }

    /** The known values of an {@link FieldKind#ENUM} field; empty otherwise. */
    public List<String> choices() {
        return choices;
    }

    /** The values a {@link FieldKind#NUMBER} field may hold ({@link NumberRange#ANY} for other kinds). */
    public NumberRange range() {
        return range;
    }

    /** The table's rows and columns, for a {@link FieldKind#TABLE} field. */
    public Optional<TableSpec> table() {
        return Optional.ofNullable(table);
    }

    /**
     * How strongly {@code profile} asks for this field. The classroom profile asks for everything any
     * profile asks for: what one requires it requires, what one recommends it recommends.
     */
    public Requirement requirement(Profile profile) {
        if (profile == Profile.CLASSROOM) {
            return requirements.containsValue(Requirement.REQUIRED) ? Requirement.REQUIRED
                    : requirements.containsValue(Requirement.RECOMMENDED) ? Requirement.RECOMMENDED : Requirement.OPTIONAL;
        }
        return requirements.getOrDefault(profile, Requirement.OPTIONAL);
    }

    /** This field's value on {@code card}; never null. */
    public Object read(ModelCard card) {
        return getter.apply(card);
    }

    /** A copy of {@code card} with this field set to {@code value}, which must have the kind's type. */
    public ModelCard write(ModelCard card, Object value) {
        return setter.apply(card, FieldValues.checked(id, kind, value));
    }

    /** Whether the field says nothing on {@code card}: blank text, an empty list, or false. */
    public boolean isEmpty(ModelCard card) {
        return FieldValues.isEmpty(read(card));
    }

    @Override
    public String toString() {
        return id;
    }
}
