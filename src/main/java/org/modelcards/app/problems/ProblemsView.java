package org.modelcards.app.problems;

import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.validation.Issue;
import org.modelcards.core.validation.ValidationReport;

/** The problems list below the form: severity, message and field; Enter or a double-click goes to the field. */
public final class ProblemsView {
    private final ListView<Issue> list = new ListView<>();

    public ProblemsView(ObservableValue<ValidationReport> report, CatalogTexts texts, Consumer<String> goTo) {
        list.setId("problems");
        list.setAccessibleText("Problems");
        list.setPlaceholder(new Label("No problems for this profile."));
        list.setCellFactory(view -> new IssueCell(texts));
        list.getItems().setAll(report.getValue().issues());
        report.addListener((obs, old, now) -> list.getItems().setAll(now.issues()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(goTo);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open(goTo);
            }
        });
    }

    private void open(Consumer<String> goTo) {
        Issue selected = list.getSelectionModel().getSelectedItem();
        if (selected != null && !selected.fieldId().isEmpty()) {
            goTo.accept(selected.fieldId());
        }
    }

    public Node node() {
        return list;
    }

    private static final class IssueCell extends ListCell<Issue> {
        private final CatalogTexts texts;

        IssueCell(CatalogTexts texts) {
            this.texts = texts;
        }

        @Override
        protected void updateItem(Issue issue, boolean empty) {
            super.updateItem(issue, empty);
            getStyleClass().removeAll("problem-error", "problem-warning", "problem-info");
            if (empty || issue == null) {
                setText(null);
                return;
            }
            getStyleClass().add("problem-" + issue.severity().label());
            String where = issue.fieldId().isEmpty() ? "" : org.modelcards.app.controls.HumanLabels.of(issue.fieldId(), texts) + " — ";
            String message = org.modelcards.app.controls.HumanLabels.message(issue.message(), texts);
            String line = issue.at().isKnown() ? " (line " + issue.at().line() + ")" : "";
            setText(issue.severity().label().toUpperCase(java.util.Locale.ROOT) + "  " + where + message + line
                    + "  [" + issue.ruleId() + "]");
            setAccessibleText(issue.severity().label() + ": " + where + message);
        }
    }
}
