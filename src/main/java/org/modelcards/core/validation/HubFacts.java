package org.modelcards.core.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Hugging Face Hub's published lists, kept offline as a dated rule pack: licence ids, pipeline
 * tags (and the former ones that are now subtasks), library names, the ISO 639 language codes and
 * special values the Hub accepts, and the model card template's prompts (text left in when a section
 * was not filled). Each list is a resource whose comment header says its source and when it was
 * taken; {@link #lists()} describes them for {@code modelcard rules --facts}.
 */
public record HubFacts(Set<String> licenses, Set<String> pipelineTags, Map<String, String> removedPipelineTags,
        Set<String> libraries, Set<String> languages, List<String> templatePrompts, List<FactList> lists) {
    /** The pack's version: the date its newest list was taken. */
    public static final String VERSION = "2026-12-03";

    public HubFacts {
        licenses = Set.copyOf(licenses);
        pipelineTags = Set.copyOf(pipelineTags);
        removedPipelineTags = Map.copyOf(removedPipelineTags);
        libraries = Set.copyOf(libraries);
        languages = Set.copyOf(languages);
        templatePrompts = List.copyOf(templatePrompts);
        lists = List.copyOf(lists);
    }

    /** A test or an older caller's facts: the given lists, nothing else known. */
    public HubFacts(Set<String> licenses, Set<String> pipelineTags, List<String> templatePrompts) {
        this(licenses, pipelineTags, Map.of(), Set.of(), Set.of(), templatePrompts, List.of());
    }

    /** One bundled list: its resource, how many entries it has and its header (source, version, date). */
    public record FactList(String resource, int entries, List<String> header) {
        public FactList {
            header = List.copyOf(header);
        }
    }

    /** The lists shipped with this version (see the comments at the top of each resource for source and date). */
    public static HubFacts bundled() {
        return Bundled.INSTANCE;
    }

    private static HubFacts load() {
        List<FactList> lists = new ArrayList<>();
        Set<String> licenses = firstColumn("hub-licenses.tsv", lists);
        Set<String> tags = firstColumn("hub-pipeline-tags.tsv", lists);
        Map<String, String> removed = new LinkedHashMap<>();
        List<String> removedRows = rows("hub-pipeline-tags-removed.tsv", lists);
        removedRows.forEach(row -> {
            String[] cells = row.split("\t");
            removed.put(cells[0].strip(), cells.length > 1 ? cells[1].strip() : "");
        });
        Set<String> libraries = firstColumn("hub-libraries.tsv", lists);
        Set<String> languages = firstColumn("hub-languages.tsv", lists);
        List<String> prompts = lines("template-prompts.txt");
        lists.add(new FactList("template-prompts.txt", prompts.size(), header("template-prompts.txt")));
        return new HubFacts(licenses, tags, removed, libraries, languages, prompts, lists);
    }

    private static Set<String> firstColumn(String resource, List<FactList> lists) {
        Set<String> ids = new LinkedHashSet<>();
        for (String row : rows(resource, lists)) {
            ids.add(row.split("\t", 2)[0].strip().toLowerCase(Locale.ROOT));
        }
        return ids;
    }

    /** The data rows of a TSV resource (its first non-comment line is the header), noting the list in {@code lists}. */
    private static List<String> rows(String resource, List<FactList> lists) {
        List<String> all = lines(resource);
        List<String> rows = all.subList(1, all.size());
        lists.add(new FactList(resource, rows.size(), header(resource)));
        return rows;
    }

    /** Non-blank lines that are not {@code #} comments; for TSV files the first is the header. */
    private static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        for (String line : read(resource)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /** The comment lines at the top of a resource, without their {@code #}. */
    private static List<String> header(String resource) {
        List<String> header = new ArrayList<>();
        for (String line : read(resource)) {
            if (!line.startsWith("#")) {
                break;
            }
            header.add(line.substring(1).strip());
        }
        return header;
    }

    private static List<String> read(String resource) {
        try (InputStream in = HubFacts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Holder idiom: the bundled lists are read on first use, once; the record is immutable, so it is shared. */
    private static final class Bundled {
        static final HubFacts INSTANCE = load();
    }
}
