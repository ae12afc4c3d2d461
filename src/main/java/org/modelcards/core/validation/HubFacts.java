package org.modelcards.core.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Hugging Face Hub's published lists, kept offline as data: licence ids, pipeline tags, and the
 * model card template's prompts (text left in when a section was not filled).
 */
public record HubFacts(Set<String> licenses, Set<String> pipelineTags, List<String> templatePrompts) {
    public HubFacts {
        licenses = Set.copyOf(licenses);
        pipelineTags = Set.copyOf(pipelineTags);
        templatePrompts = List.copyOf(templatePrompts);
    }

    /** The lists shipped with this version (see the comments at the top of each resource for source and date). */
    public static HubFacts bundled() {
        return Bundled.INSTANCE;
    }

    private static Set<String> firstColumn(String resource) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> rows = lines(resource);
        for (String row : rows.subList(1, rows.size())) {
            ids.add(row.split("\t", 2)[0].strip().toLowerCase(Locale.ROOT));
        }
        return ids;
    }

    /** Non-blank lines that are not {@code #} comments; for TSV files the first is the header. */
    private static List<String> lines(String resource) {
        try (InputStream in = HubFacts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Holder idiom: the bundled lists are read on first use, once; the record is immutable, so it is shared. */
    private static final class Bundled {
        static final HubFacts INSTANCE = new HubFacts(firstColumn("hub-licenses.tsv"),
                firstColumn("hub-pipeline-tags.tsv"), lines("template-prompts.txt"));
    }
}
