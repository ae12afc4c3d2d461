package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.modelcards.core.format.MetaNode;
import org.modelcards.core.format.MetaNode.Mapping;
import org.modelcards.core.format.MetaNode.Scalar;
import org.modelcards.core.format.MetaNode.Sequence;

/**
 * Front matter as plain values (scalars as their text, mappings in order, lists) and the
 * comparisons made on them: what a patch must read back as ({@link #check}), what a README's front
 * matter holds that the card has no place for ({@link #uncarried}), and which original list item
 * each of the card's items was read from ({@link #align}).
 *
 * <pre>{@code
 * PlainTrees.plain(mapping);   // {license=mit, tags=[nlp, en]}
 * }</pre>
 */
final class PlainTrees {
    private PlainTrees() {
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

    /** For each item of {@code wanted}, the index of the original item it was read from, in order; null when one has none. */
    static int[] align(List<MetaNode> original, List<?> wanted) {
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

    static Map<String, Object> plainMap(Mapping map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.entries().forEach(e -> out.put(e.key(), plain(e.value())));
        return out;
    }

    /** A new value as it will read back: the same shape, scalars as their text. */
    static Object plainNew(Object value) {
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

    static void putAfter(Map<String, Object> map, String previous, String key, Object value) {
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

    static void putBefore(Map<String, Object> map, String following, String key, Object value) {
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

}
