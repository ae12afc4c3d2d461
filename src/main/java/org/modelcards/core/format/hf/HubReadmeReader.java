package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    public HubReadmeReader() {
        this(FieldCatalog.standard());
    }

    public HubReadmeReader(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    public LoadedCard read(String text, String source) {
        LineIndex lines = new LineIndex(text);
        List<ReadProblem> problems = new ArrayList<>();
        FrontMatter front = FrontMatter.find(text, source);
        front.problem().ifPresent(problems::add);
        CardBuilder card = new CardBuilder(catalog);
        Optional<MetaNode.Mapping> metadata = Optional.empty();
        if (front.present()) {
            YamlMetadata.Result yaml = YamlMetadata.parse(front.yaml(text), lines.position(front.yamlStart()).line(), source);
            yaml.problem().ifPresent(problems::add);
            if (yaml.tree().isPresent()) {
                if (yaml.tree().get() instanceof MetaNode.Mapping mapping) {
                    metadata = Optional.of(mapping);
                    new MetadataReader(card).read(mapping);
                } else {
                    MetaNode tree = yaml.tree().get();
                    problems.add(new ReadProblem(ReadProblem.YAML_NOT_MAPPING, source, tree.at().line(), tree.at().column(),
                            "front matter must be a mapping of keys to values, not " + MetaNode.describe(tree)));
                }
            }
        }
        int bodyStart = front.present() ? front.bodyStart() : 0;
        new BodyReader(catalog, card, lines).read(text, MarkdownSections.split(text, bodyStart, lines));
        return new LoadedCard(card.card(), metadata, card.positions(), problems);
    }
}
