package org.modelcards.app.form;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.modelcards.app.document.CardDocument;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.model.ModelCard;

/**
 * Field-specific help beyond the catalogue's texts: language codes spelled out as names, and the
 * licence name and link shown only when the licence is {@code other}, which is when the Hub reads them.
 */
final class FieldAssistance {
    private FieldAssistance() {
    }

    static void attach(CardField field, VBox row, CardDocument document, Label hint) {
        switch (field.id()) {
            case "details.languages" -> {
                Label names = new Label();
                names.getStyleClass().add("field-hint");
                names.setId("languages-named");
                names.setText(named(document.card()));
                document.cardProperty().addListener((obs, old, card) -> names.setText(named(card)));
                row.getChildren().add(row.getChildren().indexOf(hint), names);
            }
            case "license.name", "license.link" -> {
                row.setVisible(relevant(field, document.card()));
                row.managedProperty().bind(row.visibleProperty());
                document.cardProperty().addListener((obs, old, card) -> row.setVisible(relevant(field, card)));
            }
            default -> { }
        }
    }

    /** Shown for {@code other}, and whenever it holds something (so that nothing is hidden from the author). */
    private static boolean relevant(CardField field, ModelCard card) {
        return card.license().id().strip().equals("other") || !field.isEmpty(card);
    }

    /** "en, fr" becomes "English (en), French (fr)"; a code the JDK does not know is shown as typed. */
    static String named(ModelCard card) {
        List<String> codes = card.details().languages();
        if (codes.isEmpty()) {
            return "One ISO 639 code per line, e.g. en, fr, zh; or multilingual.";
        }
        return codes.stream().map(code -> {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
            return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
        }).collect(Collectors.joining(", "));
    }
}
