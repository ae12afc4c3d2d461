package org.modelcards.core.format.hf;

import java.util.List;
import java.util.regex.Matcher;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.TextPosition;

/**
 * The facts a README's prose states outside any field's place, for the fields the structure left
 * empty: a link named for a field, a sentence of the mapping ("developed by researchers at OpenAI"),
 * a list introduced as a field's ("trained on the following datasets:").
 */
final class SentenceFacts {
    private final FieldCatalog catalog;
    private final CardBuilder card;

    SentenceFacts(FieldCatalog catalog, CardBuilder card) {
        this.catalog = catalog;
        this.card = card;
    }

    /** Facts stated in sentences, for the fields nothing else filled (see {@link HeadingMap.Sentence}). */
    void read(String text, List<MarkdownSection> sections) {
        if (sections.isEmpty()) {
            return;
        }
        String body = Markdown.visibleText(text.substring(sections.get(0).headingStart()));
        // a link named for a field ("Paper", "GitHub Repository") says more than a sentence around one
        for (Links.Link link : Links.in(body, 0, body.length())) {
            // inside a sentence ("open an issue in the [GitHub repository]") the words say what it is for
            if (!Links.standsAlone(body, link)) {
                continue;
            }
            HeadingMap.linkField(link.text()).filter(card::isEmpty)
                    .ifPresent(field -> card.set(field, link.url(), TextPosition.UNKNOWN));
        }
        RequiredText.Haystack words = new RequiredText.Haystack(body);
        for (HeadingMap.Sentence sentence : HeadingMap.sentences()) {
            if (!card.isEmpty(sentence.field()) || !sentence.required().mayBeIn(words)) {
                continue;
            }
            Matcher m = sentence.pattern().matcher(body);
            boolean found = m.find();
            while (found && Links.isPlaceholder(m.group(1))) {
                found = m.find();
            }
            if (found) {
                String value = m.group(1).strip();
                if (sentence.field().equals("license.id")) {
                    value = LicenceStatement.hubId(value);
                }
                // as a label's value would be: "1.5 billion" is a number, "English" a language code
                value = Quantities.inUnitOf(sentence.field(), value);
                if (sentence.field().equals("details.languages")) {
                    value = LanguageNames.code(value);
                }
                setItems(sentence.field(), List.of(value));
            }
        }
        for (ListIntros.Found list : ListIntros.find(body)) {
            if (card.isEmpty(list.field())) {
                setItems(list.field(), list.items());
            }
        }
    }

    /** Items found in the text as a field's value: a list's items, a table's rows named by them, or one text. */
    private void setItems(String fieldId, List<String> items) {
        CardField field = catalog.require(fieldId);
        switch (field.kind()) {
            case LIST -> card.set(fieldId, items, TextPosition.UNKNOWN);
            case TABLE -> {
                List<Column> columns = field.table().orElseThrow().columns();
                String column = columns.stream().map(Column::id).filter(id -> id.equals("name")).findFirst()
                        .orElse(columns.get(0).id());
                card.addRows(fieldId, column, items, TextPosition.UNKNOWN);
            }
            default -> card.set(fieldId, String.join(", ", items), TextPosition.UNKNOWN);
        }
    }
}
