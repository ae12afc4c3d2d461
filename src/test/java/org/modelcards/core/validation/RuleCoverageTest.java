package org.modelcards.core.validation;

import org.modelcards.core.validation.checker.Validator;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Keeps the rule tests complete: every content rule (all but the read-problem rules) must have at
 * least one enabled test, marked {@link Covers}, in which it reports an issue.
 */
class RuleCoverageTest {
    /** The test classes holding failing cases; their {@code @Nested} classes are searched too. */
    private static final List<Class<?>> RULE_TESTS = List.of(HubLicenseRulesTest.class, ModelIndexRuleTest.class,
            LanguageRulesTest.class, HubMetadataRulesTest.class, MetadataNullRuleTest.class, EvalResultRulesTest.class,
            TypedValueRulesTest.class, ContentRulesTest.class, FieldRequirementRulesTest.class, SeverityContractTest.class,
            EuFormRulesTest.class);

    /** The rules these tests were written for, so that a new or renamed rule is noticed here. */
    private static final Set<String> KNOWN_CONTENT_RULES = Set.of(
            "HF-LICENSE-UNKNOWN", "HF-LICENSE-OTHER", "HF-LICENSE-NAME-WITHOUT-OTHER", "HF-MODEL-INDEX",
            "HF-LANGUAGE", "HF-PIPELINE-TAG", "HF-PIPELINE-TAG-DEPRECATED", "HF-LIBRARY-UNKNOWN",
            "HF-METADATA-TYPE", "HF-BODY-METADATA", "HF-MODEL-INDEX-DATASET", "HF-HUB-ID", "HF-TAGS-UNIQUE",
            "HF-BASE-MODEL-RELATION", "HF-NULL-VALUE", "EVAL-DUPLICATE", "EVAL-CONFLICT",
            "VALUE-DATE", "VALUE-URL", "VALUE-NUMBER", "VALUE-CI-ORDER", "VALUE-UNIT",
            "LINT-TEMPLATE-TEXT", "LINT-EMPTY-ANSWER", "LINT-TOO-SHORT",
            "HF-REQUIRED", "HF-RECOMMENDED", "MITCHELL-REQUIRED", "MITCHELL-RECOMMENDED",
            "EU-GPAI-REQUIRED", "EU-GPAI-RECOMMENDED", "CLASSROOM-REQUIRED", "CLASSROOM-RECOMMENDED",
            "EU-MDF-SIGNIFICANT-FIGURES", "EU-MDF-UNIT", "EU-MDF-METHODOLOGY", "EU-MDF-ENERGY");

    private static Set<String> contentRuleIds() {
        Set<String> readRules = ReadRules.all().stream().map(RuleInfo::id).collect(Collectors.toSet());
        return Validator.standard().rules().stream().map(RuleInfo::id).filter(id -> !readRules.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The rule ids named by {@link Covers} on enabled tests of {@code type} and its nested classes. */
    private static List<String> coveredBy(Class<?> type) {
        List<String> ids = new ArrayList<>();
        if (type.isAnnotationPresent(Disabled.class)) {
            return ids;
        }
        for (Method method : type.getDeclaredMethods()) {
            boolean runs = (method.isAnnotationPresent(Test.class) || method.isAnnotationPresent(ParameterizedTest.class))
                    && !method.isAnnotationPresent(Disabled.class);
            if (runs) {
                for (Covers covers : method.getAnnotationsByType(Covers.class)) {
                    ids.add(covers.value());
                }
            }
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            ids.addAll(coveredBy(nested));
        }
        return ids;
    }

    @Test
    void theValidatorHasExactlyTheRulesTheseTestsKnow() {
        assertThat(contentRuleIds()).containsExactlyInAnyOrderElementsOf(KNOWN_CONTENT_RULES);
    }

    @Test
    void everyContentRuleHasAnEnabledFailingCase() {
        Set<String> covered = RULE_TESTS.stream().flatMap(t -> coveredBy(t).stream())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(covered).as("rule ids with a failing-case test").isEqualTo(contentRuleIds());
    }

    @Test
    void ruleIdsAreUnique() {
        List<String> ids = Validator.standard().rules().stream().map(RuleInfo::id).toList();

        assertThat(ids).doesNotHaveDuplicates();
    }
}
