package org.modelcards.core.validation.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Findings;
import org.modelcards.core.validation.HubFacts;
import org.modelcards.core.validation.Rule;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.RuleSource;
import org.modelcards.core.validation.Severity;

/**
 * The Hub's value rules for metadata other than licence, language and model-index, on the metadata
 * only: pipeline tag from the Hub's task list (a former task is deprecated, not unknown), library
 * name from the Hub's list (a note), base models and datasets that look like Hub ids, unique tags,
 * and a known base model relation that comes with a base model.
 */
final class HubValuesRule implements Rule {
    static final RuleInfo PIPELINE = RuleInfo.of("HF-PIPELINE-TAG", Severity.ERROR, Rules.HUB, RuleSource.HUB_SCHEMA,
            "pipeline_tag must be one of the Hub's tasks; the Hub ignores any other value.")
            .cite("huggingface.js packages/tasks/src/pipelines.ts PIPELINE_DATA (@huggingface/tasks 0.21.54); "
                    + Citations.API_MODEL + " L35 (a model's pipeline_tag is a PipelineType)");
    static final RuleInfo PIPELINE_DEPRECATED = RuleInfo.of("HF-PIPELINE-TAG-DEPRECATED", Severity.WARNING, Rules.HUB,
            RuleSource.HUB_SCHEMA, "pipeline_tag is a former task that is now a subtask (text2text-generation, conversational).");
    static final RuleInfo LIBRARY = RuleInfo.of("HF-LIBRARY-UNKNOWN", Severity.INFO, Rules.HUB, RuleSource.HUB_SCHEMA,
            "library_name is not one of the Hub's known libraries, so the Hub shows no snippet for it.");
    static final RuleInfo HUB_ID = RuleInfo.of("HF-HUB-ID", Severity.WARNING, Rules.HUB, RuleSource.HUB_DOCS,
            "base_model and datasets entries are Hub ids such as org/name.");
    static final RuleInfo TAGS = RuleInfo.of("HF-TAGS-UNIQUE", Severity.WARNING, Rules.HUB, RuleSource.HUB_DOCS,
            "tags are listed once each.");
    static final RuleInfo RELATION = RuleInfo.of("HF-BASE-MODEL-RELATION", Severity.WARNING, Rules.HUB, RuleSource.HUB_DOCS,
            "base_model_relation is adapter, merge, quantized or finetune, and needs a base_model.");
    private static final Pattern HUB_ID_SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,95}(/[A-Za-z0-9._-]{1,96})?");

    private final HubFacts facts;
    private final List<String> relations;
    private final FieldCatalog catalog;

    HubValuesRule(HubFacts facts, List<String> relations, FieldCatalog catalog) {
        this.facts = facts;
        this.relations = List.copyOf(relations);
        this.catalog = catalog;
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(PIPELINE, PIPELINE_DEPRECATED, LIBRARY, HUB_ID, TAGS, RELATION);
    }

    @Override
    public void check(CardSubject subject, Findings findings) {
        HubMetadata metadata = new HubMetadata(subject, catalog);
        metadata.string("pipeline_tag").ifPresent(tag -> {
            String now = facts.removedPipelineTags().get(tag.text());
            if (now != null) {
                findings.at(PIPELINE_DEPRECATED, "details.pipelineTag", tag.at(), "pipeline_tag \"" + tag.text()
                        + "\" is no longer a task of its own on the Hub (it is a subtask of " + now + ").",
                        "Use pipeline_tag: " + now + ".");
            } else if (!facts.pipelineTags().contains(tag.text())) {
                findings.at(PIPELINE, "details.pipelineTag", tag.at(), "pipeline_tag \"" + tag.text()
                        + "\" is not one of the Hub's tasks.",
                        "Pick a task such as text-classification or text-generation (modelcard rules --facts lists the source).");
            }
        });
        metadata.string("library_name").ifPresent(library -> {
            if (!facts.libraries().isEmpty() && !facts.libraries().contains(library.text().toLowerCase(Locale.ROOT))) {
                findings.at(LIBRARY, "details.libraryName", library.at(), "library_name \"" + library.text()
                        + "\" is not one of the Hub's known libraries.", "Check the spelling, e.g. transformers, diffusers, peft.");
            }
        });
        checkIds(findings, "details.baseModels", metadata.strings("base_model"));
        checkIds(findings, "data.training", metadata.strings("datasets"));
        Set<String> seen = new HashSet<>();
        for (HubMetadata.Value tag : metadata.strings("tags")) {
            if (!seen.add(tag.text().toLowerCase(Locale.ROOT))) {
                findings.at(TAGS, "details.tags", tag.at(), "tag \"" + tag.text() + "\" is listed twice.", "Remove the repeated tag.");
            }
        }
        metadata.string("base_model_relation").ifPresent(relation -> {
            if (!relations.contains(relation.text())) {
                findings.at(RELATION, "details.baseModelRelation", relation.at(),
                        "base_model_relation \"" + relation.text() + "\" is not one of " + String.join(", ", relations) + ".",
                        "Use one of " + String.join(", ", relations) + ".");
            } else if (!metadata.has("base_model")) {
                findings.at(RELATION, "details.baseModelRelation", relation.at(),
                        "base_model_relation is set but base_model is missing.", "Add the base model's Hub id.");
            }
        });
    }

    private void checkIds(Findings findings, String field, List<HubMetadata.Value> ids) {
        for (HubMetadata.Value id : ids) {
            if (!HUB_ID_SHAPE.matcher(id.text()).matches()) {
                findings.at(HUB_ID, field, id.at(), id.key() + " entry \"" + id.text() + "\" does not look like a Hub id.",
                        "Use the repository id, e.g. example-org/model-name.");
            }
        }
    }
}
