package org.modelcards.core.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.modelcards.core.model.ModelCard;

/**
 * Declares the fields of one section against the section's record {@code S}: each field is given
 * once, by its component's getter and wither, and the card-level accessors are composed here.
 */
final class SectionBuilder<S> {
    private final String sectionId;
    private final Function<ModelCard, S> sectionGetter;
    private final BiFunction<ModelCard, S, ModelCard> sectionSetter;
    private final List<FieldSpec> specs = new ArrayList<>();

    SectionBuilder(String sectionId, Function<ModelCard, S> getter, BiFunction<ModelCard, S, ModelCard> setter) {
        this.sectionId = sectionId;
        this.sectionGetter = getter;
        this.sectionSetter = setter;
    }

    /** The requirements of the field declared last; returned by every declaration. */
    final class FieldSpec {
        private final String name;
        private final FieldKind kind;
        private final Function<S, Object> getter;
        private final BiFunction<S, Object, S> setter;
        private final Map<Profile, Requirement> requirements = new EnumMap<>(Profile.class);
        private List<String> choices = List.of();
        private TableSpec table;
        private NumberRange range = NumberRange.ANY;

        private FieldSpec(String name, FieldKind kind, Function<S, Object> getter, BiFunction<S, Object, S> setter) {
            this.name = name;
            this.kind = kind;
            this.getter = getter;
            this.setter = setter;
        }

        FieldSpec required(Profile... profiles) {
            for (Profile p : profiles) {
                requirements.put(p, Requirement.REQUIRED);
            }
            return this;
        }

        /** A number that cannot be negative. */
        FieldSpec quantity() {
            range = NumberRange.NON_NEGATIVE;
            return this;
        }

        /** A whole number that cannot be negative. */
        FieldSpec count() {
            range = NumberRange.COUNT;
            return this;
        }

        FieldSpec recommended(Profile... profiles) {
            for (Profile p : profiles) {
                requirements.put(p, Requirement.RECOMMENDED);
            }
            return this;
        }

        private CardField build() {
            Function<ModelCard, Object> read = card -> getter.apply(sectionGetter.apply(card));
            BiFunction<ModelCard, Object, ModelCard> write =
                    (card, value) -> sectionSetter.apply(card, setter.apply(sectionGetter.apply(card), value));
            String id = sectionId + "." + name;
            return new CardField(id, sectionId, kind, choices, FormRequirements.with(id, requirements), read, write, table, range);
        }
    }

    @SuppressWarnings("unchecked")
    private <V> FieldSpec add(String name, FieldKind kind, Function<S, V> getter, BiFunction<S, V, S> setter) {
        FieldSpec spec = new FieldSpec(name, kind, getter::apply, (s, v) -> setter.apply(s, (V) v));
        specs.add(spec);
        return spec;
    }

    FieldSpec text(String name, Function<S, String> getter, BiFunction<S, String, S> setter) {
        return add(name, FieldKind.TEXT, getter, setter);
    }

    FieldSpec longText(String name, Function<S, String> getter, BiFunction<S, String, S> setter) {
        return add(name, FieldKind.LONG_TEXT, getter, setter);
    }

    FieldSpec markdown(String name, Function<S, String> getter, BiFunction<S, String, S> setter) {
        return add(name, FieldKind.MARKDOWN, getter, setter);
    }

    FieldSpec url(String name, Function<S, String> getter, BiFunction<S, String, S> setter) {
        return add(name, FieldKind.URL, getter, setter);
    }

    FieldSpec date(String name, Function<S, String> getter, BiFunction<S, String, S> setter) {
        return add(name, FieldKind.DATE, getter, setter);
    }

    FieldSpec number(String name, Function<S, String> getter, BiFunction<S, String, S> setter) {
        return add(name, FieldKind.NUMBER, getter, setter);
    }

    FieldSpec choice(String name, List<String> choices, Function<S, String> getter, BiFunction<S, String, S> setter) {
        FieldSpec spec = add(name, FieldKind.ENUM, getter, setter);
        spec.choices = List.copyOf(choices);
        return spec;
    }

    FieldSpec flag(String name, Function<S, Boolean> getter, BiFunction<S, Boolean, S> setter) {
        return add(name, FieldKind.BOOLEAN, getter, setter);
    }

    FieldSpec list(String name, Function<S, List<String>> getter, BiFunction<S, List<String>, S> setter) {
        return add(name, FieldKind.LIST, getter, setter);
    }

    <R> FieldSpec table(String name, Class<R> rowType, R blankRow, Function<S, List<R>> getter,
            BiFunction<S, List<R>, S> setter, Consumer<Columns<R>> columns) {
        FieldSpec spec = add(name, FieldKind.TABLE, getter, setter);
        Columns<R> declared = new Columns<>(rowType, sectionId + "." + name);
        columns.accept(declared);
        spec.table = new TableSpec(rowType, blankRow, declared.columns);
        return spec;
    }

    Section build() {
        return new Section(sectionId, specs.stream().map(FieldSpec::build).toList(), false);
    }

    /** Builds a section of preserved content, which no profile asks for. */
    Section buildPreserved() {
        return new Section(sectionId, specs.stream().map(FieldSpec::build).toList(), true);
    }

    /** Declares the columns of a table against its row record {@code R}. */
    static final class Columns<R> {
        private final Class<R> rowType;
        private final String tableId;
        private final List<Column> columns = new ArrayList<>();

        private Columns(Class<R> rowType, String tableId) {
            this.rowType = rowType;
            this.tableId = tableId;
        }

        private <V> Columns<R> add(String id, FieldKind kind, Function<R, V> getter, BiFunction<R, V, R> setter,
                Class<V> valueType) {
            columns.add(new Column(id, tableId, kind, row -> getter.apply(rowType.cast(row)),
                    (row, value) -> setter.apply(rowType.cast(row), valueType.cast(value))));
            return this;
        }

        Columns<R> text(String id, Function<R, String> getter, BiFunction<R, String, R> setter) {
            return add(id, FieldKind.TEXT, getter, setter, String.class);
        }

        Columns<R> markdown(String id, Function<R, String> getter, BiFunction<R, String, R> setter) {
            return add(id, FieldKind.MARKDOWN, getter, setter, String.class);
        }

        Columns<R> url(String id, Function<R, String> getter, BiFunction<R, String, R> setter) {
            return add(id, FieldKind.URL, getter, setter, String.class);
        }

        Columns<R> number(String id, Function<R, String> getter, BiFunction<R, String, R> setter) {
            return add(id, FieldKind.NUMBER, getter, setter, String.class);
        }

        Columns<R> json(String id, Function<R, String> getter, BiFunction<R, String, R> setter) {
            return add(id, FieldKind.JSON, getter, setter, String.class);
        }

        Columns<R> flag(String id, Function<R, Boolean> getter, BiFunction<R, Boolean, R> setter) {
            return add(id, FieldKind.BOOLEAN, getter, setter, Boolean.class);
        }
    }
}
