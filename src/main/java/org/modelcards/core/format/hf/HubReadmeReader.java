package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.LineIndex;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.format.MetaNode;
import org.modelcards.core.format.ReadProblem;

/**
 * Reads a Hugging Face {@code README.md}: YAML front matter to metadata fields, Markdown sections to
 * fields by heading. Never fails on content: broken front matter is a problem and the body is still
 * read; only unreadable files (see {@link org.modelcards.core.format.SourceText}) stop reading.
 *
 * <pre>{@code
 * LoadedCard card = new HubReadmeReader().read(text, "README.md");
 * }</pre>
 */
public final class HubReadmeReader {
    private final FieldCatalog catalog;
    private final CatalogTexts texts;
    private final Map<String, String> labels;

    public HubReadmeReader() {
        this(FieldCatalog.standard());
    }

    public HubReadmeReader(FieldCatalog catalog) {
        this.catalog = catalog;
        this.texts = CatalogTexts.forLocale(Locale.ENGLISH);
        this.labels = labelIndex(texts);
    }

    public LoadedCard read(String text, String source) {
        return readWithLayout(text, source).loaded();
    }

    /** A card read with the layout that lets it be written back patching only what changed. */
    record Read(LoadedCard loaded, HubLayout layout) {
    }

    Read readWithLayout(String text, String source) {
        return readWithLayout(text, source, Map.of());
    }

    /** As {@link #readWithLayout(String, String)}, with sections whose headings the author assigned to fields. */
    Read readWithLayout(String text, String source, Map<String, String> assigned) {
        LineIndex lines = new LineIndex(text);
        HubLayout.Builder layout = new HubLayout.Builder(text);
        List<ReadProblem> problems = new ArrayList<>();
        FrontMatter front = FrontMatter.find(text, source);
        front.problem().ifPresent(problems::add);
        CardBuilder card = new CardBuilder(catalog);
        Optional<MetaNode.Mapping> metadata = Optional.empty();
        if (front.present()) {
            layout.frontMatter = true;
            layout.yamlStart = front.yamlStart();
            layout.yamlEnd = front.yamlEnd();
            YamlMetadata.Result yaml = YamlMetadata.parse(front.yaml(text), lines.position(front.yamlStart()).line(), front.yamlStart(), source);
            yaml.problem().ifPresent(problems::add);
            layout.frontMatterBroken = !(yaml.tree().orElse(null) instanceof MetaNode.Mapping);
            if (yaml.tree().isPresent()) {
                if (yaml.tree().get() instanceof MetaNode.Mapping mapping) {
                    metadata = Optional.of(mapping);
                    layout.metadata = mapping;
                    new MetadataReader(card).read(mapping);
                } else {
                    MetaNode tree = yaml.tree().get();
                    problems.add(new ReadProblem(ReadProblem.YAML_NOT_MAPPING, source, tree.at().line(), tree.at().column(),
                            "front matter must be a mapping of keys to values, not " + MetaNode.describe(tree)));
                }
            }
        }
        layout.bodyStart = front.present() ? front.bodyStart() : 0;
        new BodyReader(catalog, texts, labels, card, lines, layout, assigned)
                .read(text, MarkdownSections.split(text, layout.bodyStart, lines));
        return new Read(new LoadedCard(card.card(), metadata, card.positions(), problems), layout.build());
    }

    /** Label text (normalised) to field: the Hub template's labels and the catalogue's own for the fields written as labels. */
    private static Map<String, String> labelIndex(CatalogTexts texts) {
        Map<String, String> index = new HashMap<>();
        for (HubTemplate.Entry entry : HubTemplate.ENTRIES) {
            for (String field : entry.labels()) {
                index.put(HeadingMap.normalize(texts.label(field)), field);
                index.put(HeadingMap.normalize(HubTemplate.label(field, texts.label(field))), field);
            }
        }
        HeadingMap.labels().forEach((label, field) -> index.put(HeadingMap.normalize(label), field));
        return Map.copyOf(index);
    }
}
