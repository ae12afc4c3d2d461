package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.modelcards.core.format.MetaNode;
import org.modelcards.core.format.MetaNode.Mapping;
import org.modelcards.core.format.MetaNode.Scalar;
import org.modelcards.core.format.MetaNode.Sequence;
import org.modelcards.core.format.MetaNode.Style;

/**
 * Patches front matter node by node. It compares the metadata the card had when read ({@code base})
 * with the metadata it has now ({@code card}), both as plain values (Strings, {@link YamlWriter.Raw},
 * Lists, Maps), and turns each difference into an edit of the original text at the node's position:
 * a changed scalar replaces only that scalar, in its quoting style; a new key or list item is written
 * beside its siblings in their style (block or flow, their indentation); a removed one takes only its
 * own lines. Nothing the card does not model is ever touched, because it is equal in both.
 *
 * <p>Alongside the text it computes the metadata tree the patched text must parse to (the original
 * tree with the same changes), so that {@link PlainTrees#check} can read the result back and report any
 * difference nobody asked for.
 */
final class YamlPatch {
    /** A replacement of the text in {@code [start, end)}; insertions have {@code start == end} and keep their order. */
    record Edit(int start, int end, String text, int order) {
    }

    /** The edits, and the metadata (plain values) the patched front matter must read back as. */
    record Result(List<Edit> edits, Map<String, Object> expected) {
    }

    private final String text;
    private final String eol;
    private final int yamlEnd;
    private final YamlLines lines;
    private final List<Edit> edits = new ArrayList<>();
    private int order;

    private YamlPatch(String text, String eol, int yamlEnd) {
        this.text = text;
        this.eol = eol;
        this.yamlEnd = yamlEnd;
        this.lines = new YamlLines(text, yamlEnd);
    }

    /**
     * The edits that turn {@code root} (the original front matter of {@code text}, ending at
     * {@code yamlEnd}) from {@code base} into {@code card}.
     */
    static Result patch(String text, String eol, int yamlEnd, Mapping root, Map<String, Object> base, Map<String, Object> card) {
        YamlPatch patch = new YamlPatch(text, eol, yamlEnd);
        Map<String, Object> expected = patch.root(root, base, card);
        List<Edit> sorted = new ArrayList<>(patch.edits);
        // at one offset, insertions go before a replacement that starts there, and keep the order made
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparing(e -> e.end() != e.start())
                .thenComparingInt(Edit::order));
        return new Result(List.copyOf(sorted), expected);
    }

    // ---------------------------------------------------------------- the top level

    /** Each top-level key on its own, so that one key that cannot be placed node by node does not spoil the rest. */
    private Map<String, Object> root(Mapping root, Map<String, Object> base, Map<String, Object> card) {
        Map<String, Object> expected = PlainTrees.plainMap(root);
        if (Objects.equals(base, card)) {
            return expected;
        }
        List<String> keys = keyOrder(base, card);
        for (String key : keys) {
            int mark = edits.size();
            try {
                key(root, key, base.get(key), card.get(key), keys, expected);
            } catch (Unplaceable e) {
                edits.subList(mark, edits.size()).clear();
                Optional<MetaNode.Entry> entry = root.entry(key);
                Object after = card.get(key);
                if (after == null || entry.isEmpty() || !entry.get().keySpan().isKnown()) {
                    // nowhere to put it node by node: the loss check will say so
                    continue;
                }
                rewriteEntry(entry.get(), key, after);
                expected.put(key, PlainTrees.plainNew(after));
            }
        }
        return expected;
    }

    /** The card's keys in its order, then the keys it no longer has. */
    private static List<String> keyOrder(Map<String, Object> before, Map<String, Object> after) {
        List<String> keys = new ArrayList<>(after.keySet());
        before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(keys::add);
        return keys;
    }

    /** One key of a mapping from {@code b} to {@code a}: removed, inserted, or patched in place. */
    private void key(Mapping original, String key, Object b, Object a, List<String> keys, Map<String, Object> expected)
            throws Unplaceable {
        if (Objects.equals(b, a)) {
            return;
        }
        Optional<MetaNode.Entry> entry = original.entry(key);
        if (entry.isPresent() && !entry.get().keySpan().isKnown()) {
            throw new Unplaceable();
        }
        if (a == null) {
            if (entry.isPresent()) {
                removeEntry(original, entry.get());
                expected.remove(key);
            }
        } else if (entry.isEmpty()) {
            insertEntry(original, key, a, keys, expected);
        } else if (b == null) {
            expected.put(key, replaceEntryValue(original, entry.get(), a));
        } else {
            expected.put(key, node(entry.get().value(), b, a, original, entry.get()));
        }
    }

    /** The last resort for one key: its whole entry written anew (only for values this patcher cannot place). */
    private void rewriteEntry(MetaNode.Entry entry, String key, Object value) {
        int start = lines.lineStart(entry.keySpan().start());
        int end = lines.lineEndAfter(Math.max(entry.keySpan().end(), knownEnd(entry.value(), entry.keySpan().end())));
        edits.add(new Edit(start, end, YamlWriter.entry(key, value, lines.column(entry.keySpan().start()), eol), order++));
    }

    private static int knownEnd(MetaNode node, int fallback) {
        return node.span().isKnown() ? node.span().end() : fallback;
    }

    // ---------------------------------------------------------------- one node

    /** Patches {@code original} (whose value was {@code before}) to {@code after}; returns what it must read back as. */
    private Object node(MetaNode original, Object before, Object after, MetaNode parent, MetaNode.Entry entry)
            throws Unplaceable {
        if (Objects.equals(before, after)) {
            return PlainTrees.plain(original);
        }
        if (!original.span().isKnown()) {
            throw new Unplaceable();
        }
        if (before instanceof Map<?, ?> b && after instanceof Map<?, ?> a && original instanceof Mapping map) {
            return mapping(map, cast(b), cast(a));
        }
        // removing every item of a block list would leave "key:" (null), not an empty list: write [] instead
        if (before instanceof List<?> b && after instanceof List<?> a && original instanceof Sequence seq && !a.isEmpty()) {
            Optional<List<Object>> patched = sequence(seq, b, a);
            if (patched.isPresent()) {
                return patched.get();
            }
        }
        if (!(after instanceof Map) && !(after instanceof List) && original instanceof Scalar scalar) {
            edits.add(new Edit(scalar.span().start(), scalar.span().end(), spaced(scalar.span().start(),
                    YamlWriter.scalarLike(scalar.span().style(), after)), order++));
            return PlainTrees.plainNew(after);
        }
        return entry != null ? replaceEntryValue(parent, entry, after) : replaceItem((Sequence) parent, original, after);
    }

    /** An empty value ({@code key:}) sits right after the colon: a new scalar there needs a space. */
    private String spaced(int at, String scalar) {
        return at > 0 && text.charAt(at - 1) == ':' ? " " + scalar : scalar;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private Map<String, Object> mapping(Mapping original, Map<String, Object> before, Map<String, Object> after)
            throws Unplaceable {
        Map<String, Object> expected = PlainTrees.plainMap(original);
        List<String> keys = keyOrder(before, after);
        for (String key : keys) {
            key(original, key, before.get(key), after.get(key), keys, expected);
        }
        return expected;
    }

    /**
     * A list patched item by item: the items of {@code before} are matched to the original's in
     * order (the original may hold items the card skipped), the changes from {@code before} to
     * {@code after} found by longest common subsequence, and a removed item next to an added one is
     * taken as that item changed. Empty when the original cannot be matched.
     */
    private Optional<List<Object>> sequence(Sequence original, List<?> before, List<?> after) throws Unplaceable {
        int[] at = PlainTrees.align(original.items(), before);
        if (at == null) {
            return Optional.empty();
        }
        List<Object> expected = new ArrayList<>();
        original.items().forEach(item -> expected.add(PlainTrees.plain(item)));
        // in document order, so that edits at one place come out in the order made; shift tracks how
        // far the expected list has moved from the original's indices
        int shift = 0;
        int previous = -1;
        for (ListSteps step : ListSteps.script(before, after)) {
            switch (step.kind()) {
                case KEEP -> previous = at[step.from()];
                case CHANGE -> {
                    previous = at[step.from()];
                    MetaNode item = original.items().get(previous);
                    expected.set(previous + shift, node(item, before.get(step.from()), after.get(step.to()), original, null));
                }
                case REMOVE -> {
                    previous = at[step.from()];
                    removeItem(original, previous);
                    expected.remove(previous + shift);
                    shift--;
                }
                case ADD -> {
                    insertItem(original, previous, after.get(step.to()));
                    expected.add(previous + 1 + shift, PlainTrees.plainNew(after.get(step.to())));
                    shift++;
                }
            }
        }
        return Optional.of(expected);
    }

    // ---------------------------------------------------------------- text edits

    private void insertEntry(Mapping map, String key, Object value, List<String> keyOrder, Map<String, Object> expected)
            throws Unplaceable {
        List<MetaNode.Entry> entries = map.entries().stream().filter(e -> e.keySpan().isKnown()).toList();
        if (entries.isEmpty() && !map.entries().isEmpty()) {
            throw new Unplaceable();
        }
        if (entries.isEmpty()) {
            if (map.span().style() == Style.FLOW) {
                edits.add(new Edit(map.span().start() + 1, map.span().start() + 1, scalarKey(key) + ": " + YamlWriter.flow(value),
                        this.order++));
            } else {
                edits.add(new Edit(yamlEnd, yamlEnd, YamlWriter.entry(key, value, eol), this.order++));
            }
            expected.put(key, PlainTrees.plainNew(value));
            return;
        }
        // after the nearest earlier key (in the card's order) that the original has, else before the nearest later one
        int index = keyOrder.indexOf(key);
        MetaNode.Entry previous = null;
        for (int i = index - 1; i >= 0 && previous == null; i--) {
            previous = map.entry(keyOrder.get(i)).filter(e -> e.keySpan().isKnown()).orElse(null);
        }
        MetaNode.Entry following = null;
        if (previous == null) {
            for (int i = index + 1; i < keyOrder.size() && following == null; i++) {
                following = map.entry(keyOrder.get(i)).filter(e -> e.keySpan().isKnown()).orElse(null);
            }
        }
        if (previous == null && following == null) {
            previous = entries.get(entries.size() - 1);
        }
        boolean flow = map.span().style() == Style.FLOW;
        int column = lines.column(entries.get(0).keySpan().start());
        if (previous != null) {
            int end = knownEnd(previous.value(), previous.keySpan().end());
            if (flow) {
                edits.add(new Edit(end, end, ", " + scalarKey(key) + ": " + YamlWriter.flow(value), this.order++));
            } else {
                int at = lines.lineEndAfter(end);
                edits.add(new Edit(at, at, YamlWriter.entry(key, value, column, eol), this.order++));
            }
            PlainTrees.putAfter(expected, previous.key(), key, PlainTrees.plainNew(value));
        } else {
            int start = following.keySpan().start();
            if (flow) {
                edits.add(new Edit(start, start, scalarKey(key) + ": " + YamlWriter.flow(value) + ", ", this.order++));
            } else if (lines.firstOnLine(start)) {
                int at = lines.lineStart(start);
                edits.add(new Edit(at, at, YamlWriter.entry(key, value, column, eol), this.order++));
            } else {
                // the first key shares its line with a list dash: the new key takes the dash, the old one moves down
                String lines = YamlWriter.entry(key, value, column, eol).substring(column);
                edits.add(new Edit(start, start, lines + " ".repeat(column), this.order++));
            }
            PlainTrees.putBefore(expected, following.key(), key, PlainTrees.plainNew(value));
        }
    }

    private static String scalarKey(String key) {
        return YamlWriter.scalar(key);
    }

    private void removeEntry(Mapping map, MetaNode.Entry entry) throws Unplaceable {
        List<MetaNode.Entry> entries = map.entries();
        int index = entries.indexOf(entry);
        if (!entry.keySpan().isKnown() || index + 1 < entries.size() && !entries.get(index + 1).keySpan().isKnown()
                || index > 0 && !entries.get(index - 1).keySpan().isKnown()) {
            throw new Unplaceable();
        }
        int keyStart = entry.keySpan().start();
        int end = knownEnd(entry.value(), entry.keySpan().end());
        if (map.span().style() == Style.FLOW) {
            if (index + 1 < entries.size()) {
                edits.add(new Edit(keyStart, entries.get(index + 1).keySpan().start(), "", order++));
            } else if (index > 0) {
                MetaNode.Entry before = entries.get(index - 1);
                edits.add(new Edit(knownEnd(before.value(), before.keySpan().end()), end, "", order++));
            } else {
                edits.add(new Edit(keyStart, end, "", order++));
            }
        } else if (lines.firstOnLine(keyStart)) {
            edits.add(new Edit(lines.lineStart(keyStart), lines.lineEndAfter(end), "", order++));
        } else if (index + 1 < entries.size()) {
            edits.add(new Edit(keyStart, entries.get(index + 1).keySpan().start(), "", order++));
        } else {
            edits.add(new Edit(keyStart, end, "{}", order++));
        }
    }

    /** The value of {@code entry} written anew after its key, for a value whose shape changed. */
    private Object replaceEntryValue(MetaNode parent, MetaNode.Entry entry, Object value) {
        int keyEnd = entry.keySpan().end();
        int end = Math.max(keyEnd, knownEnd(entry.value(), keyEnd));
        String rendered;
        if (parent.span().style() == Style.FLOW) {
            rendered = ": " + YamlWriter.flow(value);
        } else {
            // the colon may sit after spaces; the value starts after it
            int colon = text.indexOf(':', keyEnd);
            keyEnd = colon >= 0 && colon < end + 1 ? colon : keyEnd;
            String entryText = YamlWriter.entry("k", value, lines.column(entry.keySpan().start()), eol);
            String afterKey = entryText.substring(entryText.indexOf(':'));
            rendered = afterKey.endsWith(eol) ? afterKey.substring(0, afterKey.length() - eol.length()) : afterKey;
        }
        edits.add(new Edit(keyEnd, end, rendered, order++));
        return PlainTrees.plainNew(value);
    }

    private Object replaceItem(Sequence parent, MetaNode item, Object value) throws Unplaceable {
        int start = item.span().start();
        int end = item.span().end();
        String rendered;
        if (parent.span().style() == Style.FLOW || !(value instanceof Map<?, ?>)) {
            rendered = value instanceof Map || value instanceof List ? YamlWriter.flow(value) : YamlWriter.scalarValue(value);
        } else {
            int dash = lines.dash(item);
            int column = lines.column(dash);
            String lines = YamlWriter.item(value, column, eol).substring(column + 2);
            rendered = lines.endsWith(eol) ? lines.substring(0, lines.length() - eol.length()) : lines;
        }
        edits.add(new Edit(start, end, rendered, order++));
        return PlainTrees.plainNew(value);
    }

    private void removeItem(Sequence seq, int index) throws Unplaceable {
        List<MetaNode> items = seq.items();
        MetaNode item = items.get(index);
        if (!item.span().isKnown()) {
            throw new Unplaceable();
        }
        if (seq.span().style() == Style.FLOW) {
            if (index + 1 < items.size()) {
                edits.add(new Edit(item.span().start(), YamlLines.startOf(items.get(index + 1)), "", order++));
            } else if (index > 0) {
                edits.add(new Edit(YamlLines.endOf(items.get(index - 1)), item.span().end(), "", order++));
            } else {
                edits.add(new Edit(item.span().start(), item.span().end(), "", order++));
            }
            return;
        }
        int dash = lines.dash(item);
        if (!lines.firstOnLine(dash)) {
            throw new Unplaceable();
        }
        edits.add(new Edit(lines.lineStart(dash), lines.lineEndAfter(item.span().end()), "", order++));
    }

    /** A new item after the original item {@code after} (-1: before the first), in the list's style. */
    private void insertItem(Sequence seq, int after, Object value) throws Unplaceable {
        List<MetaNode> items = seq.items();
        int rank = order++;
        if (seq.span().style() == Style.FLOW) {
            if (items.isEmpty()) {
                int at = seq.span().start() + 1;
                edits.add(new Edit(at, at, YamlWriter.flow(value), rank));
            } else if (after >= 0) {
                int at = YamlLines.endOf(items.get(after));
                edits.add(new Edit(at, at, ", " + YamlWriter.flow(value), rank));
            } else {
                int at = YamlLines.startOf(items.get(0));
                edits.add(new Edit(at, at, YamlWriter.flow(value) + ", ", rank));
            }
            return;
        }
        MetaNode anchor = items.get(Math.max(after, 0));
        int dash = lines.dash(anchor);
        if (!lines.firstOnLine(dash)) {
            throw new Unplaceable();
        }
        int at = after >= 0 ? lines.lineEndAfter(YamlLines.endOf(anchor)) : lines.lineStart(dash);
        edits.add(new Edit(at, at, YamlWriter.item(value, lines.column(dash), eol), rank));
    }
}
