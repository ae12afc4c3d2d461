package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One step of the edit script from one list to another: the longest common subsequence is kept,
 * and a run of removals next to a run of additions pairs up as changed items, so that a changed
 * list item is patched inside rather than removed and written anew.
 *
 * <pre>{@code
 * ListSteps.script(List.of("a", "b"), List.of("a", "c"));   // KEEP 0->0, CHANGE 1->1
 * }</pre>
 */
record ListSteps(Kind kind, int from, int to) {
    enum Kind { KEEP, CHANGE, REMOVE, ADD }

    /** Keeps the longest common subsequence; a run of removals next to a run of additions pairs up as changes. */
    static List<ListSteps> script(List<?> from, List<?> to) {
        int prefix = 0;
        while (prefix < from.size() && prefix < to.size() && Objects.equals(from.get(prefix), to.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < from.size() - prefix && suffix < to.size() - prefix
                && Objects.equals(from.get(from.size() - 1 - suffix), to.get(to.size() - 1 - suffix))) {
            suffix++;
        }
        int n = from.size() - prefix - suffix;
        int m = to.size() - prefix - suffix;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = Objects.equals(from.get(prefix + i), to.get(prefix + j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<ListSteps> raw = new ArrayList<>();
        for (int k = 0; k < prefix; k++) {
            raw.add(new ListSteps(Kind.KEEP, k, k));
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && Objects.equals(from.get(prefix + i), to.get(prefix + j))) {
                raw.add(new ListSteps(Kind.KEEP, prefix + i++, prefix + j++));
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                raw.add(new ListSteps(Kind.ADD, -1, prefix + j++));
            } else {
                raw.add(new ListSteps(Kind.REMOVE, prefix + i++, -1));
            }
        }
        for (int k = 0; k < suffix; k++) {
            raw.add(new ListSteps(Kind.KEEP, from.size() - suffix + k, to.size() - suffix + k));
        }
        return pair(raw);
    }

    /** Between two kept items, the removed and added items pair up in order as changed items. */
    private static List<ListSteps> pair(List<ListSteps> raw) {
        List<ListSteps> out = new ArrayList<>();
        int k = 0;
        while (k < raw.size()) {
            if (raw.get(k).kind() == Kind.KEEP) {
                out.add(raw.get(k++));
                continue;
            }
            List<ListSteps> removed = new ArrayList<>();
            List<ListSteps> added = new ArrayList<>();
            while (k < raw.size() && raw.get(k).kind() != Kind.KEEP) {
                (raw.get(k).kind() == Kind.REMOVE ? removed : added).add(raw.get(k));
                k++;
            }
            int pairs = Math.min(removed.size(), added.size());
            for (int p = 0; p < pairs; p++) {
                out.add(new ListSteps(Kind.CHANGE, removed.get(p).from(), added.get(p).to()));
            }
            removed.subList(0, pairs).clear();
            added.subList(0, pairs).clear();
            out.addAll(removed);
            out.addAll(added);
        }
        return out;
    }
}
