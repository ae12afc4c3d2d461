package org.modelcards.core.format.hf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.model.ModelCard;

/**
 * How well real cards open into the form, against {@code realcards/import-expected.tsv}: for 18
 * public cards of different styles, the fields a careful person fills from reading each one and a
 * piece of the value each should get, written by hand without running or reading the reader (see
 * {@code IMPORT-LABELS.md}). Recall is the share of expected fields filled with the right value;
 * the wrong share is filled fields that are not expected or hold the wrong value, over all filled
 * fields. The per-card table goes to {@code target/import-quality.tsv}.
 */
class ImportQualityTest {
    private static final Path REAL = Path.of("src/test/resources/realcards");
    private static final FieldCatalog CATALOG = FieldCatalog.standard();
    /**
     * Where the reader stands, so that it only gets better: 67.3% of the expected fields filled and
     * 13.7% of the filled ones wrong when this was set. The goal (issue 10) is at least 90% and at
     * most 5%; it is not reached yet, and these floors must move towards it, never away.
     */
    private static final double RECALL = 0.80;
    private static final double WRONG = 0.075;

    record Score(String card, Map<String, String> expected, Set<String> hits, Set<String> missed, Set<String> wrong,
            int filled) {
    }

    @Test
    void realCardsOpenIntoTheFieldsACarefulPersonWouldFill() throws Exception {
        Map<String, Map<String, String>> labels = labels();
        assertThat(labels).hasSizeGreaterThanOrEqualTo(15);
        List<Score> scores = new ArrayList<>();
        StringBuilder detail = new StringBuilder();
        for (Map.Entry<String, Map<String, String>> card : labels.entrySet()) {
            card.getValue().keySet().forEach(id -> assertThat(CATALOG.field(id)).as("field id %s of %s", id, card.getKey())
                    .isPresent());
            String text = Files.readString(REAL.resolve(card.getKey()), StandardCharsets.UTF_8);
            ModelCard read = HubReadme.parse(text, card.getKey()).loaded().card();
            Score score = score(card.getKey(), card.getValue(), read);
            scores.add(score);
            detail.append("== ").append(card.getKey()).append('\n');
            for (String id : new TreeSet<>(java.util.stream.Stream.concat(score.missed().stream(), score.wrong().stream())
                    .toList())) {
                String got = String.valueOf(CATALOG.require(id).read(read));
                detail.append(String.format(Locale.ROOT, "  %-28s want %-30s got %s%n", id,
                        card.getValue().getOrDefault(id, "(nothing)"), got.length() > 160 ? got.substring(0, 160) + "…" : got)
                        .replace("\n", " ").stripTrailing()).append('\n');
            }
        }
        int expected = 0;
        int hits = 0;
        int filled = 0;
        int wrong = 0;
        StringBuilder table = new StringBuilder("card\texpected\tfilled\trecall\twrong\tmissed\twrongly filled\n");
        for (Score s : scores) {
            expected += s.expected().size();
            hits += s.hits().size();
            filled += s.filled();
            wrong += s.wrong().size();
            table.append(String.format(Locale.ROOT, "%s\t%d\t%d\t%.2f\t%.2f\t%s\t%s%n", s.card(), s.expected().size(),
                    s.filled(), ratio(s.hits().size(), s.expected().size()), ratio(s.wrong().size(), s.filled()),
                    String.join(",", s.missed()), String.join(",", s.wrong())));
        }
        double recall = ratio(hits, expected);
        double wrongShare = ratio(wrong, filled);
        table.append(String.format(Locale.ROOT, "OVERALL\t%d\t%d\t%.3f\t%.3f%n", expected, filled, recall, wrongShare));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/import-quality.tsv"), table.toString(), StandardCharsets.UTF_8);
        Files.writeString(Path.of("target/import-quality-detail.txt"), detail.toString(), StandardCharsets.UTF_8);
        assertThat(recall).as("overall recall, see target/import-quality.tsv").isGreaterThanOrEqualTo(RECALL);
        assertThat(wrongShare).as("share filled wrongly, see target/import-quality.tsv").isLessThanOrEqualTo(WRONG);
    }

    @Test
    void theScoreCountsAWrongValueAsWrongAndAnUnexpectedFieldAsWrong() {
        ModelCard card = ModelCard.EMPTY.withDetails(ModelCard.EMPTY.details().withName("Owl").withVersion("2"));
        Score s = score("x", Map.of("details.name", "parrot", "details.releaseDate", "2024"), card);
        assertThat(s.hits()).isEmpty();
        assertThat(s.missed()).containsExactlyInAnyOrder("details.name", "details.releaseDate");
        assertThat(s.wrong()).containsExactlyInAnyOrder("details.name", "details.version");
        assertThat(score("x", Map.of("details.name", "ow"), card).hits()).containsExactly("details.name");
    }

    /** file -> field -> expected piece of its value, in the file's order. */
    private static Map<String, Map<String, String>> labels() throws Exception {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (String line : Files.readAllLines(REAL.resolve("import-expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            assertThat(cols).as("file, field, source, expect: %s", line).hasSize(4);
            labels.computeIfAbsent(cols[0], k -> new LinkedHashMap<>()).put(cols[1], cols[3]);
        }
        return labels;
    }

    static Score score(String name, Map<String, String> expected, ModelCard card) {
        Set<String> hits = new TreeSet<>();
        Set<String> missed = new TreeSet<>();
        Set<String> wrong = new TreeSet<>();
        int filled = 0;
        for (CardField field : CATALOG.authoredFields()) {
            boolean isFilled = !field.isEmpty(card);
            filled += isFilled ? 1 : 0;
            String want = expected.get(field.id());
            if (want == null) {
                if (isFilled) {
                    wrong.add(field.id());
                }
            } else if (isFilled && matches(field, field.read(card), want)) {
                hits.add(field.id());
            } else {
                missed.add(field.id());
                if (isFilled) {
                    wrong.add(field.id());
                }
            }
        }
        return new Score(name, expected, hits, missed, wrong, filled);
    }

    /** A list matches when one item holds the piece; a number when its digits do; anything else when its text does. */
    private static boolean matches(CardField field, Object value, String want) {
        if (want.equals("*")) {
            return true;
        }
        if (value instanceof List<?> items) {
            return items.stream().anyMatch(item -> holds(String.valueOf(item), want));
        }
        if (field.kind() == FieldKind.NUMBER) {
            String digits = org.modelcards.core.model.Numbers.parse(String.valueOf(value))
                    .map(n -> n.stripTrailingZeros().toPlainString()).orElse(String.valueOf(value)).replaceAll("\\D", "");
            return digits.contains(want.replaceAll("\\D", ""));
        }
        return holds(String.valueOf(value), want);
    }

    private static boolean holds(String text, String piece) {
        return text.toLowerCase(Locale.ROOT).contains(piece.toLowerCase(Locale.ROOT));
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
