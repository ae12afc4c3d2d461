package org.modelcards.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.OrderedParallel;
import org.modelcards.core.format.SourceText;
import org.modelcards.core.format.hf.FrontMatter;
import org.modelcards.core.format.hf.YamlMetadata;
import org.modelcards.core.formats.CardFormats;
import org.modelcards.core.formats.CardPaths;

/**
 * The floor a batch {@code validate} is measured against: the same folder walk, strict read, front
 * matter and YAML parse the CLI does, plus a scan for headings, and no import heuristics, rules or
 * report; one line out per card, on every core. A whole process, run like the CLI:
 * {@code java -cp ... org.modelcards.bench.ParseOnlyFloor DIR...}.
 */
public final class ParseOnlyFloor {
    private ParseOnlyFloor() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = new CardPaths(CardFormats.standard()).expand(List.of(args).stream().map(Path::of).toList());
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        long[] totals = new long[2];
        new OrderedParallel(Runtime.getRuntime().availableProcessors()).run(files, ParseOnlyFloor::scan, line -> {
            out.println(line);
            totals[0]++;
        });
        out.printf("%d cards read%n", totals[0]);
        out.flush();
    }

    private static String scan(Path path) {
        try {
            String text = SourceText.read(path).text();
            FrontMatter front = FrontMatter.find(text, path.toString());
            boolean yaml = front.present() && YamlMetadata.parse(front.yaml(text), 2, front.yamlStart(), path.toString())
                    .tree().isPresent();
            return path + ": " + (yaml ? "metadata, " : "no metadata, ") + headings(text, front.present() ? front.bodyStart() : 0)
                    + " headings";
        } catch (CardReadException e) {
            return path + ": unreadable";
        }
    }

    /** ATX headings outside fenced code. */
    static int headings(String text, int from) {
        int count = 0;
        boolean fenced = false;
        int at = from;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            int i = at;
            while (i < end && i - at < 3 && text.charAt(i) == ' ') {
                i++;
            }
            if (text.startsWith("```", i) || text.startsWith("~~~", i)) {
                fenced = !fenced;
            } else if (!fenced && i < end && text.charAt(i) == '#') {
                count++;
            }
            at = end + 1;
        }
        return count;
    }
}
