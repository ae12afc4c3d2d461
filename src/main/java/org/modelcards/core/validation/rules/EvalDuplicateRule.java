package org.modelcards.core.validation.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.Numbers;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Findings;
import org.modelcards.core.validation.Rule;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.RuleSource;
import org.modelcards.core.validation.Severity;

/**
 * Two results that agree on every field but the value (as huggingface_hub's
 * {@code EvalResult.is_equal_except_value} compares them: task type, name and args, dataset type,
 * name, config, split, revision and args, metric type, name, config and args, verified, source; the
 * verify token is derived from the value, so it is left out) are a repeat when the values agree and a
 * contradiction when they do not. Rows that differ in any of those (a translation card's language
 * pairs in {@code task.args}) are different results. Both are warnings: the Hub accepts them.
 */
final class EvalDuplicateRule implements Rule {
    static final RuleInfo DUPLICATE = RuleInfo.of("EVAL-DUPLICATE", Severity.WARNING, Rules.ALL, RuleSource.HUB_CLIENT,
            "The same result (every field and the value) is listed twice.");
    static final RuleInfo CONFLICT = RuleInfo.of("EVAL-CONFLICT", Severity.WARNING, Rules.ALL, RuleSource.HUB_CLIENT,
            "Two results that agree on every field but the value disagree on the value.");

    /** 0.9 and 0.90 are the same number; text that is not a number is compared as written. */
    private static boolean sameValue(String a, String b) {
        var x = Numbers.parse(a);
        var y = Numbers.parse(b);
        return x.isPresent() && y.isPresent() ? x.get().compareTo(y.get()) == 0 : a.strip().equals(b.strip());
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(DUPLICATE, CONFLICT);
    }

    @Override
    public void check(CardSubject subject, Findings findings) {
        List<EvalResult> rows = subject.card().evaluation().results();
        Map<List<String>, Integer> first = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            EvalResult r = rows.get(i);
            List<String> key = List.of(r.model(), r.taskType(), r.taskName(), r.taskArgs(), r.datasetType(),
                    r.datasetName(), r.datasetConfig(), r.datasetSplit(), r.datasetRevision(), r.datasetArgs(),
                    r.metricType(), r.metricName(), r.metricConfig(), r.metricArgs(), String.valueOf(r.verified()),
                    r.slice(), r.threshold(), r.ciLow(), r.ciHigh(), r.sourceName(), r.sourceUrl());
            Integer earlier = first.putIfAbsent(key, i);
            if (earlier == null) {
                continue;
            }
            String path = "evaluation.results[" + i + "]";
            boolean same = sameValue(rows.get(earlier).value(), r.value());
            findings.report(same ? DUPLICATE : CONFLICT, "evaluation.results", path,
                    path + (same ? " repeats " : " contradicts ") + "evaluation.results[" + earlier + "] ("
                            + r.metricType() + " on " + r.datasetName() + (r.slice().isBlank() ? "" : ", slice " + r.slice())
                            + (same ? ")." : ": " + rows.get(earlier).value() + " vs " + r.value() + ")."),
                    same ? "Remove the repeated row." : "Keep the right value, or tell the rows apart by split, slice or source.");
        }
    }
}
