package org.modelcards.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modelcards.core.formats.CardPaths;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.SourceText;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.format.hf.HubReadme;
import org.modelcards.core.model.ModelCard;

/**
 * The README round-trip contract measured on a corpus: how many files are written back byte for
 * byte unedited, and for a few typical edits how many diffs stay within the edited field's lines.
 * Run: {@code java -cp <test classpath> org.modelcards.bench.RoundTripReport DIR...}.
 */
public final class RoundTripReport {
    private RoundTripReport() {
    }

    private interface Edit {
        ModelCard apply(ModelCard card);
    }

    public static void main(String[] args) throws Exception {
        List<Path> inputs = new ArrayList<>();
        for (String arg : args) {
            inputs.add(Path.of(arg));
        }
        List<Path> files = new CardPaths(org.modelcards.core.formats.CardFormats.standard()).expand(inputs).stream().filter(p -> p.toString().endsWith(".md")).toList();
        List<String> names = List.of("licence", "pipeline tag", "direct use", "a new trade-offs section", "first result value");
        List<Edit> edits = List.of(
                c -> c.withLicense(c.license().withId("mit")),
                c -> c.withDetails(c.details().withPipelineTag("text-generation")),
                c -> c.withIntendedUse(c.intendedUse().withDirectUse("Sorting product reviews by mood, in aggregate.")),
                c -> c.withBias(c.bias().withTradeoffs("Smaller and faster, but less accurate on long reviews.")),
                c -> c.evaluation().results().isEmpty() ? c : c.withEvaluation(c.evaluation().withResults(
                        replaceFirst(c.evaluation().results(), c.evaluation().results().get(0).withValue("0.5")))));
        int readable = 0;
        int identical = 0;
        int[] confined = new int[edits.size()];
        int[] readBack = new int[edits.size()];
        int[] applicable = new int[edits.size()];
        for (Path file : files) {
            String text;
            try {
                text = SourceText.read(file).text();
            } catch (CardReadException e) {
                continue;
            }
            readable++;
            HubReadme readme = HubReadme.parse(text, file.toString());
            ModelCard card = readme.loaded().card();
            if (readme.write(card).text().equals(text)) {
                identical++;
            }
            for (int i = 0; i < edits.size(); i++) {
                ModelCard edited = edits.get(i).apply(card);
                if (edited.equals(card)) {
                    continue;
                }
                applicable[i]++;
                WriteResult result = readme.write(edited);
                if (result.losses().isEmpty()) {
                    readBack[i]++;
                }
                if (changedLines(text, result.text()) <= 12) {
                    confined[i]++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d READMEs read, %d written back byte for byte unedited (%.1f%%)%n", readable,
                identical, 100.0 * identical / Math.max(1, readable));
        for (int i = 0; i < edits.size(); i++) {
            System.out.printf(Locale.ROOT, "edit %-26s applied to %5d: %5d read back, %5d with a diff of at most 12 lines%n",
                    names.get(i), applicable[i], readBack[i], confined[i]);
        }
    }

    private static <T> List<T> replaceFirst(List<T> list, T first) {
        List<T> copy = new ArrayList<>(list);
        copy.set(0, first);
        return copy;
    }

    /** Lines not in common, counted from both sides after the common prefix and suffix. */
    private static int changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        return (endA - start) + (endB - start);
    }
}
