package org.modelcards.core.validation.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.modelcards.core.model.Dataset;
import org.modelcards.core.model.Details;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Findings;
import org.modelcards.core.validation.HubFacts;
import org.modelcards.core.validation.Rule;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.RuleSource;
import org.modelcards.core.validation.Severity;

/**
 * The Hub's value rules for metadata other than licence, language and model-index: pipeline tag from
 * the Hub's task list, base models and datasets that look like Hub ids, unique tags, and a known
 * base model relation that comes with a base model.
 */
final class HubValuesRule implements Rule {
    static final RuleInfo PIPELINE = RuleInfo.of("HF-PIPELINE-TAG", Severity.ERROR, Rules.HUB, RuleSource.HUB_DOCS,
            "pipeline_tag must be one of the Hub's tasks.");
    static final RuleInfo HUB_ID = RuleInfo.of("HF-HUB-ID", Severity.WARNING, Rules.HUB, RuleSource.HUB_DOCS,
            "base_model and datasets entries are Hub ids such as org/name.");
    static final RuleInfo TAGS = RuleInfo.of("HF-TAGS-UNIQUE", Severity.WARNING, Rules.HUB, RuleSource.HUB_DOCS,
            "tags are listed once each.");
    static final RuleInfo RELATION = RuleInfo.of("HF-BASE-MODEL-RELATION", Severity.ERROR, Rules.HUB, RuleSource.HUB_DOCS,
            "base_model_relation is adapter, merge, quantized or finetune, and needs a base_model.");
    private static final Pattern HUB_ID_SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,95}(/[A-Za-z0-9._-]{1,96})?");

    private final HubFacts facts;
    private final List<String> relations;

    HubValuesRule(HubFacts facts, List<String> relations) {
        this.facts = facts;
        this.relations = List.copyOf(relations);
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(PIPELINE, HUB_ID, TAGS, RELATION);
    }

    @Override
    public void check(CardSubject subject, Findings findings) {
        ModelCard card = subject.card();
        Details details = card.details();
        String tag = details.pipelineTag().strip();
        if (!tag.isEmpty() && !facts.pipelineTags().contains(tag)) {
            findings.report(PIPELINE, "details.pipelineTag", "details.pipelineTag",
                    "pipeline_tag \"" + tag + "\" is not one of the Hub's tasks.",
                    "Pick a task such as text-classification or text-generation (modelcard rules lists the source).");
        }
        checkIds(findings, "details.baseModels", details.baseModels(), "base_model");
        checkIds(findings, "data.training", card.data().training().stream().map(Dataset::id).toList(), "datasets");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < details.tags().size(); i++) {
            String t = details.tags().get(i).strip().toLowerCase(Locale.ROOT);
            if (!t.isEmpty() && !seen.add(t)) {
                findings.report(TAGS, "details.tags", "details.tags[" + i + "]", "tag \"" + details.tags().get(i)
                        + "\" is listed twice.", "Remove the repeated tag.");
            }
        }
        String relation = details.baseModelRelation().strip();
        if (!relation.isEmpty()) {
            if (!relations.contains(relation)) {
                findings.report(RELATION, "details.baseModelRelation", "details.baseModelRelation",
                        "base_model_relation \"" + relation + "\" is not one of " + String.join(", ", relations) + ".",
                        "Use one of " + String.join(", ", relations) + ".");
            } else if (details.baseModels().isEmpty()) {
                findings.report(RELATION, "details.baseModelRelation", "details.baseModelRelation",
                        "base_model_relation is set but base_model is missing.", "Add the base model's Hub id.");
            }
        }
    }

    private void checkIds(Findings findings, String field, List<String> ids, String key) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i).strip();
            String path = field + "[" + i + "]" + (field.startsWith("data.") ? ".id" : "");
            if (!id.isEmpty() && !HUB_ID_SHAPE.matcher(id).matches()) {
                findings.report(HUB_ID, field, path, key + " entry \"" + id + "\" does not look like a Hub id.",
                        "Use the repository id, e.g. example-org/model-name.");
            }
        }
    }
}
