package org.modelcards.core.format.hf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which card field a README heading holds, and which field a label ({@code - **Label:** value},
 * {@code **Label:** value}, a key/value table row) fills. The mapping is data, kept in
 * {@code card-structure.tsv} beside this package's resources, so that a new card style is a line
 * there and not a branch here. Headings and labels are compared {@linkplain #normalize normalised}.
 */
final class HeadingMap {
    /** A heading that only groups others. */
    static final String GROUP = "";

    private static final String RESOURCE = "/org/modelcards/core/format/hf/card-structure.tsv";
    private static final Pattern OPTIONAL = Pattern.compile("\\[optional]|\\(optional\\)");
    private static final Pattern LEADING_NOISE = Pattern.compile("^[^\\p{L}\\p{N}]+");
    private static final Pattern NUMBERING = Pattern.compile("^(\\d+(\\.\\d+)*\\.?\\)?|[ivx]+[.)])\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The mapping as read once from the resource; immutable. */
    private static final Mapping MAPPING = load();

    private record Mapping(Map<String, String> headings, Map<String, String> groupFields, Map<String, String> labels,
            Set<String> resultWords, Set<String> genericHeaders, Map<String, String> prefixes,
            List<Sentence> sentences, List<Pattern> notes, List<Sentence> lists,
            List<Pattern> resultsIntros, List<Sentence> linkTexts, List<ScopedLabel> scopedLabels) {
    }

    /** A label that names {@code field} only under a heading that is {@code scope} or starts with its words (all normalised). */
    private record ScopedLabel(String scope, String label, String field) {
        boolean appliesUnder(String heading) {
            return heading.equals(scope) || heading.startsWith(scope + " ");
        }
    }

    /**
     * A fact stated in a sentence ("developed by researchers at OpenAI"): its pattern's first group
     * is the value of a field the card leaves empty otherwise. Such a value has no place of its own in
     * the text: an edit is written where the template puts the field, which is then read first.
     */
    record Sentence(Pattern pattern, String field, RequiredText required) {
        Sentence(Pattern pattern, String field) {
            this(pattern, field, RequiredText.of(pattern));
        }
    }

    /** The sentence patterns, in the mapping's order: for each field the first that matches wins. */
    static List<Sentence> sentences() {
        return MAPPING.sentences();
    }

    /**
     * The lines that introduce a bulleted list of a field's items ("performance on the following
     * datasets:"): each pattern finds the introduction, the bullets after it are the rows.
     */
    static List<Sentence> listIntros() {
        return MAPPING.lists();
    }

    /** The URL field a link's text names ("Paper", "GitHub Repository"), if the mapping's {@code link} lines know it. */
    static Optional<String> linkField(String linkText) {
        String text = normalize(linkText);
        return MAPPING.linkTexts().stream().filter(l -> l.pattern().matcher(text).matches()).map(Sentence::field).findFirst();
    }

    /** Patterns of the start of prose that only introduces the results tables after it. */
    static List<Pattern> resultsIntros() {
        return MAPPING.resultsIntros();
    }

    /** Patterns of a paragraph that is a note about the card, not its content (see {@link EditorialNotes}). */
    static List<Pattern> notes() {
        return MAPPING.notes();
    }

    private HeadingMap() {
    }

    /** The field a heading holds ({@link #GROUP} for a grouping heading), or empty for an unknown heading. */
    static Optional<String> field(String heading) {
        String normalized = normalize(heading);
        String exact = MAPPING.headings().get(normalized);
        if (exact != null) {
            return Optional.of(exact);
        }
        // "Introduction to Granite Code Models": a heading that starts with a "text *" line's words
        for (Map.Entry<String, String> prefix : MAPPING.prefixes().entrySet()) {
            if (normalized.startsWith(prefix.getKey() + " ")) {
                return Optional.of(prefix.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * The field a heading holds under {@code parent} (the nearest heading above it, empty for none):
     * a "parent > child" line of the mapping wins over the heading's own ("Datasets" under
     * "Evaluation Data" is evaluation data).
     */
    static Optional<String> field(String parent, String heading) {
        if (!parent.isEmpty()) {
            String under = MAPPING.headings().get(normalize(parent) + " > " + normalize(heading));
            if (under != null) {
                return Optional.of(under);
            }
        }
        return field(heading);
    }

    /** For a grouping heading, the field that prose directly under it fills (before any sub-heading). */
    static Optional<String> groupField(String heading) {
        return Optional.ofNullable(MAPPING.groupFields().get(normalize(heading)));
    }

    /**
     * Whether a section under this heading may hold results tables: the heading names an evaluation
     * field, or holds one of the words of {@code results} lines ("Benchmark scores", "Evaluation").
     */
    static boolean mayHoldResults(String heading) {
        String normalized = normalize(heading);
        String field = MAPPING.headings().get(normalized);
        if (field != null && (field.startsWith("evaluation.") || field.equals("data.evaluation"))) {
            return true;
        }
        for (String word : normalized.split(" ")) {
            if (MAPPING.resultWords().contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a two-column table's header only says "key, value" ("Attribute | Value", "| | |"). */
    static boolean isGenericTableHeader(List<String> cells) {
        return cells.stream().allMatch(cell -> MAPPING.genericHeaders().contains(normalize(cell)));
    }

    /** Label spellings (normalised) and the fields they fill. */
    /**
     * The field a label names under one of {@code headings} (nearest first): a "scope > label" line
     * of the mapping applies under a heading that is its scope or starts with its words, so
     * "training > hardware" takes "- **Hardware:** 32 x 8 x A100" under "Training Procedure" and
     * leaves it to the section's text elsewhere (an integration section's "Hardware:" line).
     */
    static Optional<String> scopedLabel(List<String> headings, String label) {
        String wanted = normalize(label.replaceAll("\\([^)]*\\)?", " "));
        List<ScopedLabel> candidates = MAPPING.scopedLabels().stream().filter(s -> s.label().equals(wanted)).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        for (String heading : headings) {
            String h = normalize(heading);
            for (ScopedLabel scoped : candidates) {
                if (scoped.appliesUnder(h)) {
                    return Optional.of(scoped.field());
                }
            }
        }
        return Optional.empty();
    }

    /** The labels of the mapping that apply anywhere (not those scoped to a heading). */
    static Map<String, String> labels() {
        return MAPPING.labels();
    }

    /** Lower case, without "[optional]", emoji, leading numbering or punctuation; "&" reads "and". */
    static String normalize(String heading) {
        String lowered = heading.toLowerCase(Locale.ROOT).replace("&", " and ");
        return AsciiHeadings.isAscii(lowered) ? AsciiHeadings.normalize(lowered) : byPatterns(lowered);
    }

    /** {@link #normalize(String)} of a lower-cased text, by the patterns (for any text; see {@link AsciiHeadings}). */
    static String byPatterns(String lowered) {
        String text = OPTIONAL.matcher(lowered).replaceAll(" ");
        text = LEADING_NOISE.matcher(text).replaceFirst("");
        text = NUMBERING.matcher(text).replaceFirst("");
        return NOT_WORD.matcher(text).replaceAll(" ").strip();
    }

    private static Mapping load() {
        Map<String, String> headings = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        Set<String> resultWords = new HashSet<>();
        Set<String> genericHeaders = new HashSet<>(Set.of(""));
        List<Sentence> sentences = new ArrayList<>();
        List<Pattern> notes = new ArrayList<>();
        List<Sentence> lists = new ArrayList<>();
        List<Pattern> intros = new ArrayList<>();
        List<Sentence> linkTexts = new ArrayList<>();
        List<ScopedLabel> scopedLabels = new ArrayList<>();
        Map<String, String> prefixes = new TreeMap<>(Comparator.comparing(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        try (InputStream in = HeadingMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length == 3 && cols[0].equals("sentence")) {
                    sentences.add(new Sentence(Pattern.compile(cols[1]), cols[2].strip()));
                    continue;
                }
                if (cols.length == 3 && (cols[0].equals("list") || cols[0].equals("link"))) {
                    (cols[0].equals("list") ? lists : linkTexts).add(new Sentence(Pattern.compile(cols[1]), cols[2].strip()));
                    continue;
                }
                if (cols.length == 3 && (cols[0].equals("note") || cols[0].equals("results-intro"))) {
                    (cols[0].equals("note") ? notes : intros).add(Pattern.compile(cols[1]));
                    continue;
                }
                if (cols.length != 3) {
                    throw new IllegalStateException(RESOURCE + ": not kind<TAB>text<TAB>target: " + line);
                }
                int under = cols[1].indexOf(" > ");
                String key = under < 0 ? normalize(cols[1])
                        : normalize(cols[1].substring(0, under)) + " > " + normalize(cols[1].substring(under + 3));
                String target = cols[2].strip();
                switch (cols[0]) {
                    case "heading" -> {
                        if (cols[1].endsWith(" *")) {
                            prefixes.put(normalize(cols[1].substring(0, cols[1].length() - 2)), target);
                        } else if (target.equals("group")) {
                            headings.put(key, GROUP);
                        } else if (target.startsWith("group:")) {
                            headings.put(key, GROUP);
                            groups.put(key, target.substring("group:".length()));
                        } else {
                            headings.put(key, target);
                        }
                    }
                    case "label" -> {
                        if (under < 0) {
                            labels.put(key, target);
                        } else {
                            scopedLabels.add(new ScopedLabel(normalize(cols[1].substring(0, under)),
                                    normalize(cols[1].substring(under + 3)), target));
                        }
                    }
                    case "results" -> resultWords.add(key);
                    case "table-header" -> genericHeaders.add(key);
                    default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + cols[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Mapping(Map.copyOf(headings), Map.copyOf(groups), Map.copyOf(labels), Set.copyOf(resultWords),
                Set.copyOf(genericHeaders), Collections.unmodifiableMap(prefixes),
                List.copyOf(sentences), List.copyOf(notes),
                List.copyOf(lists), List.copyOf(intros),
                List.copyOf(linkTexts), List.copyOf(scopedLabels));
    }
}
