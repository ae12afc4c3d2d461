package org.modelcards.core.validation.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.hf.HubMetadataKeys;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Findings;
import org.modelcards.core.validation.HubFacts;
import org.modelcards.core.validation.Rule;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.RuleSource;
import org.modelcards.core.validation.Severity;

/**
 * A README whose body says what its metadata does not ({@code - **License:** MIT} with no
 * {@code license:} key): the Hub reads metadata only from the YAML block, so the body's value is
 * shown to readers but not filtered or searched on. A note, never an error: the body is prose.
 */
final class BodyMetadataRule implements Rule {
    static final RuleInfo INFO = RuleInfo.of("HF-BODY-METADATA", Severity.INFO, Rules.HUB, RuleSource.HUB_DOCS,
            "The body names a value (licence, language, base model) that the metadata does not have.");
    private static final Map<String, String> FIELD_OF_KEY = HubMetadataKeys.settable();

    private final FieldCatalog catalog;
    private final HubFacts facts;

    BodyMetadataRule(FieldCatalog catalog, HubFacts facts) {
        this.catalog = catalog;
        this.facts = facts;
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(INFO);
    }

    @Override
    public void check(CardSubject subject, Findings findings) {
        if (!subject.fromReadme()) {
            return;
        }
        HubMetadata metadata = new HubMetadata(subject, catalog);
        FIELD_OF_KEY.forEach((key, field) -> {
            if (metadata.node(key).isPresent()) {
                return;
            }
            Object value = catalog.require(field).read(subject.card());
            String text = value instanceof List<?> items ? String.join(", ", items.stream().map(String::valueOf).toList())
                    : String.valueOf(value);
            if (text.isBlank()) {
                return;
            }
            String suggested = key.equals("license") && facts.licenses().contains(text.strip().toLowerCase(Locale.ROOT))
                    ? text.strip().toLowerCase(Locale.ROOT) : text.strip();
            findings.report(INFO, field, field, "the body gives " + key + " \"" + text.strip()
                    + "\", but the metadata has no " + key + " key, so the Hub does not know it.",
                    "Add " + key + ": " + suggested + " to the YAML front matter (if it is a Hub value).");
        });
    }
}
