package org.modelcards.core;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.catalog.TableSpec;
import org.modelcards.core.model.ExtraField;
import org.modelcards.core.model.ModelCard;

/**
 * Random cards built from the field catalogue: every field gets a value of its kind or stays
 * empty, so a field added to the catalogue is covered without editing this class.
 */
public final class CardArbitraries {
    private CardArbitraries() {
    }

    /** Text with the characters that break naive writers: quotes, backslashes, line ends, non-Latin scripts. */
    public static Arbitrary<String> text() {
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(24);
        Arbitrary<String> nasty = Arbitraries.strings()
                .withChars('"', '\\', '\n', '\r', '\t', '/', '<', '>', '&', '#', ':', '-', '—', 'é', 'ß')
                .withCharRange('\u0600', '\u0620')
                .withCharRange('\u4e00', '\u4e20')
                .withChars("😀🚀".toCharArray())
                .ofMaxLength(16)
                .filter(CardArbitraries::wellFormedUtf16);
        return Arbitraries.oneOf(ascii, nasty, Arbitraries.of("", " ", "N/A", "0.910", "1e3", "-0"));
    }

    private static boolean wellFormedUtf16(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    static Arbitrary<String> number() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new java.math.BigDecimal("-1e12"), new java.math.BigDecimal("1e12"))
                        .ofScale(3).map(java.math.BigDecimal::toPlainString),
                Arbitraries.longs().between(0, Long.MAX_VALUE).map(String::valueOf),
                Arbitraries.of("7e9", "about 7B", "1,000", "0.910", "+1", "-0", ""));
    }

    static Arbitrary<String> json() {
        return Arbitraries.of("\"text\"", "42", "true", "null", "[\"en\",\"fr\"]", "{\"a\":{\"b\":[1,2.50]}}",
                "[{\"text\":\"I love it\"}]");
    }

    private static Arbitrary<?> value(FieldKind kind, TableSpec table) {
        return switch (kind) {
            case BOOLEAN -> Arbitraries.of(true, false);
            case LIST -> text().list().ofMaxSize(4);
            case TABLE -> rows(table);
            case NUMBER -> number();
            case JSON -> json();
            default -> text();
        };
    }

    private static Arbitrary<List<Object>> rows(TableSpec table) {
        List<Arbitrary<Object>> cells = new ArrayList<>();
        for (Column column : table.columns()) {
            cells.add(value(column.kind(), null).map(v -> (Object) v));
        }
        Arbitrary<Object> row = Combinators.combine(cells).as(values -> {
            Object r = table.blankRow();
            for (int i = 0; i < values.size(); i++) {
                r = table.columns().get(i).write(r, values.get(i));
            }
            return r;
        });
        return row.list().ofMaxSize(3);
    }

    /** Any card: each catalogue field empty or set, plus unknown top-level JSON keys. */
    public static Arbitrary<ModelCard> cards() {
        List<CardField> fields = FieldCatalog.standard().fields();
        List<Arbitrary<Object>> values = new ArrayList<>();
        for (CardField field : fields) {
            values.add(value(field.kind(), field.table().orElse(null)).map(v -> (Object) v).injectNull(0.4));
        }
        Arbitrary<ModelCard> known = Combinators.combine(values).as(list -> {
            ModelCard card = ModelCard.EMPTY;
            for (int i = 0; i < fields.size(); i++) {
                if (list.get(i) != null) {
                    card = fields.get(i).write(card, list.get(i));
                }
            }
            return card;
        });
        Arbitrary<List<ExtraField>> unmapped = Combinators.combine(
                        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8), json())
                .as((key, value) -> new ExtraField("/x-" + key, value))
                .list().ofMaxSize(3).uniqueElements(ExtraField::key);
        return Combinators.combine(known, unmapped).as((card, extra) -> card.withExtras(card.extras().withUnmapped(extra)));
    }
}
