package org.modelcards.core.format.hf;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelcards.core.format.MetaNode;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.format.TextPosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses front matter YAML safely into a {@link MetaNode} tree with file positions. Only composes
 * nodes (never constructs Java objects, so no type can be instantiated), with limits on aliases,
 * nesting, size and total nodes, so an alias bomb or a recursive alias is one problem, not a hang.
 */
public final class YamlMetadata {
    /** Aliases are rare in card metadata; a few are fine, a bomb is not. */
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 64;
    static final int MAX_NODES = 100_000;
    static final int MAX_CODE_POINTS = 5 * 1024 * 1024;
    /**
     * The longest run of characters without a space or line end that is read: SnakeYAML's reader
     * copies its buffer for every step through such a run, so its time grows with the square of
     * the run (4.9 million characters took 12 s here; a million takes about half a second).
     */
    static final int MAX_UNBROKEN_RUN = 1_000_000;
    private static final Pattern ALIAS = Pattern.compile("(?<=[\\s\\[{,:-])\\*[^\\s,\\]}]+");

    private YamlMetadata() {
    }

    /** The result: the tree, or the one problem that stopped reading it. */
    public record Result(Optional<MetaNode> tree, Optional<ReadProblem> problem) {
    }

    /**
     * Parses {@code yaml}, which starts on line {@code firstLine} of {@code source}, so positions are
     * the file's. An empty document is an empty mapping.
     */
    public static Result parse(String yaml, int firstLine, String source) {
        return parse(yaml, firstLine, 0, source);
    }

    /**
     * As {@link #parse(String, int, String)}, for YAML that starts at character {@code offset} of the
     * file, so that node spans are offsets into the file.
     */
    public static Result parse(String yaml, int firstLine, int offset, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        Yaml parser = new Yaml(new SafeConstructor(options));
        int run = longRunStart(yaml);
        if (run >= 0) {
            TextPosition inYaml = TextPosition.of(yaml, run);
            return failure(ReadProblem.YAML_LIMIT, source, new TextPosition(firstLine + inYaml.line() - 1, inYaml.column()),
                    "a value here runs over " + MAX_UNBROKEN_RUN + " characters without a space or line break:"
                            + " refused as too long to read");
        }
        Node root;
        try {
            root = parser.compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            return failure(ReadProblem.YAML_SYNTAX, source, at(mark, firstLine), "invalid YAML in front matter: "
                    + describe(e));
        } catch (YAMLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("aliases")) {
                return failure(ReadProblem.YAML_LIMIT, source, firstAlias(yaml, firstLine),
                        "too many YAML aliases (over " + MAX_ALIASES + "): refused as a possible alias bomb");
            }
            return failure(ReadProblem.YAML_LIMIT, source, new TextPosition(firstLine, 1), "front matter refused: " + message);
        } catch (StackOverflowError e) {
            return failure(ReadProblem.YAML_LIMIT, source, new TextPosition(firstLine, 1), "front matter nested too deeply");
        }
        if (root == null) {
            return new Result(Optional.of(new MetaNode.Mapping(List.of(), new TextPosition(firstLine, 1))), Optional.empty());
        }
        try {
            Converter converter = new Converter(yaml, firstLine, offset, source);
            converter.countReferences(root);
            return new Result(Optional.of(converter.convert(root, 0, false)), Optional.empty());
        } catch (Refused e) {
            return new Result(Optional.empty(), Optional.of(e.problem));
        }
    }

    /** Where the first run of over {@link #MAX_UNBROKEN_RUN} non-blank characters starts, or -1. */
    private static int longRunStart(String yaml) {
        if (yaml.length() <= MAX_UNBROKEN_RUN) {
            return -1;
        }
        int start = 0;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                start = i + 1;
            } else if (i - start >= MAX_UNBROKEN_RUN) {
                return start;
            }
        }
        return -1;
    }

    private static Result failure(String code, String source, TextPosition at, String message) {
        return new Result(Optional.empty(), Optional.of(new ReadProblem(code, source, at.line(), at.column(), message)));
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        if (problem.contains("'\\t'") || problem.contains("\\t(TAB)") || problem.contains("TAB")) {
            return problem + " (YAML does not allow tabs for indentation: use spaces)";
        }
        return context.isEmpty() ? problem : context + ", " + problem;
    }

    static TextPosition at(Mark mark, int firstLine) {
        return mark == null ? new TextPosition(firstLine, 1) : new TextPosition(firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    private static TextPosition firstAlias(String yaml, int firstLine) {
        Matcher alias = ALIAS.matcher(yaml);
        if (alias.find()) {
            TextPosition inYaml = TextPosition.of(yaml, alias.start());
            return new TextPosition(firstLine + inYaml.line() - 1, inYaml.column());
        }
        return new TextPosition(firstLine, 1);
    }

    /** A limit or shape rule broken while converting; carries the problem out of the recursion. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ReadProblem problem;

        Refused(ReadProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /**
     * Walks the composed graph once, guarding against cycles (recursive aliases), node explosions and
     * aliases that multiply one long scalar. A node reached through an alias has no span of its own
     * (its text is the anchor's), so it and everything below it get {@link MetaNode.Span#NONE}.
     */
    private static final class Converter {
        private final String yaml;
        private final int firstLine;
        private final int offset;
        private final String source;
        private final boolean surrogates;
        private final Map<Node, Boolean> onPath = new IdentityHashMap<>();
        private final Map<Node, Integer> references = new IdentityHashMap<>();
        private int nodes;
        private long characters;

        Converter(String yaml, int firstLine, int offset, String source) {
            this.yaml = yaml;
            this.firstLine = firstLine;
            this.offset = offset;
            this.source = source;
            this.surrogates = yaml.codePoints().count() != yaml.length();
        }

        /** Counts how often each node is reached, without descending twice, so aliased nodes are known. */
        void countReferences(Node root) {
            java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
            todo.push(root);
            while (!todo.isEmpty()) {
                Node node = todo.pop();
                if (references.merge(node, 1, Integer::sum) > 1) {
                    continue;
                }
                if (node instanceof SequenceNode sequence) {
                    sequence.getValue().forEach(todo::push);
                } else if (node instanceof MappingNode mapping) {
                    for (NodeTuple tuple : mapping.getValue()) {
                        todo.push(tuple.getKeyNode());
                        todo.push(tuple.getValueNode());
                    }
                }
            }
        }

        /** The file offset of a mark (SnakeYAML counts code points). */
        private int offsetOf(Mark mark) {
            int index = mark.getIndex();
            if (surrogates) {
                try {
                    index = yaml.offsetByCodePoints(0, Math.min(index, yaml.codePointCount(0, yaml.length())));
                } catch (IndexOutOfBoundsException e) {
                    index = yaml.length();
                }
            }
            return offset + Math.min(index, yaml.length());
        }

        private MetaNode.Span span(Node node, MetaNode.Style style, boolean shared) {
            if (shared || node.getStartMark() == null || node.getEndMark() == null) {
                return MetaNode.Span.NONE;
            }
            int start = offsetOf(node.getStartMark());
            int end = offsetOf(node.getEndMark());
            if (style == MetaNode.Style.LITERAL || style == MetaNode.Style.FOLDED) {
                while (end > start && Character.isWhitespace(yaml.charAt(end - offset - 1))) {
                    end--;
                }
            }
            return new MetaNode.Span(start, Math.max(start, end), style);
        }

        private static MetaNode.Style style(ScalarNode scalar) {
            return switch (scalar.getScalarStyle()) {
                case SINGLE_QUOTED -> MetaNode.Style.SINGLE_QUOTED;
                case DOUBLE_QUOTED -> MetaNode.Style.DOUBLE_QUOTED;
                case LITERAL -> MetaNode.Style.LITERAL;
                case FOLDED -> MetaNode.Style.FOLDED;
                default -> MetaNode.Style.PLAIN;
            };
        }

        /** A block collection ends where its last value ends, not where SnakeYAML's block-end token sits. */
        private static MetaNode.Span lastEnd(MetaNode.Span own, MetaNode last) {
            if (!own.isKnown() || own.style() == MetaNode.Style.FLOW || last == null || !last.span().isKnown()) {
                return own;
            }
            return new MetaNode.Span(own.start(), last.span().end(), own.style());
        }

        MetaNode convert(Node node, int depth, boolean sharedAbove) throws Refused {
            TextPosition at = at(node.getStartMark(), firstLine);
            boolean shared = sharedAbove || references.getOrDefault(node, 1) > 1;
            if (++nodes > MAX_NODES) {
                throw refuse(ReadProblem.YAML_LIMIT, at, "front matter expands to more than " + MAX_NODES
                        + " values: refused as a possible alias bomb");
            }
            if (depth > MAX_DEPTH) {
                throw refuse(ReadProblem.YAML_LIMIT, at, "front matter nested more than " + MAX_DEPTH + " levels deep");
            }
            if (onPath.put(node, Boolean.TRUE) != null) {
                throw refuse(ReadProblem.YAML_LIMIT, at, "a YAML alias refers to itself: recursive values are not allowed");
            }
            try {
                if (node instanceof ScalarNode scalar) {
                    characters += scalar.getValue().length();
                    if (characters > MAX_CODE_POINTS) {
                        throw refuse(ReadProblem.YAML_LIMIT, at, "front matter expands to more than " + MAX_CODE_POINTS
                                + " characters (aliases repeat their text): refused as a possible alias bomb");
                    }
                    return new MetaNode.Scalar(scalar.getValue(), type(scalar), at, span(scalar, style(scalar), shared));
                }
                MetaNode.Style collectionStyle = ((org.yaml.snakeyaml.nodes.CollectionNode<?>) node).getFlowStyle()
                        == org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW ? MetaNode.Style.FLOW : MetaNode.Style.BLOCK;
                if (node instanceof SequenceNode sequence) {
                    List<MetaNode> items = new ArrayList<>(sequence.getValue().size());
                    for (Node item : sequence.getValue()) {
                        items.add(convert(item, depth + 1, shared));
                    }
                    MetaNode last = items.isEmpty() ? null : items.get(items.size() - 1);
                    return new MetaNode.Sequence(items, at, lastEnd(span(node, collectionStyle, shared), last));
                }
                MappingNode mapping = (MappingNode) node;
                List<MetaNode.Entry> entries = new ArrayList<>(mapping.getValue().size());
                Set<String> keys = new HashSet<>();
                Set<String> explicit = new HashSet<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key && !Tag.MERGE.equals(key.getTag())) {
                        explicit.add(key.getValue());
                    }
                }
                for (NodeTuple tuple : mapping.getValue()) {
                    TextPosition keyAt = at(tuple.getKeyNode().getStartMark(), firstLine);
                    if (tuple.getKeyNode() instanceof ScalarNode merge && Tag.MERGE.equals(merge.getTag())) {
                        merge(tuple.getValueNode(), depth, keyAt, explicit, keys, entries);
                        continue;
                    }
                    if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                        throw refuse(ReadProblem.YAML_SYNTAX, keyAt, "metadata keys must be plain text, not lists or mappings");
                    }
                    if (!keys.add(key.getValue())) {
                        throw refuse(ReadProblem.YAML_DUPLICATE_KEY, keyAt, "duplicate key \"" + key.getValue()
                                + "\": a key may appear once in a mapping");
                    }
                    entries.add(new MetaNode.Entry(key.getValue(), keyAt, convert(tuple.getValueNode(), depth + 1, shared),
                            at(tuple.getValueNode().getEndMark(), firstLine), span(key, style(key), shared)));
                }
                MetaNode last = entries.isEmpty() ? null : entries.get(entries.size() - 1).value();
                return new MetaNode.Mapping(entries, at, lastEnd(span(node, collectionStyle, shared), last));
            } finally {
                onPath.remove(node);
            }
        }

        /**
         * A YAML 1.1 merge key ({@code <<: *defaults}, or a list of them): the merged mappings'
         * entries join this mapping where the merge key stands, except keys this mapping sets itself
         * or an earlier merged mapping already gave. They are the anchor's nodes, so they have no span.
         */
        private void merge(Node value, int depth, TextPosition at, Set<String> explicit, Set<String> keys,
                List<MetaNode.Entry> entries) throws Refused {
            List<Node> sources = value instanceof SequenceNode list ? list.getValue() : List.of(value);
            for (Node source : sources) {
                if (!(source instanceof MappingNode)) {
                    throw refuse(ReadProblem.YAML_SYNTAX, at, "a merge key (<<) takes a mapping or a list of mappings");
                }
                MetaNode merged = convert(source, depth + 1, true);
                for (MetaNode.Entry entry : ((MetaNode.Mapping) merged).entries()) {
                    if (!explicit.contains(entry.key()) && keys.add(entry.key())) {
                        entries.add(new MetaNode.Entry(entry.key(), entry.keyAt(), entry.value(), entry.endAt(),
                                MetaNode.Span.NONE));
                    }
                }
            }
        }

        private Refused refuse(String code, TextPosition at, String message) {
            return new Refused(new ReadProblem(code, source, at.line(), at.column(), message));
        }

        /** YAML 1.2's booleans, as the Hub (JavaScript) reads them: {@code yes}, {@code no}, {@code on} are strings. */
        private static final Set<String> BOOLEANS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");

        /**
         * A scalar's type as the Hub reads it. SnakeYAML resolves as YAML 1.1 does, where {@code no}
         * is false (so {@code language: no}, Norwegian, would be a boolean); the Hub's parser follows
         * YAML 1.2, where only {@code true} and {@code false} are.
         */
        private static MetaNode.ScalarType type(ScalarNode scalar) {
            MetaNode.ScalarType type = type(scalar.getTag());
            return type == MetaNode.ScalarType.BOOLEAN && !BOOLEANS.contains(scalar.getValue())
                    ? MetaNode.ScalarType.STRING : type;
        }

        private static MetaNode.ScalarType type(Tag tag) {
            if (Tag.INT.equals(tag)) {
                return MetaNode.ScalarType.INTEGER;
            }
            if (Tag.FLOAT.equals(tag)) {
                return MetaNode.ScalarType.FLOAT;
            }
            if (Tag.BOOL.equals(tag)) {
                return MetaNode.ScalarType.BOOLEAN;
            }
            if (Tag.NULL.equals(tag)) {
                return MetaNode.ScalarType.NULL;
            }
            return MetaNode.ScalarType.STRING;
        }
    }
}
