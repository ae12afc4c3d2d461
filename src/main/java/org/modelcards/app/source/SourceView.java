package org.modelcards.app.source;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.modelcards.core.format.ReadProblem;

/**
 * The card's text, editable, with its reading problems listed by line under it (Enter or a click
 * puts the caret there). {@link #leave()} re-reads what was typed.
 */
public final class SourceView {
    private final SourceViewModel model;
    private final TextArea text = new TextArea();
    private final ListView<ReadProblem> problems = new ListView<>();
    private final VBox box;

    public SourceView(SourceViewModel model) {
        this.model = model;
        text.setId("source-text");
        text.setAccessibleText("Card source");
        text.getStyleClass().add("source-text");
        text.setWrapText(false);
        text.setText(model.text());
        problems.setId("source-problems");
        problems.setAccessibleText("Problems reading the source");
        problems.setPrefHeight(110);
        problems.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ReadProblem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : "Line " + p.line() + ", column " + p.column() + ": " + p.message());
            }
        });
        problems.setOnMouseClicked(e -> goToSelected());
        problems.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                goToSelected();
            }
        });
        showProblems(model.problems());
        Label hint = new Label("The card as text. Fix it here (broken front matter too); leaving the Source view "
                + "(Ctrl+U) reads it back into the card, as one undo step.");
        hint.setWrapText(true);
        hint.getStyleClass().add("field-hint");
        VBox.setVgrow(text, Priority.ALWAYS);
        box = new VBox(6, hint, text, problems);
        box.setId("source-view");
        box.setPadding(new javafx.geometry.Insets(8));
    }

    private void showProblems(List<ReadProblem> list) {
        problems.getItems().setAll(list);
        problems.setVisible(!list.isEmpty());
        problems.setManaged(!list.isEmpty());
    }

    private void goToSelected() {
        ReadProblem p = problems.getSelectionModel().getSelectedItem();
        if (p != null) {
            text.positionCaret(offsetOf(text.getText(), p.line(), p.column()));
            text.requestFocus();
        }
    }

    /** The offset of 1-based {@code line}:{@code column} in {@code s}, clamped to the text. */
    static int offsetOf(String s, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            int next = s.indexOf('\n', offset);
            if (next < 0) {
                return s.length();
            }
            offset = next + 1;
        }
        return Math.min(s.length(), offset + Math.max(0, column - 1));
    }

    /** Re-reads the text into the card; the problems it still has stay listed. */
    public SourceViewModel.Reread leave() {
        SourceViewModel.Reread result = model.apply(text.getText());
        showProblems(result.problems());
        return result;
    }

    public TextArea textArea() {
        return text;
    }

    public Node node() {
        return box;
    }
}
