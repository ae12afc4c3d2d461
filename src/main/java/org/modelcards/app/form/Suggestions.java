package org.modelcards.app.form;

import java.util.List;
import java.util.Map;
import org.modelcards.core.validation.HubFacts;

/** Known values a field can take, from the Hub's bundled lists, offered while typing. */
final class Suggestions {
    private static final HubFacts FACTS = HubFacts.bundled();
    private static final Map<String, List<String>> BY_FIELD = Map.of(
            "license.id", FACTS.licenses().stream().sorted().toList(),
            "details.pipelineTag", FACTS.pipelineTags().stream().sorted().toList());

    private Suggestions() {
    }

    static List<String> forField(String fieldId) {
        return BY_FIELD.getOrDefault(fieldId, List.of());
    }
}
