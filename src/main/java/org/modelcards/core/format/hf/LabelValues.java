package org.modelcards.core.format.hf;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.format.TextPosition;
import org.modelcards.core.model.Numbers;

/**
 * What a label ({@code **Model date:**}, a key/value table's key) names and how its value goes into
 * the field: a licence sentence into the licence's name and link, a mass into grams, a list split
 * at its commas, a yes into true. Shared by label lines and key/value tables.
 */
final class LabelValues {
    private final FieldCatalog catalog;
    private final Map<String, String> labels;
    private final CardBuilder card;

    LabelValues(FieldCatalog catalog, Map<String, String> labels, CardBuilder card) {
        this.catalog = catalog;
        this.labels = labels;
        this.card = card;
    }

    /** The field a label names, also with its parenthetical removed ("Carbon Emitted (Power x Time ...)"). */
    String field(String text) {
        String field = labels.get(HeadingMap.normalize(text));
        if (field == null && text.contains("(")) {
            field = labels.get(HeadingMap.normalize(text.replaceAll("\\([^)]*\\)?", " ")));
        }
        return field;
    }

    /** Prose such as "about 374 g CO2eq" is not a number: it stays in the section's text. */
    static boolean accepts(CardField field, String value) {
        return field.kind() != FieldKind.NUMBER || Numbers.parse(value).isPresent();
    }

    /** Fills a field from a label's value (unless already set); returns the field the label stands for. */
    String set(String labelField, String value, TextPosition at) {
        String fieldId = labelField;
        if (labelField.equals("license.id") && LicenceStatement.isStatement(value) && !value.equals(card.read("license.id"))) {
            // "A custom commercial license ... is available at: URL" names and links a licence; it is no Hub id
            LicenceStatement statement = LicenceStatement.parse(value);
            if (!statement.link().isEmpty() && card.isEmpty("license.link")) {
                card.set("license.link", statement.link(), at);
            }
            Optional<String> standard = standardLicence(value);
            if (standard.isPresent()) {
                // "Code is released under MIT, model weights are released under CC-BY-NC 4.0": a Hub id after all
                value = standard.get();
            } else {
                fieldId = "license.name";
                // a name is for a licence the Hub has no id for; beside an id it only repeats it
                value = card.isEmpty("license.id") || "other".equals(card.read("license.id")) ? statement.name() : "";
            }
        }
        if (value.isEmpty() || !card.isEmpty(fieldId)) {
            return fieldId;
        }
        CardField field = catalog.require(fieldId);
        Object typed = switch (field.kind()) {
            case LIST -> splitList(value, fieldId);
            case BOOLEAN -> isYes(value);
            default -> value;
        };
        card.set(fieldId, typed, at);
        return fieldId;
    }

    /** The Hub id of a standard licence a statement names, by the mapping's licence sentences. */
    private static Optional<String> standardLicence(String statement) {
        for (HeadingMap.Sentence sentence : HeadingMap.sentences()) {
            if (sentence.field().equals("license.id")) {
                Matcher m = sentence.pattern().matcher(statement);
                if (m.find()) {
                    return Optional.of(LicenceStatement.hubId(m.group(1)));
                }
            }
        }
        return Optional.empty();
    }

    static boolean isYes(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("yes") || v.equals("true");
    }

    /** A comma-separated list; language names ("English") become their ISO 639-1 codes, as metadata holds codes. */
    private static List<String> splitList(String value, String fieldId) {
        // "English, German, and Thai.": the last item's "and" and the sentence's full stop are not part of it
        String items = value.strip().replaceAll("\\.$", "");
        return java.util.Arrays.stream(items.split(",")).map(String::strip).map(s -> s.replaceFirst("^(and|or) ", ""))
                .filter(s -> !s.isEmpty())
                .map(item -> fieldId.equals("details.languages") ? LanguageNames.code(item) : item).toList();
    }
}
