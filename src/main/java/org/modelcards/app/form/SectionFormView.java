package org.modelcards.app.form;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.modelcards.app.document.CardDocument;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.catalog.Section;

/** The guided form of one section, generated from the catalogue: a label, a control and a hint per field. */
public final class SectionFormView {
    private final VBox root = new VBox(4);

    public SectionFormView(Section section, CardDocument document, CatalogTexts texts, Consumer<CardField> onFocus) {
        root.getStyleClass().add("section-form");
        root.setPadding(new Insets(16, 20, 24, 20));
        root.setFillWidth(true);
        Label title = new Label(texts.sectionLabel(section.id()));
        title.getStyleClass().add("section-title");
        Label intro = new Label(texts.sectionIntro(section.id()));
        intro.getStyleClass().add("section-intro");
        intro.setWrapText(true);
        root.getChildren().addAll(title, intro);
        for (CardField field : section.fields()) {
            root.getChildren().add(row(field, document, texts, onFocus));
        }
    }

    private static Node row(CardField field, CardDocument document, CatalogTexts texts, Consumer<CardField> onFocus) {
        FieldEditor editor = FieldEditors.create(field, texts, value -> document.edit(field, value));
        editor.show(field.read(document.card()));
        document.cardProperty().addListener((obs, old, card) -> editor.show(field.read(card)));
        Node control = editor.node();
        control.focusWithinProperty().addListener((obs, was, is) -> {
            if (is) {
                onFocus.accept(field);
            }
        });
        VBox row = new VBox(3);
        row.getStyleClass().add("field-row");
        if (field.kind() != FieldKind.BOOLEAN) {
            Label label = new Label(texts.label(field.id()));
            label.getStyleClass().add("field-label");
            label.setLabelFor(control);
            row.getChildren().add(label);
        }
        Label hint = new Label(texts.why(field.id()));
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        row.getChildren().addAll(control, hint);
        VBox.setVgrow(control, Priority.NEVER);
        return row;
    }

    public Node node() {
        return root;
    }
}
