package org.modelcards.core.format;

import java.util.Map;

/**
 * Where the parts of a card are in the file it came from, keyed by path: a field id
 * ({@code details.name}), a row ({@code evaluation.results[2]}) or a cell
 * ({@code evaluation.results[2].metricType}). A path not found falls back to its parent.
 */
public final class SourceMap {
    public static final SourceMap NONE = new SourceMap(Map.of());
    private final Map<String, TextPosition> positions;

    public SourceMap(Map<String, TextPosition> positions) {
        this.positions = Map.copyOf(positions);
    }

    /** The position of {@code path}, else of its nearest parent, else unknown. */
    public TextPosition find(String path) {
        String current = path;
        while (!current.isEmpty()) {
            TextPosition at = positions.get(current);
            if (at != null) {
                return at;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut < 0 ? "" : current.substring(0, cut);
        }
        return TextPosition.UNKNOWN;
    }
}
