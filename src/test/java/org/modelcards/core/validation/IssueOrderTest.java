package org.modelcards.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelcards.core.catalog.Profile.CLASSROOM;
import static org.modelcards.core.catalog.Profile.HUGGINGFACE;
import static org.modelcards.core.validation.RuleAssertions.issues;
import static org.modelcards.core.validation.RuleAssertions.readme;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issues come in the order of the file: by line, then column; issues with no position come last. */
class IssueOrderTest {
    /** Several rules' issues, written so that the rules (which run in a fixed order) find them out of order. */
    private static final CardSubject README = readme(
            "---",
            "language: [null, English]",   // 2: HF-NULL-VALUE at column 12, HF-LANGUAGE at column 18
            "tags: [nlp, nlp]",            // 3: HF-TAGS-UNIQUE at column 13
            "license: Apache 2",           // 4: HF-LICENSE-UNKNOWN at column 1
            "pipeline_tag: sentiment",     // 5: HF-PIPELINE-TAG at column 1
            "---",
            "# tiny-sentiment",
            "",
            "## Limitations",              // 9: HF-RECOMMENDED and LINT-EMPTY-ANSWER, both warnings (by rule id)
            "",
            "N/A");

    private static final Comparator<Issue> FILE_ORDER = Comparator
            .comparingInt((Issue i) -> i.at().isKnown() ? i.at().line() : Integer.MAX_VALUE)
            .thenComparingInt(i -> i.at().column());

    private static String where(Issue issue) {
        return issue.ruleId() + "@" + issue.at().line() + ":" + issue.at().column();
    }

    @Test
    void issuesWithAPositionComeInLineThenColumnOrder() {
        List<Issue> found = issues(README, HUGGINGFACE, Strictness.RELEASE);

        assertThat(found.stream().filter(i -> i.at().isKnown()).map(IssueOrderTest::where)).containsExactly(
                "HF-NULL-VALUE@2:12",
                "HF-LANGUAGE@2:18",
                "HF-TAGS-UNIQUE@3:13",
                "HF-LICENSE-UNKNOWN@4:1",
                "HF-PIPELINE-TAG@5:1",
                "HF-RECOMMENDED@9:1",
                "LINT-EMPTY-ANSWER@9:1");
    }

    @ParameterizedTest
    @EnumSource(Strictness.class)
    void issuesWithoutAPositionComeLast(Strictness strictness) {
        List<Issue> found = issues(README, CLASSROOM, strictness);

        assertThat(found).anyMatch(i -> !i.at().isKnown()).anyMatch(i -> i.at().isKnown());
        assertThat(found).isSortedAccordingTo(FILE_ORDER);
        int firstUnknown = found.indexOf(found.stream().filter(i -> !i.at().isKnown()).findFirst().orElseThrow());
        assertThat(found.subList(firstUnknown, found.size())).noneMatch(i -> i.at().isKnown());
    }
}
