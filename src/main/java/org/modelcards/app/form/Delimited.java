package org.modelcards.app.form;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rows of cells as spreadsheets put them on the clipboard: tab-separated (Excel, LibreOffice,
 * Google Sheets) or, when a text has no tab, comma-separated; a cell with a separator, a quote or
 * a line break is quoted, its quotes doubled.
 */
final class Delimited {
    private Delimited() {
    }

    /** The rows of {@code text}; a trailing line break ends the last row, it does not start one. */
    static List<List<String>> parse(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        char separator = normalised.indexOf('\t') >= 0 || normalised.indexOf(',') < 0 ? '\t' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean atCellStart = true;
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < normalised.length() && normalised.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && atCellStart) {
                quoted = true;
                atCellStart = false;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
                atCellStart = true;
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                atCellStart = true;
            } else {
                cell.append(c);
                atCellStart = false;
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Tab-separated rows, each ended by a line break, as a spreadsheet pastes them. */
    static String format(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(Delimited::quote).collect(Collectors.joining("\t")) + "\n")
                .collect(Collectors.joining());
    }

    private static String quote(String cell) {
        boolean needs = cell.indexOf('\t') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0
                || cell.startsWith("\"");
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
