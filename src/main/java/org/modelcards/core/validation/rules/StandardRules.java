package org.modelcards.core.validation.rules;

import org.modelcards.core.validation.Meaning;
import java.util.List;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.validation.HubFacts;
import org.modelcards.core.validation.Rule;
import org.modelcards.core.validation.RuleSource;

/** Every content rule of this version, built over the catalogue and the Hub's facts. */
public final class StandardRules {
    private StandardRules() {
    }

    public static List<Rule> create(FieldCatalog catalog, HubFacts facts, Meaning meaning, List<String> baseModelRelations) {
        return List.of(
                new HubLicenseRule(facts, catalog),
                new ModelIndexRule(),
                new LanguageRule(facts, catalog),
                new HubValuesRule(facts, baseModelRelations, catalog),
                new MetadataTypeRule(),
                new MetadataNullRule(),
                new BodyMetadataRule(catalog, facts),
                new EvalDuplicateRule(),
                new TypedValueRule(catalog, meaning),
                new UnitRule(),
                new EuFormRule(catalog, meaning),
                new ContentRule(catalog, meaning),
                new FieldRequirementRule(catalog, Profile.HUGGINGFACE, "HF", RuleSource.HUB_DOCS),
                new FieldRequirementRule(catalog, Profile.MITCHELL, "MITCHELL", RuleSource.MITCHELL_2019),
                new FieldRequirementRule(catalog, Profile.EU_GPAI, "EU-GPAI", RuleSource.EU_AI_ACT),
                new FieldRequirementRule(catalog, Profile.CLASSROOM, "CLASSROOM", RuleSource.STUDIO));
    }
}
