package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
 * tree with the same changes), so that {@link #check} can read the result back and report any
 * difference nobody asked for.
 */
final class YamlPatch {
    /** A replacement of the text in {@code [start, end)}; insertions have {@code start == end} and keep their order. */
    record Edit(int start, int end, String text, int order) {
    }

    /** The edits, and the metadata (plain values) the patched front matter must read back as. */
    record Result(List<Edit> edits, Map<String, Object> expected) {
    }

    /** A change this patcher cannot place node by node (an aliased node, say): the caller re-renders that key. */
    private static final class Unplaceable extends Exception {
        private static final long serialVersionUID = 1L;

        Unplaceable() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final String eol;
    private final int yamlEnd;
    private final List<Edit> edits = new ArrayList<>();
    private int order;

    private YamlPatch(String text, String eol, int yamlEnd) {
        this.text = text;
        this.eol = eol;
        this.yamlEnd = yamlEnd;
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

    /**
     * The paths where {@code readBack} (the patched front matter as parsed) differs from what the
     * patch meant ({@code expected}); empty when the patch did exactly what was asked.
     */
    static List<String> check(Map<String, Object> expected, MetaNode readBack) {
        List<String> differences = new ArrayList<>();
        compare("", expected, plain(readBack), differences);
        return differences;
    }

    /**
     * The paths of {@code original} that the card's metadata ({@code carried}, plain values) has no
     * place for: keys inside modelled values that the model does not know ({@code dataset.revision_note},
     * say) and list items it skipped. Keys whose value is empty, null or {@code false} are not counted:
     * they say nothing the card's defaults do not.
     */
    static List<String> uncarried(Map<String, Object> carried, Mapping original) {
        List<String> paths = new ArrayList<>();
        uncarried("", carried, original, paths);
        return paths;
    }

    private static void uncarried(String path, Object carried, MetaNode original, List<String> paths) {
        if (original instanceof Mapping map) {
            Map<?, ?> kept = carried instanceof Map<?, ?> m ? m : Map.of();
            for (MetaNode.Entry entry : map.entries()) {
                String at = join(path, entry.key());
                if (kept.containsKey(entry.key())) {
                    uncarried(at, kept.get(entry.key()), entry.value(), paths);
                } else if (!saysNothing(entry.value())) {
                    paths.add(at);
                }
            }
        } else if (original instanceof Sequence seq) {
            List<?> kept = carried instanceof List<?> l ? l : List.of();
            int[] at = align(seq.items(), kept);
            if (at == null) {
                paths.add(path);
                return;
            }
            int next = 0;
            for (int i = 0; i < seq.items().size(); i++) {
                if (next < at.length && at[next] == i) {
                    uncarried(path + "[" + i + "]", kept.get(next++), seq.items().get(i), paths);
                } else if (!saysNothing(seq.items().get(i))) {
                    paths.add(path + "[" + i + "]");
                }
            }
        }
    }

    private static boolean saysNothing(MetaNode node) {
        return node instanceof Scalar s && (s.isNull() || s.text().isBlank() || s.text().equalsIgnoreCase("false"));
    }

    // ---------------------------------------------------------------- the top level

    /** Each top-level key on its own, so that one key that cannot be placed node by node does not spoil the rest. */
    private Map<String, Object> root(Mapping root, Map<String, Object> base, Map<String, Object> card) {
        Map<String, Object> expected = plainMap(root);
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
                expected.put(key, plainNew(after));
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
        int start = lineStart(entry.keySpan().start());
        int end = lineEndAfter(Math.max(entry.keySpan().end(), knownEnd(entry.value(), entry.keySpan().end())));
        edits.add(new Edit(start, end, YamlWriter.entry(key, value, column(entry.keySpan().start()), eol), order++));
    }

    private static int knownEnd(MetaNode node, int fallback) {
        return node.span().isKnown() ? node.span().end() : fallback;
    }

    // ---------------------------------------------------------------- one node

    /** Patches {@code original} (whose value was {@code before}) to {@code after}; returns what it must read back as. */
    private Object node(MetaNode original, Object before, Object after, MetaNode parent, MetaNode.Entry entry)
            throws Unplaceable {
        if (Objects.equals(before, after)) {
            return plain(original);
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
            return plainNew(after);
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
        Map<String, Object> expected = plainMap(original);
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
        int[] at = align(original.items(), before);
        if (at == null) {
            return Optional.empty();
        }
        List<Object> expected = new ArrayList<>();
        original.items().forEach(item -> expected.add(plain(item)));
        // in document order, so that edits at one place come out in the order made; shift tracks how
        // far the expected list has moved from the original's indices
        int shift = 0;
        int previous = -1;
        for (Step step : Step.script(before, after)) {
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
                    expected.add(previous + 1 + shift, plainNew(after.get(step.to())));
                    shift++;
                }
            }
        }
        return Optional.of(expected);
    }

    /** For each item of {@code wanted}, the index of the original item it was read from, in order; null when one has none. */
    private static int[] align(List<MetaNode> original, List<?> wanted) {
        int[] at = new int[wanted.size()];
        if (original.size() == wanted.size()) {
            // the reader skipped nothing: item i came from item i (however loosely its scalars were read)
            for (int i = 0; i < at.length; i++) {
                at[i] = i;
            }
            return at;
        }
        int next = 0;
        for (int i = 0; i < wanted.size(); i++) {
            while (next < original.size() && !compatible(original.get(next), wanted.get(i))) {
                next++;
            }
            if (next == original.size()) {
                return null;
            }
            at[i] = next++;
        }
        return at;
    }

    /** Whether the card's value could have been read from {@code node}: equal scalars, and every modelled key present. */
    private static boolean compatible(MetaNode node, Object value) {
        if (value instanceof Map<?, ?> map) {
            if (!(node instanceof Mapping mapping)) {
                return false;
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Optional<MetaNode> child = mapping.get(String.valueOf(e.getKey()));
                if (child.isEmpty() || !compatible(child.get(), e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof List<?> list) {
            return node instanceof Sequence seq && align(seq.items(), list) != null;
        }
        return node instanceof Scalar scalar && scalar.text().equals(scalarText(value));
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
            expected.put(key, plainNew(value));
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
        int column = column(entries.get(0).keySpan().start());
        if (previous != null) {
            int end = knownEnd(previous.value(), previous.keySpan().end());
            if (flow) {
                edits.add(new Edit(end, end, ", " + scalarKey(key) + ": " + YamlWriter.flow(value), this.order++));
            } else {
                int at = lineEndAfter(end);
                edits.add(new Edit(at, at, YamlWriter.entry(key, value, column, eol), this.order++));
            }
            putAfter(expected, previous.key(), key, plainNew(value));
        } else {
            int start = following.keySpan().start();
            if (flow) {
                edits.add(new Edit(start, start, scalarKey(key) + ": " + YamlWriter.flow(value) + ", ", this.order++));
            } else if (firstOnLine(start)) {
                int at = lineStart(start);
                edits.add(new Edit(at, at, YamlWriter.entry(key, value, column, eol), this.order++));
            } else {
                // the first key shares its line with a list dash: the new key takes the dash, the old one moves down
                String lines = YamlWriter.entry(key, value, column, eol).substring(column);
                edits.add(new Edit(start, start, lines + " ".repeat(column), this.order++));
            }
            putBefore(expected, following.key(), key, plainNew(value));
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
        } else if (firstOnLine(keyStart)) {
            edits.add(new Edit(lineStart(keyStart), lineEndAfter(end), "", order++));
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
            String entryText = YamlWriter.entry("k", value, column(entry.keySpan().start()), eol);
            String afterKey = entryText.substring(entryText.indexOf(':'));
            rendered = afterKey.endsWith(eol) ? afterKey.substring(0, afterKey.length() - eol.length()) : afterKey;
        }
        edits.add(new Edit(keyEnd, end, rendered, order++));
        return plainNew(value);
    }

    private Object replaceItem(Sequence parent, MetaNode item, Object value) throws Unplaceable {
        int start = item.span().start();
        int end = item.span().end();
        String rendered;
        if (parent.span().style() == Style.FLOW || !(value instanceof Map<?, ?>)) {
            rendered = value instanceof Map || value instanceof List ? YamlWriter.flow(value) : YamlWriter.scalarValue(value);
        } else {
            int dash = dash(item);
            int column = column(dash);
            String lines = YamlWriter.item(value, column, eol).substring(column + 2);
            rendered = lines.endsWith(eol) ? lines.substring(0, lines.length() - eol.length()) : lines;
        }
        edits.add(new Edit(start, end, rendered, order++));
        return plainNew(value);
    }

    private void removeItem(Sequence seq, int index) throws Unplaceable {
        List<MetaNode> items = seq.items();
        MetaNode item = items.get(index);
        if (!item.span().isKnown()) {
            throw new Unplaceable();
        }
        if (seq.span().style() == Style.FLOW) {
            if (index + 1 < items.size()) {
                edits.add(new Edit(item.span().start(), start(items.get(index + 1)), "", order++));
            } else if (index > 0) {
                edits.add(new Edit(end(items.get(index - 1)), item.span().end(), "", order++));
            } else {
                edits.add(new Edit(item.span().start(), item.span().end(), "", order++));
            }
            return;
        }
        int dash = dash(item);
        if (!firstOnLine(dash)) {
            throw new Unplaceable();
        }
        edits.add(new Edit(lineStart(dash), lineEndAfter(item.span().end()), "", order++));
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
                int at = end(items.get(after));
                edits.add(new Edit(at, at, ", " + YamlWriter.flow(value), rank));
            } else {
                int at = start(items.get(0));
                edits.add(new Edit(at, at, YamlWriter.flow(value) + ", ", rank));
            }
            return;
        }
        MetaNode anchor = items.get(Math.max(after, 0));
        int dash = dash(anchor);
        if (!firstOnLine(dash)) {
            throw new Unplaceable();
        }
        int at = after >= 0 ? lineEndAfter(end(anchor)) : lineStart(dash);
        edits.add(new Edit(at, at, YamlWriter.item(value, column(dash), eol), rank));
    }

    private static int start(MetaNode node) throws Unplaceable {
        if (!node.span().isKnown()) {
            throw new Unplaceable();
        }
        return node.span().start();
    }

    private static int end(MetaNode node) throws Unplaceable {
        if (!node.span().isKnown()) {
            throw new Unplaceable();
        }
        return node.span().end();
    }

    /** The {@code -} that introduces a block list item: the first non-blank character before the item. */
    private int dash(MetaNode item) throws Unplaceable {
        int i = start(item) - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i--;
        }
        if (i < 0 || text.charAt(i) != '-') {
            throw new Unplaceable();
        }
        return i;
    }

    private int lineStart(int at) {
        int i = at;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /** The start of the line after the one {@code at} is on (comments on that line go with it). */
    private int lineEndAfter(int at) {
        int i = Math.max(at, 0);
        if (i > 0 && i <= text.length() && (text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r')
                && !(text.charAt(i - 1) == '\r' && i < text.length() && text.charAt(i) == '\n')) {
            return i;
        }
        while (i < yamlEnd && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        if (i < yamlEnd && text.charAt(i) == '\r') {
            i++;
        }
        if (i < yamlEnd && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }

    private int column(int at) {
        return at - lineStart(at);
    }

    private boolean firstOnLine(int at) {
        for (int i = lineStart(at); i < at; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- plain trees

    /** A node as plain values: scalars as their text, mappings in order, lists. */
    static Object plain(MetaNode node) {
        if (node instanceof Mapping map) {
            return plainMap(map);
        }
        if (node instanceof Sequence seq) {
            List<Object> items = new ArrayList<>();
            seq.items().forEach(item -> items.add(plain(item)));
            return items;
        }
        return ((Scalar) node).text();
    }

    private static Map<String, Object> plainMap(Mapping map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.entries().forEach(e -> out.put(e.key(), plain(e.value())));
        return out;
    }

    /** A new value as it will read back: the same shape, scalars as their text. */
    private static Object plainNew(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plainNew(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(plainNew(item)));
            return out;
        }
        return scalarText(value);
    }

    /** Writer values (with {@link YamlWriter.Raw} scalars) as plain values. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> plainValues(Map<String, Object> values) {
        return (Map<String, Object>) plainNew(values);
    }

    private static String scalarText(Object value) {
        return value instanceof YamlWriter.Raw raw ? raw.text() : String.valueOf(value);
    }

    private static void putAfter(Map<String, Object> map, String previous, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        map.clear();
        copy.forEach((k, v) -> {
            map.put(k, v);
            if (k.equals(previous)) {
                map.put(key, value);
            }
        });
        map.putIfAbsent(key, value);
    }

    private static void putBefore(Map<String, Object> map, String following, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        map.clear();
        copy.forEach((k, v) -> {
            if (k.equals(following)) {
                map.put(key, value);
            }
            map.put(k, v);
        });
        map.putIfAbsent(key, value);
    }

    private static void compare(String path, Object expected, Object actual, List<String> differences) {
        if (differences.size() >= 20) {
            return;
        }
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            if (!new ArrayList<>(e.keySet()).equals(new ArrayList<>(a.keySet()))) {
                for (Object key : e.keySet()) {
                    if (!a.containsKey(key)) {
                        differences.add(join(path, key) + " (removed)");
                    }
                }
                for (Object key : a.keySet()) {
                    if (!e.containsKey(key)) {
                        differences.add(join(path, key) + " (added)");
                    }
                }
                if (e.keySet().equals(a.keySet())) {
                    differences.add(path.isEmpty() ? "key order" : path + " (key order)");
                }
            }
            for (Map.Entry<?, ?> entry : e.entrySet()) {
                if (a.containsKey(entry.getKey())) {
                    compare(join(path, entry.getKey()), entry.getValue(), a.get(entry.getKey()), differences);
                }
            }
        } else if (expected instanceof List<?> e && actual instanceof List<?> a) {
            if (e.size() != a.size()) {
                differences.add(path + " (" + e.size() + " items expected, " + a.size() + " found)");
                return;
            }
            for (int i = 0; i < e.size(); i++) {
                compare(path + "[" + i + "]", e.get(i), a.get(i), differences);
            }
        } else if (!Objects.equals(expected, actual)) {
            differences.add(path.isEmpty() ? "front matter" : path);
        }
    }

    private static String join(String path, Object key) {
        return path.isEmpty() ? String.valueOf(key) : path + "." + key;
    }

    /** One step of the edit script from one list to another. */
    private record Step(Kind kind, int from, int to) {
        enum Kind { KEEP, CHANGE, REMOVE, ADD }

        /** Keeps the longest common subsequence; a run of removals next to a run of additions pairs up as changes. */
        static List<Step> script(List<?> from, List<?> to) {
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
            List<Step> raw = new ArrayList<>();
            for (int k = 0; k < prefix; k++) {
                raw.add(new Step(Kind.KEEP, k, k));
            }
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && Objects.equals(from.get(prefix + i), to.get(prefix + j))) {
                    raw.add(new Step(Kind.KEEP, prefix + i++, prefix + j++));
                } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                    raw.add(new Step(Kind.ADD, -1, prefix + j++));
                } else {
                    raw.add(new Step(Kind.REMOVE, prefix + i++, -1));
                }
            }
            for (int k = 0; k < suffix; k++) {
                raw.add(new Step(Kind.KEEP, from.size() - suffix + k, to.size() - suffix + k));
            }
            return pair(raw);
        }

        /** Between two kept items, the removed and added items pair up in order as changed items. */
        private static List<Step> pair(List<Step> raw) {
            List<Step> out = new ArrayList<>();
            int k = 0;
            while (k < raw.size()) {
                if (raw.get(k).kind() == Kind.KEEP) {
                    out.add(raw.get(k++));
                    continue;
                }
                List<Step> removed = new ArrayList<>();
                List<Step> added = new ArrayList<>();
                while (k < raw.size() && raw.get(k).kind() != Kind.KEEP) {
                    (raw.get(k).kind() == Kind.REMOVE ? removed : added).add(raw.get(k));
                    k++;
                }
                int pairs = Math.min(removed.size(), added.size());
                for (int p = 0; p < pairs; p++) {
                    out.add(new Step(Kind.CHANGE, removed.get(p).from(), added.get(p).to()));
                }
                removed.subList(0, pairs).clear();
                added.subList(0, pairs).clear();
                out.addAll(removed);
                out.addAll(added);
            }
            return out;
        }
    }
}
