package org.modelcards.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.MetaNode;
import org.modelcards.core.format.MetaNode.Scalar;
import org.modelcards.core.format.MetaNode.Sequence;
import org.modelcards.core.format.TextPosition;
import org.modelcards.core.format.hf.HubMetadataKeys;
import org.modelcards.core.model.Dataset;
import org.modelcards.core.validation.CardSubject;

/**
 * The Hub metadata a card declares, read as the Hub reads it. For a README that is its YAML front
 * matter and nothing else (a licence named in the body is not metadata); for a card from elsewhere it
 * is the fields a README export writes to the front matter. The metadata rules read values through
 * this view only, so they never judge Markdown.
 */
final class HubMetadata {
    /** One string value of a key: {@code path} names it for messages ({@code language[1]}). */
    record Value(String key, String path, String text, TextPosition at) {
    }

    private static final Map<String, String> FIELD_OF_KEY = HubMetadataKeys.settable();
    private final CardSubject subject;
    private final FieldCatalog catalog;

    HubMetadata(CardSubject subject, FieldCatalog catalog) {
        this.subject = subject;
        this.catalog = catalog;
    }

    /** Whether the values are the README's front matter as written. */
    boolean fromReadme() {
        return subject.fromReadme();
    }

    /** The key's node as written, for a README. */
    Optional<MetaNode> node(String key) {
        return subject.metadata().flatMap(m -> m.get(key));
    }

    /** Whether the card gives the key a value. */
    boolean has(String key) {
        return !strings(key).isEmpty();
    }

    /**
     * The string values of a key that holds a string or a list of strings. Items of another kind
     * (numbers, mappings, nulls) are the type and null rules' to report, so they are left out here.
     */
    List<Value> strings(String key) {
        List<Value> values = new ArrayList<>();
        if (subject.fromReadme()) {
            subject.metadata().flatMap(m -> m.entry(key)).ifPresent(entry -> {
                if (entry.value() instanceof Sequence list) {
                    for (int i = 0; i < list.items().size(); i++) {
                        addString(values, key, key + "[" + i + "]", list.items().get(i), list.items().get(i).at());
                    }
                } else {
                    // a single value is reported at its key, where the line starts
                    addString(values, key, key, entry.value(), entry.keyAt());
                }
            });
            return values;
        }
        if (key.equals("datasets")) {
            List<Dataset> datasets = subject.card().data().training();
            for (int i = 0; i < datasets.size(); i++) {
                addText(values, key, key + "[" + i + "]", datasets.get(i).id(), "data.training[" + i + "].id");
            }
            return values;
        }
        String field = FIELD_OF_KEY.get(key);
        if (field == null) {
            return values;
        }
        Object value = catalog.require(field).read(subject.card());
        if (value instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                addText(values, key, key + "[" + i + "]", (String) items.get(i), field + "[" + i + "]");
            }
        } else if (value instanceof String text) {
            addText(values, key, key, text, field);
        }
        return values;
    }

    /** The first string value of a key, if any. */
    Optional<Value> string(String key) {
        List<Value> values = strings(key);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static void addString(List<Value> values, String key, String path, MetaNode node, TextPosition at) {
        if (MetaNode.isString(node) && node instanceof Scalar s && !s.text().isBlank()) {
            values.add(new Value(key, path, s.text().strip(), at));
        }
    }

    private void addText(List<Value> values, String key, String path, String text, String fieldPath) {
        if (!text.isBlank()) {
            values.add(new Value(key, path, text.strip(), subject.positions().find(fieldPath)));
        }
    }
}
