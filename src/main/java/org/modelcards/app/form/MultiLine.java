package org.modelcards.app.form;

import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;

/** The multi-line text control of Markdown and long values: wraps, keeps every line, says how to leave it. */
final class MultiLine {
    /** Said where a multi-line control is: Tab is text there, so the way out must be told. */
    static final String KEYS = "Tab inserts a tab; Ctrl+Tab moves to the next field";

    private MultiLine() {
    }

    static TextArea area(int rows) {
        TextArea area = new TextArea();
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.setPromptText(KEYS);
        area.setTooltip(new Tooltip(KEYS));
        area.getStyleClass().add("multi-line");
        return area;
    }
}
