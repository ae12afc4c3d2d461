package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The tables of a README body, GitHub pipe tables and raw HTML tables alike, as grids of cells that
 * know where their text sits in the file, so that a value read from one cell can be patched in that
 * cell and nowhere else. HTML tables are parsed with jsoup as a browser would (unclosed cells,
 * {@code rowspan} and {@code colspan} spread over the grid); tables inside code fences are code,
 * not tables.
 */
final class BodyTables {
    private static final Pattern DELIMITER = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])|`");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private BodyTables() {
    }

    /** A table found in the text: its range (whole lines) and its rows of cells, the header row first. */
    record Table(int start, int end, boolean html, List<List<Cell>> rows) {
        /** The number of columns of the widest row. */
        int width() {
            return rows.stream().mapToInt(List::size).max().orElse(0);
        }
    }

    /**
     * One cell: its text as a reader sees it (emphasis, tags and surrounding space removed) and the
     * range of its content in the file, or {@code start == -1} when its text is spread over several
     * pieces (nested markup) and cannot be patched as one.
     */
    record Cell(String text, int start, int end) {
        boolean patchable() {
            return start >= 0;
        }
    }

    /** The tables in {@code text} between {@code from} and {@code to}, in order. */
    static List<Table> find(String text, int from, int to) {
        List<Table> tables = new ArrayList<>();
        List<int[]> lines = lines(text, from, to);
        boolean fenced = false;
        String fence = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = text.substring(lines.get(i)[0], lines.get(i)[1]);
            String stripped = line.strip();
            if (fenced) {
                if (stripped.startsWith(fence)) {
                    fenced = false;
                }
                continue;
            }
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fenced = true;
                fence = stripped.substring(0, 3);
                continue;
            }
            if (stripped.toLowerCase(Locale.ROOT).startsWith("<table")) {
                int close = text.toLowerCase(Locale.ROOT).indexOf("</table>", lines.get(i)[0]);
                if (close < 0 || close >= to) {
                    continue;
                }
                int last = i;
                while (last + 1 < lines.size() && lines.get(last)[1] <= close) {
                    last++;
                }
                int end = lineEnd(text, lines.get(last), to);
                tables.add(html(text, lines.get(i)[0], close + "</table>".length(), end));
                i = last;
            } else if (line.indexOf('|') >= 0 && i + 1 < lines.size()
                    && DELIMITER.matcher(text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1])).matches()
                    && text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]).indexOf('|') >= 0) {
                List<List<Cell>> rows = new ArrayList<>();
                rows.add(pipeCells(text, lines.get(i)[0], lines.get(i)[1]));
                int last = i + 1;
                while (last + 1 < lines.size() && !text.substring(lines.get(last + 1)[0], lines.get(last + 1)[1]).isBlank()
                        && text.substring(lines.get(last + 1)[0], lines.get(last + 1)[1]).indexOf('|') >= 0) {
                    last++;
                    rows.add(pipeCells(text, lines.get(last)[0], lines.get(last)[1]));
                }
                tables.add(new Table(lines.get(i)[0], lineEnd(text, lines.get(last), to), false, List.copyOf(rows)));
                i = last;
            }
        }
        return tables;
    }

    /** The line ranges (without line ends) of the text between {@code from} and {@code to}. */
    private static List<int[]> lines(String text, int from, int to) {
        List<int[]> lines = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new int[] {start, i});
                if (c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < to) {
            lines.add(new int[] {start, to});
        }
        return lines;
    }

    /** The offset after the line end that follows {@code line}. */
    private static int lineEnd(String text, int[] line, int to) {
        int end = line[1];
        if (end < to && text.charAt(end) == '\r') {
            end++;
        }
        if (end < to && text.charAt(end) == '\n') {
            end++;
        }
        return end;
    }

    /** The cells of one pipe-table row, split at unescaped pipes, outer pipes optional. */
    private static List<Cell> pipeCells(String text, int start, int end) {
        List<Cell> cells = new ArrayList<>();
        int from = start;
        while (from < end && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        if (from < end && text.charAt(from) == '|') {
            from++;
        }
        int cellStart = from;
        boolean code = false;
        for (int i = from; i <= end; i++) {
            char c = i < end ? text.charAt(i) : '|';
            if (c == '\\' && i + 1 < end) {
                i++;
            } else if (c == '`') {
                code = !code;
            } else if (c == '|' && (!code || i == end)) {
                if (i < end || !text.substring(cellStart, end).isBlank()) {
                    cells.add(trimmed(text, cellStart, i, true));
                }
                cellStart = i + 1;
            }
        }
        return List.copyOf(cells);
    }

    private static Cell trimmed(String text, int start, int end, boolean markdown) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        String raw = text.substring(s, e);
        return new Cell(plain(markdown ? MarkdownTable.unescape(raw) : raw), s, e);
    }

    /** A cell's text without emphasis marks, code ticks or HTML tags, spaces collapsed. */
    static String plain(String cell) {
        if (isPlain(cell)) {
            return cell.strip(); // what the replacements below leave of a cell without markup or runs of spaces
        }
        String text = TAG.matcher(cell.replace("<br>", " ").replace("<br/>", " ")).replaceAll("");
        return EMPHASIS.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    /** No tag, emphasis or code mark, and no white space but single spaces: {@link #plain} changes only its ends. */
    private static boolean isPlain(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '<' || c == '*' || c == '_' || c == '`' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                    || (c == ' ' && i + 1 < cell.length() && cell.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** An HTML table from {@code start} to {@code close}, its cells spread over the grid by their spans. */
    private static Table html(String text, int start, int close, int end) {
        String snippet = text.substring(start, close);
        Element body = Jsoup.parse(snippet, "", Parser.htmlParser().setTrackPosition(true)).body();
        Element table = body.selectFirst("table");
        List<List<Cell>> rows = new ArrayList<>();
        if (table != null) {
            Map<Long, Cell> spanned = new HashMap<>();
            int r = 0;
            for (Element tr : table.select("tr")) {
                if (tr.closest("table") != table) {
                    continue;
                }
                List<Cell> row = new ArrayList<>();
                int c = 0;
                for (Element td : tr.children()) {
                    if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                        continue;
                    }
                    while (spanned.containsKey(key(r, c))) {
                        row.add(spanned.remove(key(r, c)));
                        c++;
                    }
                    Cell cell = htmlCell(td, snippet, start);
                    int rowspan = span(td.attr("rowspan"));
                    int colspan = span(td.attr("colspan"));
                    for (int dc = 0; dc < colspan; dc++) {
                        row.add(cell);
                        for (int dr = 1; dr < rowspan; dr++) {
                            spanned.put(key(r + dr, c), cell);
                        }
                        c++;
                    }
                }
                while (spanned.containsKey(key(r, c))) {
                    row.add(spanned.remove(key(r, c)));
                    c++;
                }
                rows.add(List.copyOf(row));
                r++;
            }
        }
        return new Table(start, end, true, List.copyOf(rows));
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }

    private static int span(String attribute) {
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(attribute.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The cell's text; patchable when all of it is one text node, whose trimmed source range it gets. */
    private static Cell htmlCell(Element td, String source, int offset) {
        String text = td.text().strip();
        List<TextNode> pieces = new ArrayList<>();
        collect(td, pieces);
        if (pieces.size() == 1 && pieces.get(0).sourceRange().isTracked()) {
            TextNode node = pieces.get(0);
            int s = node.sourceRange().startPos();
            int e = node.sourceRange().endPos();
            String raw = source.substring(s, e);
            int lead = raw.length() - raw.stripLeading().length();
            int trail = raw.length() - raw.stripTrailing().length();
            if (lead < raw.length()) {
                return new Cell(text, offset + s + lead, offset + e - trail);
            }
        }
        return new Cell(text, -1, -1);
    }

    private static void collect(Node node, List<TextNode> pieces) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t && !t.isBlank()) {
                pieces.add(t);
            } else if (child instanceof Element) {
                collect(child, pieces);
            }
        }
    }
}
