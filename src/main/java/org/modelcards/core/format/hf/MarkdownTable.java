package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Table fields as GitHub pipe tables: a header of column labels, one row per record. Pipes in cells
 * are escaped and line breaks written as {@code <br>}, so that any cell reads back as it was.
 */
final class MarkdownTable {
    private MarkdownTable() {
    }

    static String render(List<String> headers, List<List<String>> rows, String eol) {
        StringBuilder out = new StringBuilder();
        out.append(line(headers)).append(eol);
        out.append("|").append(" --- |".repeat(headers.size())).append(eol);
        for (List<String> row : rows) {
            out.append(line(row)).append(eol);
        }
        return out.toString();
    }

    private static String line(List<String> cells) {
        StringBuilder out = new StringBuilder("|");
        for (String cell : cells) {
            out.append(' ').append(escape(cell)).append(" |");
        }
        return out.toString();
    }

    static String escape(String cell) {
        return cell.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>")
                .replace("\r", "<br>");
    }

    static String unescape(String cell) {
        StringBuilder out = new StringBuilder();
        String text = cell.replace("<br>", "\n");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '|' || text.charAt(i + 1) == '\\')) {
                out.append(text.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The header and rows of the pipe table {@code text} consists of, if it is one. */
    static Optional<List<List<String>>> parse(String text) {
        List<String> lines = text.strip().lines().map(String::strip).toList();
        if (lines.size() < 2 || !lines.get(0).startsWith("|") || !lines.get(1).matches("\\|(\\s*:?-+:?\\s*\\|)+")) {
            return Optional.empty();
        }
        List<List<String>> table = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 1) {
                continue;
            }
            if (!lines.get(i).startsWith("|")) {
                return Optional.empty();
            }
            table.add(cells(lines.get(i)));
        }
        return Optional.of(table);
    }

    /** Splits a row at unescaped pipes, dropping the outer ones. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cell.append(c).append(line.charAt(++i));
            } else if (c == '|') {
                cells.add(unescape(cell.toString().strip()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (!cell.toString().isBlank()) {
            cells.add(unescape(cell.toString().strip()));
        }
        return cells;
    }
}
