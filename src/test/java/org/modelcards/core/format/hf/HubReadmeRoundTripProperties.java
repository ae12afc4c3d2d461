package org.modelcards.core.format.hf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.catalog.TableSpec;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.model.ModelCard;

/**
 * Cards whose text is what people write in a README (prose, lists, tables with awkward cells)
 * survive a new README unchanged, and any single field edit of an opened README reads back.
 */
class HubReadmeRoundTripProperties {
    private static final FieldCatalog CATALOG = FieldCatalog.standard();
    private final HubReadmeFormat format = new HubReadmeFormat();

    @Property(tries = 150)
    void aCardSurvivesANewReadme(@ForAll("cards") ModelCard card) {
        WriteResult result = format.write(card);
        assertThat(result.losses()).isEmpty();
        assertThat(format.read(result.text(), "README.md")).isEqualTo(card);
    }

    @Property(tries = 150)
    void anyOneEditOfAnOpenedReadmeReadsBackAndTheRestStays(@ForAll("cards") ModelCard original,
            @ForAll("cards") ModelCard other, @ForAll("fieldIndex") int index) {
        String text = format.write(original).text();
        HubReadme readme = HubReadme.parse(text, "README.md");
        CardField field = CATALOG.authoredFields().get(index);
        ModelCard edited = field.write(readme.loaded().card(), field.read(other));
        WriteResult saved = readme.write(edited);
        assertThat(saved.losses()).isEmpty();
        assertThat(format.read(saved.text(), "README.md")).isEqualTo(edited);
    }

    /** One metadata edit: the Hub key it touches, what it does to the card, and the texts the changed lines may carry. */
    record MetaEdit(String key, java.util.function.UnaryOperator<ModelCard> apply, String newText) {
        @Override
        public String toString() {
            return key + " -> " + newText;
        }
    }

    /**
     * Node-level patching: for any generated README and any one metadata edit, the front matter
     * parses to the same tree except under the edited key, and every changed line carries the old or
     * the new value (or is the title, for a rename).
     */
    @Property(tries = 200)
    void aMetadataEditChangesOnlyItsKeyAndTheLinesCarryingItsValue(@ForAll("cards") ModelCard original,
            @ForAll("metadataEdits") MetaEdit edit) {
        String text = format.write(original).text();
        HubReadme readme = HubReadme.parse(text, "README.md");
        ModelCard before = readme.loaded().card();
        ModelCard edited = edit.apply().apply(before);
        WriteResult saved = readme.write(edited);
        assertThat(saved.losses()).isEmpty();
        HubReadme back = HubReadme.parse(saved.text(), "back");
        assertThat(withoutKey(back, edit.key())).isEqualTo(withoutKey(readme, edit.key()));
        List<String> carriers = new ArrayList<>(List.of(edit.newText()));
        carriers.addAll(oldTexts(before, edit.key()));
        for (String line : NodePatchTest.changedLines(text, saved.text())) {
            String content = line.substring(1).strip();
            assertThat(content.isEmpty() || content.equals("---") || content.startsWith("#")
                    || carriers.stream().anyMatch(content::contains)).as("changed line " + line).isTrue();
        }
    }

    private static List<String> oldTexts(ModelCard card, String key) {
        return switch (key) {
            case "license" -> List.of(card.license().id(), "license");
            case "tags" -> with("tags", card.details().tags());
            case "language" -> with("language", card.details().languages());
            case "pipeline_tag" -> List.of(card.details().pipelineTag(), "pipeline_tag");
            case "base_model" -> with("base_model", card.details().baseModels());
            // a value edit changes the line of the value it replaces (in model-index, or a results table row)
            default -> card.details().name().isEmpty() ? List.of("name", "model-index", "results", "value: ", "|")
                    : List.of(card.details().name(), "name", "model-index", "results", "value: ", "|");
        };
    }

    private static List<String> with(String key, List<String> values) {
        List<String> out = new ArrayList<>(values);
        out.add(key);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, Object> withoutKey(HubReadme readme, String key) {
        java.util.Map<String, Object> map = readme.loaded().metadata()
                .map(m -> new java.util.LinkedHashMap<>((java.util.Map<String, Object>) PlainTrees.plain(m)))
                .orElseGet(java.util.LinkedHashMap::new);
        map.remove(key);
        return map;
    }

    @Provide
    Arbitrary<MetaEdit> metadataEdits() {
        Arbitrary<MetaEdit> licence = Arbitraries.of("mit", "apache-2.0", "cc-by-4.0", "other")
                .map(id -> new MetaEdit("license", c -> c.withLicense(c.license().withId(id)), id));
        Arbitrary<MetaEdit> tag = words().map(w -> new MetaEdit("tags", c -> {
            List<String> tags = new ArrayList<>(c.details().tags());
            tags.add(w);
            return c.withDetails(c.details().withTags(tags));
        }, w));
        Arbitrary<MetaEdit> dropLanguage = Arbitraries.just(new MetaEdit("language",
                c -> c.withDetails(c.details().withLanguages(c.details().languages().isEmpty() ? List.of("fr")
                        : c.details().languages().subList(1, c.details().languages().size()))), "fr"));
        Arbitrary<MetaEdit> pipeline = Arbitraries.of("text-generation", "translation")
                .map(t -> new MetaEdit("pipeline_tag", c -> c.withDetails(c.details().withPipelineTag(t)), t));
        Arbitrary<MetaEdit> base = Arbitraries.of("org/base-a", "org/base-b")
                .map(b -> new MetaEdit("base_model", c -> c.withDetails(c.details().withBaseModels(List.of(b))), b));
        Arbitrary<MetaEdit> rename = words().map(w -> new MetaEdit("model-index",
                c -> c.withDetails(c.details().withName("m-" + w)), "m-" + w));
        Arbitrary<MetaEdit> value = Arbitraries.of("0.5", "12.25 +/- 0.5").map(v -> new MetaEdit("model-index", c -> {
            List<org.modelcards.core.model.EvalResult> rows = new ArrayList<>(c.evaluation().results());
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).slice().isEmpty()) {
                    rows.set(i, rows.get(i).withValue(v));
                    break;
                }
            }
            return c.withEvaluation(c.evaluation().withResults(rows));
        }, v));
        return Arbitraries.oneOf(licence, tag, dropLanguage, pipeline, base, rename, value);
    }

    @Provide
    Arbitrary<Integer> fieldIndex() {
        return Arbitraries.integers().between(0, CATALOG.authoredFields().size() - 1);
    }

    @Provide
    Arbitrary<ModelCard> cards() {
        List<CardField> fields = CATALOG.authoredFields();
        List<Arbitrary<Object>> values = new ArrayList<>();
        for (CardField field : fields) {
            values.add(value(field.kind(), field).map(v -> (Object) v).injectNull(0.5));
        }
        return Combinators.combine(values).as(list -> {
            ModelCard card = ModelCard.EMPTY;
            for (int i = 0; i < fields.size(); i++) {
                if (list.get(i) != null) {
                    card = fields.get(i).write(card, list.get(i));
                }
            }
            return card;
        });
    }

    private static Arbitrary<?> value(FieldKind kind, CardField field) {
        return switch (kind) {
            case BOOLEAN -> Arbitraries.of(true, false);
            case LIST -> words().list().ofMinSize(1).ofMaxSize(3);
            case TABLE -> rows(field.table().orElseThrow());
            case NUMBER -> Arbitraries.of("0.912", "374", "66000000", "2.7", "0");
            case URL -> Arbitraries.of("https://example.org/paper.pdf", "https://example.com/a?b=c&d=e");
            case DATE -> Arbitraries.of("2025-03-14", "2026-11");
            case MARKDOWN -> prose();
            default -> words();
        };
    }

    private static Arbitrary<List<Object>> rows(TableSpec table) {
        List<Arbitrary<Object>> cells = new ArrayList<>();
        for (Column column : table.columns()) {
            Arbitrary<Object> cell = column.kind() == FieldKind.BOOLEAN ? Arbitraries.of(true, false).map(b -> (Object) b)
                    : Arbitraries.oneOf(words(), Arbitraries.of("a | b", "0.91", "x\\y", "line one\nline two", ""))
                            .map(s -> (Object) s);
            cells.add(cell);
        }
        return Combinators.combine(cells).as(values -> {
            Object row = table.blankRow();
            for (int i = 0; i < values.size(); i++) {
                row = table.columns().get(i).write(row, values.get(i));
            }
            return row;
        }).list().ofMinSize(1).ofMaxSize(3);
    }

    /** A few words, as in a label line or list item (no commas: a comma separates label list items). */
    private static Arbitrary<String> words() {
        return Arbitraries.of("tiny", "model", "Example Labs", "reviews", "RTL עברית", "中文", "émoji 😀", "v1.0", "a&b", "x_y")
                .list().ofMinSize(1).ofMaxSize(4).map(w -> String.join(" ", w));
    }

    /** Paragraphs of sentences, some with Markdown emphasis or code. */
    private static Arbitrary<String> prose() {
        Arbitrary<String> sentence = Arbitraries.of("The model labels reviews.", "It is **not** for medical text.",
                "Accuracy drops on long reviews (0.823).", "Use `pipeline()` to load it.", "See https://example.org.",
                "Results differ by group: see the table.");
        return sentence.list().ofMinSize(1).ofMaxSize(3).map(s -> String.join(" ", s))
                .list().ofMinSize(1).ofMaxSize(2).map(p -> String.join("\n\n", p));
    }
}
