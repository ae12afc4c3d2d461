package org.modelcards.app.form;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import org.modelcards.core.validation.Issue;
import org.modelcards.core.validation.Severity;
import org.modelcards.core.validation.ValidationReport;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.modelcards.app.document.CardDocument;
import org.modelcards.app.evaluation.ResultsChartView;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.catalog.Section;

/** The guided form of one section, generated from the catalogue: a label, a control and a hint per field. */
public final class SectionFormView {
    private final VBox root = new VBox(4);

    public SectionFormView(Section section, CardDocument document, CatalogTexts texts, Consumer<CardField> onFocus,
            ObservableValue<ValidationReport> report) {
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
            root.getChildren().add(row(field, document, texts, onFocus, report));
            if (field.id().equals(ResultsChartView.FIELD_ID)) {
                root.getChildren().add(new ResultsChartView(document).node());
            }
        }
    }

    private static Node row(CardField field, CardDocument document, CatalogTexts texts, Consumer<CardField> onFocus,
            ObservableValue<ValidationReport> report) {
        FieldEditor editor = FieldEditors.create(field, texts, (value, step) -> document.edit(field, value, step));
        editor.show(field.read(document.card()));
        document.cardProperty().addListener((obs, old, card) -> editor.show(field.read(card)));
        Node control = editor.node();
        control.focusWithinProperty().addListener((obs, was, is) -> {
            if (is) {
                onFocus.accept(field);
            } else {
                document.endTyping();
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
        Label issues = new Label();
        issues.setId("issues-" + field.id().replace('.', '-'));
        issues.setWrapText(true);
        issues.managedProperty().bind(issues.visibleProperty());
        showIssues(issues, control, field, report.getValue(), texts);
        // the report outlives this form (a new document gets new forms): listen weakly, and let the
        // row hold the listener so that it lives exactly as long as the row
        ChangeListener<ValidationReport> follow = (obs, old, now) -> showIssues(issues, control, field, now, texts);
        issues.getProperties().put(ChangeListener.class, follow);
        report.addListener(new WeakChangeListener<>(follow));
        row.getChildren().addAll(control, issues, hint);
        FieldAssistance.attach(field, row, document, hint);
        VBox.setVgrow(control, Priority.NEVER);
        return row;
    }

    /** The field's issues under it, and as the control's tooltip, marked by the worst severity. */
    private static void showIssues(Label label, Node control, CardField field, ValidationReport report,
            CatalogTexts texts) {
        List<Issue> mine = report.issues().stream().filter(i -> i.fieldId().equals(field.id())).toList();
        label.setVisible(!mine.isEmpty());
        label.setText(mine.stream().map(i -> "● " + org.modelcards.app.controls.HumanLabels.message(i.message(), texts))
                .collect(Collectors.joining("\n")));
        label.getStyleClass().removeAll("issue-error", "issue-warning", "issue-info");
        control.getStyleClass().removeAll("has-error", "has-warning");
        if (!mine.isEmpty()) {
            Severity worst = mine.stream().map(Issue::severity).min(Comparator.naturalOrder()).orElseThrow();
            label.getStyleClass().add("issue-" + worst.label());
            if (worst != Severity.INFO) {
                control.getStyleClass().add(worst == Severity.ERROR ? "has-error" : "has-warning");
            }
        }
        if (control instanceof Control c) {
            c.setTooltip(mine.isEmpty() ? null : new Tooltip(label.getText()));
        }
    }

    public Node node() {
        return root;
    }
}
