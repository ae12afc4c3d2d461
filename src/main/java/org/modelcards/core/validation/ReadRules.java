package org.modelcards.core.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.format.ReadProblem;

/** The rules behind problems met while reading a file, so they are listed, documented and reported like any other. */
public final class ReadRules {
    /** A project config file ({@code .modelcard.yaml}) that cannot be used; the cards under it are not checked. */
    public static final String CONFIG = "CONFIG-INVALID";
    private static final Set<Profile> EVERY = Set.of(Profile.values());
    private static final List<RuleInfo> RULES = List.of(
            RuleInfo.of(ReadProblem.UNREADABLE, Severity.ERROR, EVERY, RuleSource.FILE,
                    "The file cannot be read as a text card: missing, binary, not UTF-8, or over 50 MB."),
            RuleInfo.of(ReadProblem.JSON_SYNTAX, Severity.ERROR, EVERY, RuleSource.FILE, "The JSON is not well formed."),
            RuleInfo.of(ReadProblem.NOT_A_CARD, Severity.ERROR, EVERY, RuleSource.FILE,
                    "The file is well formed but is not a model card, or a value has the wrong type."),
            RuleInfo.of(ReadProblem.YAML_SYNTAX, Severity.ERROR, EVERY, RuleSource.HUB_CLIENT,
                    "The front matter's YAML is not well formed (tabs for indentation, unclosed quotes).")
                    .cite("huggingface_hub src/huggingface_hub/repocard.py (RepoCard parses the block with yaml.safe_load"
                            + " and raises on a YAML error); the Hub then reads no metadata"),
            RuleInfo.of(ReadProblem.YAML_NOT_MAPPING, Severity.ERROR, EVERY, RuleSource.HUB_CLIENT,
                    "The front matter must be a mapping of keys to values.")
                    .cite("huggingface_hub src/huggingface_hub/repocard.py (\"repo card metadata block should be a dict\")"),
            RuleInfo.of(ReadProblem.YAML_DUPLICATE_KEY, Severity.ERROR, EVERY, RuleSource.FILE,
                    "A metadata key appears twice, so one of its values is lost.")
                    .cite("YAML 1.2.2 section 3.2.1.1: mapping keys are unique; parsers refuse the block or keep one value"),
            RuleInfo.of(ReadProblem.YAML_LIMIT, Severity.ERROR, EVERY, RuleSource.FILE,
                    "The front matter exceeds a safety limit (aliases, nesting, size)."),
            RuleInfo.of(ReadProblem.FRONT_MATTER_UNCLOSED, Severity.ERROR, EVERY, RuleSource.HUB_CLIENT,
                    "The front matter opens with --- but has no closing --- line, so the Hub reads no metadata.")
                    .cite("huggingface_hub src/huggingface_hub/repocard.py REGEX_YAML_BLOCK (the pattern the Hub uses)"),
            RuleInfo.of(CONFIG, Severity.ERROR, EVERY, RuleSource.FILE,
                    "A project config file (.modelcard.yaml) cannot be used: not YAML, or an unknown key, rule or level."),
            RuleInfo.of(ReadProblem.FRONT_MATTER_POSITION, Severity.WARNING, EVERY, RuleSource.HUB_DOCS,
                    "A --- block that does not start on the first line is not front matter."),
            RuleInfo.of(ReadProblem.EVAL_RESULTS_ENTRY, Severity.ERROR, EVERY, RuleSource.HUB_DOCS,
                    "An entry of an .eval_results file lacks what the Hub requires (dataset id and task_id, a value)"
                    + " or has the wrong type; the file's other entries are still read.")
                    .cite("hub-docs docs/hub/eval-results.md (\"Required\" keys of an .eval_results/*.yaml entry);"
                            + " huggingface_hub src/huggingface_hub/_eval_results.py (EvalResultEntry)"));
    private static final Map<String, RuleInfo> BY_ID = RULES.stream()
            .collect(Collectors.toUnmodifiableMap(RuleInfo::id, Function.identity()));

    private ReadRules() {
    }

    public static List<RuleInfo> all() {
        return RULES;
    }

    /** The problem as an issue under its rule (unknown codes are reported as unreadable files). */
    public static Issue toIssue(ReadProblem problem) {
        RuleInfo rule = BY_ID.getOrDefault(problem.code(), RULES.get(0));
        return new Issue(rule.id(), rule.severity(Strictness.RELEASE), "", problem.message(), "", problem.at());
    }
}
