package org.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.cli.CliTest.Run;
import org.modelcards.core.validation.ReadRules;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.checker.Validator;

class ValidateCommandTest {
    static final Path NASTY = Path.of("src/test/resources/fixtures/nasty");
    static final Path EXAMPLE = Path.of("assets/examples/tiny-sentiment.modelcard.json");
    private static final Set<String> READ_RULES = ReadRules.all().stream().map(RuleInfo::id).collect(Collectors.toSet());

    @TempDir
    Path dir;

    @Test
    void aCompleteCardPassesWithExitZero() {
        Run run = CliTest.run("validate", EXAMPLE.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).endsWith("1 file checked (huggingface, draft): 0 errors, 0 warnings, 0 notes\n");
    }

    @Test
    void errorsGiveExitOneAndCompilerStyleLines() throws Exception {
        Path card = dir.resolve("README.md");
        Files.writeString(card, "---\nlicense: other\nlanguage: [english]\n---\n# Model Card for x\n");
        Run run = CliTest.run("validate", card.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains(card + ":2:1: warning: license is other but license_name is missing.")
                .contains(card + ":3:12: error: language[0] \"english\" is not an ISO 639-1, 639-2 or 639-3 code. (Use the code,"
                        + " not the name: en.) [HF-LANGUAGE]");
    }

    @Test
    void missingContentIsAWarningUnlessTheReleaseGateIsAskedFor() throws Exception {
        Path card = dir.resolve("README.md");
        Files.writeString(card, "---\nlicense: mit\n---\n# Model Card for x\n");
        assertThat(CliTest.run("validate", card.toString()).code()).isEqualTo(0);
        assertThat(CliTest.run("validate", "--profile", "mitchell", card.toString()).code()).isZero();
        assertThat(CliTest.run("validate", "--profile", "mitchell", "--strictness", "release", card.toString()).code()).isEqualTo(1);
    }

    /** The nasty corpus: every unreadable file is exactly one line with its position; the run goes on and exits 2. */
    @Test
    void theNastyFolderReportsEachUnreadableFileOnceAndExitsTwo() throws Exception {
        Run run = CliTest.run("validate", NASTY.toString());
        assertThat(run.code()).isEqualTo(2);
        Map<String, String> expected = Map.of(
                "latin1.md", ":10:36: error: not UTF-8 text",
                "binary.md", ":2:2: error: not UTF-8 text",
                "not-json.modelcard.json", ":1:27: error: invalid JSON",
                "not-a-card.json", ":1:1: error: not a model card",
                "wrong-types.modelcard.json", ":4:13: error: details.name must be a string, not an object");
        for (var entry : expected.entrySet()) {
            List<String> lines = linesFor(run.out(), entry.getKey());
            assertThat(lines).as(entry.getKey()).hasSize(1);
            assertThat(lines.get(0)).startsWith(NASTY.resolve(entry.getKey()) + entry.getValue());
        }
        Map<String, String> yaml = Map.of(
                "tabs-in-yaml.md", ":8:1: error: invalid YAML in front matter: found character '\\t(TAB)'",
                "alias-bomb.md", ":3:8: error: too many YAML aliases",
                "recursive-alias.md", ":3:7: error: a YAML alias refers to itself",
                "duplicate-keys.md", ":5:1: error: duplicate key \"license\"",
                "front-matter-is-a-list.md", ":2:1: error: front matter must be a mapping",
                "front-matter-scalar.md", ":2:1: error: front matter must be a mapping",
                "unclosed-front-matter.md", ":1:1: error: the front matter opened here is never closed");
        for (var entry : yaml.entrySet()) {
            assertThat(linesFor(run.out(), entry.getKey())).as(entry.getKey())
                    .anySatisfy(line -> assertThat(line).startsWith(NASTY.resolve(entry.getKey()) + entry.getValue()));
        }
        for (String ok : List.of("crlf.md", "cr-only.md", "mixed-endings.md", "bom.md", "no-trailing-newline.md",
                "unicode-rtl-cjk-emoji.md", "raw-html-tables.md", "good.modelcard.json")) {
            assertThat(linesFor(run.out(), ok)).as(ok).noneMatch(line -> line.contains(": error: "));
        }
        assertThat(run.out()).contains("30 files checked").contains("5 unreadable");
    }

    @Test
    void outputFollowsInputOrderWhateverTheThreads() {
        Run one = CliTest.run("validate", "--threads", "1", NASTY.toString(), EXAMPLE.toString());
        Run four = CliTest.run("validate", "--threads", "4", NASTY.toString(), EXAMPLE.toString());
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(four.code()).isEqualTo(one.code());
    }

    @Test
    void aMissingPathIsUnreadableAndTheOthersAreStillChecked() {
        Run run = CliTest.run("validate", "no/such/card.md", EXAMPLE.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("no/such/card.md: error: no such file [FILE-UNREADABLE]").contains("2 files checked");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliTest.run("validate").code()).isEqualTo(2);
        assertThat(CliTest.run("validate", "--profile", "nope", EXAMPLE.toString()).code()).isEqualTo(2);
        assertThat(CliTest.run("validate", "--format", "xml", EXAMPLE.toString()).code()).isEqualTo(2);
        assertThat(CliTest.run("validate", "--strictness", "strict", EXAMPLE.toString()).code()).isEqualTo(2);
    }

    /** The parts of SARIF 2.1.0 that GitHub code scanning requires. */
    @Test
    void sarifHasTheStructureCodeScanningNeeds() throws Exception {
        Run run = CliTest.run("validate", "--format", "sarif", NASTY.resolve("bad-model-index.md").toString(),
                NASTY.resolve("latin1.md").toString());
        assertThat(run.code()).isEqualTo(2);
        JsonNode sarif = new ObjectMapper().readTree(run.out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("$schema").asText()).contains("sarif-2.1.0");
        assertThat(sarif.get("runs")).hasSize(1);
        JsonNode driver = sarif.get("runs").get(0).get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("modelcard");
        List<String> ruleIds = new ArrayList<>();
        driver.get("rules").forEach(rule -> {
            ruleIds.add(rule.get("id").asText());
            assertThat(rule.get("shortDescription").get("text").asText()).isNotBlank();
            assertThat(rule.get("defaultConfiguration").get("level").asText()).isIn("error", "warning", "note");
        });
        assertThat(ruleIds).containsExactlyElementsOf(Validator.standard().rules().stream().map(RuleInfo::id).toList());
        JsonNode results = sarif.get("runs").get(0).get("results");
        assertThat(results.size()).isGreaterThan(5);
        for (JsonNode result : results) {
            String ruleId = result.get("ruleId").asText();
            assertThat(ruleIds.get(result.get("ruleIndex").asInt())).isEqualTo(ruleId);
            assertThat(result.get("level").asText()).isIn("error", "warning", "note");
            assertThat(result.get("message").get("text").asText()).isNotBlank();
            JsonNode location = result.get("locations").get(0).get("physicalLocation");
            assertThat(location.get("artifactLocation").get("uri").asText()).startsWith("src/test/resources/fixtures/nasty/");
            if (location.has("region")) {
                assertThat(location.get("region").get("startLine").asInt()).isPositive();
                assertThat(location.get("region").get("startColumn").asInt()).isPositive();
            }
        }
        assertThat(results.findValuesAsText("ruleId")).contains("HF-MODEL-INDEX", "FILE-UNREADABLE");
        JsonNode configIssue = Arrays.stream(new ObjectMapper().treeToValue(results, JsonNode[].class))
                .filter(r -> r.get("message").get("text").asText().contains("dataset.config must be a string"))
                .findFirst().orElseThrow();
        assertThat(configIssue.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
                .isEqualTo(13);
        assertThat(run.err()).contains("2 files checked");
    }

    @Test
    void githubAnnotationsAreWorkflowCommands() {
        Run run = CliTest.run("validate", "--format", "github", NASTY.resolve("license-other-missing.md").toString());
        assertThat(run.out().lines()).allMatch(line -> line.matches("::(error|warning|notice) file=[^,]+(,line=\\d+,col=\\d+)?,title=[A-Z0-9-]+::.+"));
        assertThat(run.out()).contains("::warning file=" + NASTY.resolve("license-other-missing.md") + ",line=2,col=1,title=HF-LICENSE-OTHER::license is other but license_name is missing.");
    }

    @Test
    void jsonOutputIsOneDocumentWithCompletenessAndIssues() throws Exception {
        Run run = CliTest.run("validate", "--format", "json", EXAMPLE.toString(), NASTY.resolve("latin1.md").toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("profile").asText()).isEqualTo("huggingface");
        assertThat(json.get("files")).hasSize(2);
        assertThat(json.get("files").get(0).get("completeness").get("percent").asInt()).isEqualTo(100);
        assertThat(json.get("files").get(1).get("readable").asBoolean()).isFalse();
        assertThat(json.get("files").get(1).get("issues").get(0).get("line").asInt()).isEqualTo(10);
        assertThat(json.get("summary").get("exitCode").asInt()).isEqualTo(2);
    }

    @Test
    void scoresExplainWhatIsMissing() throws Exception {
        Path card = dir.resolve("README.md");
        Files.writeString(card, "---\nlicense: mit\n---\n# Model Card for x\n\n## Uses\n\n### Direct Use\n\nSorting reviews by mood for a shop.\n");
        Run run = CliTest.run("validate", "--scores", card.toString());
        assertThat(run.out()).containsPattern(card + ": \\d+% complete")
                .containsPattern("Intended use\\s+\\d+%  missing: intendedUse.outOfScope");
    }

    @Test
    void rulesListsEveryRuleWithItsSource() {
        Run run = CliTest.run("rules");
        assertThat(run.code()).isZero();
        for (RuleInfo rule : Validator.standard().rules()) {
            assertThat(run.out()).contains(rule.id());
        }
        assertThat(run.out()).startsWith("Severity contract:").contains("warning/error (release)").contains("Mitchell et al.")
                .contains("EU AI Act").contains("cites: " + "huggingface.js packages/hub/src/types/api/api-model.ts");
        Run facts = CliTest.run("rules", "--facts");
        assertThat(facts.out()).contains("hub-languages.tsv").contains("hub-licenses.tsv").contains("hub-pipeline-tags.tsv (57 entries)")
                .contains("hub-libraries.tsv").contains("Retrieved");
        assertThat(READ_RULES).contains("YAML-LIMIT");
    }

    private static List<String> linesFor(String output, String file) {
        return output.lines().filter(line -> line.startsWith(NASTY.resolve(file) + ":")).toList();
    }

    @Test
    void aReadmeWhoseTextStartsWithABraceIsMarkdown() throws Exception {
        Path card = dir.resolve("README.md");
        Files.writeString(card, "{{ card_data }} is not JSON\n\n# Model Card\n");
        Run run = CliTest.run("validate", card.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).doesNotContain("JSON-SYNTAX").doesNotContain("unreadable");
    }

    @Test
    void aProjectConfigTurnsRulesOffReGradesThemAndOverridesPerPath() throws Exception {
        Files.writeString(dir.resolve(".modelcard.yaml"), "rules:\n  HF-RECOMMENDED: off\n  HF-REQUIRED: error\n"
                + "overrides:\n  - paths: [\"legacy/**\"]\n    rules:\n      HF-LANGUAGE: warning\n");
        Path legacy = Files.createDirectories(dir.resolve("legacy/old"));
        Path card = legacy.resolve("README.md");
        Files.writeString(card, "---\nlanguage: [english]\n---\n# x\n");
        Run run = CliTest.run("validate", card.toString());
        assertThat(run.out()).contains("warning: language[0] \"english\"").contains("error: license.id")
                .doesNotContain("HF-RECOMMENDED");
        assertThat(run.code()).isEqualTo(1);
        assertThat(CliTest.run("validate", "--no-config", card.toString()).out()).contains("error: language[0] \"english\"");
    }

    @Test
    void aBrokenConfigIsAUsageError() throws Exception {
        Files.writeString(dir.resolve(".modelcard.yaml"), "rules:\n  NO-SUCH-RULE: off\n");
        Path card = dir.resolve("README.md");
        Files.writeString(card, "# x\n");
        Run run = CliTest.run("validate", card.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out() + run.err()).contains("unknown rule NO-SUCH-RULE");
    }

    @Test
    void inlineCommentsSilenceFindings() throws Exception {
        Path card = dir.resolve("README.md");
        Files.writeString(card, "---\nlicense: mit\n---\n# x\n\n<!-- modelcard-disable LINT-TEMPLATE-TEXT -->\n## Uses\n\n"
                + "[More Information Needed]\n<!-- modelcard-enable -->\n\n<!-- modelcard-disable-next-line LINT-EMPTY-ANSWER -->\n"
                + "## Bias, Risks, and Limitations\n\nN/A\n\n## Training Details\n\n[More Information Needed]\n");
        Run run = CliTest.run("validate", "--profile", "mitchell", card.toString());
        assertThat(run.out()).doesNotContain("LINT-EMPTY-ANSWER");
        assertThat(run.out().lines().filter(l -> l.contains("LINT-TEMPLATE-TEXT")).count()).isEqualTo(1);
    }

    @Test
    void aBaselineHidesKnownFindingsEvenWhenLinesMove() throws Exception {
        Path card = dir.resolve("README.md");
        Files.writeString(card, "---\nlanguage: [english]\n---\n# x\n");
        Path baseline = dir.resolve("baseline.json");
        assertThat(CliTest.run("validate", "--write-baseline", baseline.toString(), card.toString()).code()).isZero();
        Files.writeString(card, "---\ntags: [a]\nlanguage: [english]\n---\n# x\n");
        assertThat(CliTest.run("validate", "--baseline", baseline.toString(), card.toString()).code()).isZero();
        Files.writeString(card, "---\ntags: [a]\nlanguage: [english, french]\n---\n# x\n");
        Run run = CliTest.run("validate", "--baseline", baseline.toString(), card.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("\"french\"").doesNotContain("\"english\"");
    }

    @Test
    void failOnAndQuiet() throws Exception {
        Path card = dir.resolve("README.md");
        Files.writeString(card, "---\nlicense: mit\n---\n# x\n");
        assertThat(CliTest.run("validate", card.toString()).code()).isZero();
        assertThat(CliTest.run("validate", "--fail-on", "warning", "--profile", "mitchell", card.toString()).code()).isEqualTo(1);
        Files.writeString(card, "---\nlanguage: [english]\n---\n# x\n");
        assertThat(CliTest.run("validate", "--fail-on", "never", card.toString()).code()).isZero();
        Run quiet = CliTest.run("validate", "--quiet", card.toString());
        assertThat(quiet.out().lines().filter(l -> l.contains(": warning: ") || l.contains(": info: "))).isEmpty();
        assertThat(quiet.out()).contains(": error: ");
    }

    @Test
    void sarifGivesAFileLevelFindingNoInventedLine() throws Exception {
        Path card = dir.resolve("README.md");
        Files.writeString(card, "---\nlicense: mit\n---\n# x\n");
        JsonNode sarif = new ObjectMapper().readTree(CliTest.run("validate", "--format", "sarif", card.toString()).out());
        JsonNode results = sarif.at("/runs/0/results");
        assertThat(results.size()).isPositive();
        for (JsonNode result : results) {
            JsonNode location = result.at("/locations/0/physicalLocation");
            assertThat(location.has("artifactLocation")).isTrue();
            if (result.path("ruleId").asText().equals("HF-REQUIRED")) {
                assertThat(location.has("region")).as("a finding about the whole card has no region").isFalse();
            }
        }
    }

    @Test
    void aFolderRunEndsWithATablePerRuleAndErrorsComeFirst() throws Exception {
        Files.writeString(dir.resolve("a.md"), "---\nlanguage: [english]\n---\n# x\n\n## Uses\n\n[More Information Needed]\n");
        Files.writeString(dir.resolve("b.md"), "---\nlicense: mit\n---\n# y\n");
        Run run = CliTest.run("validate", dir.toString());
        List<String> lines = run.out().lines().toList();
        int error = lines.indexOf(lines.stream().filter(l -> l.contains(": error: ")).findFirst().orElseThrow());
        int warning = lines.indexOf(lines.stream().filter(l -> l.contains("a.md") && l.contains(": warning: ")).findFirst().orElseThrow());
        assertThat(error).isLessThan(warning);
        assertThat(lines.stream().filter(l -> l.contains("b.md") && l.contains("HF-RECOMMENDED")).count()).isEqualTo(1);
        assertThat(run.out()).contains("rule                           severity findings  cards");
    }
}
