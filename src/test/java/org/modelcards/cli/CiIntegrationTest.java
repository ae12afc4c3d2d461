package org.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.core.git.TempGitRepo;
import org.yaml.snakeyaml.Yaml;

/**
 * The GitHub Action's script and the pre-commit hook, run as CI and pre-commit run them, against a
 * throw-away repository whose pull request changes one card and adds a broken one. The CLI is this
 * build's, started as a fresh JVM the way the scripts start {@code modelcard}.
 */
class CiIntegrationTest {
    private static final Path SCRIPT = Path.of(".github/action/review-changed-cards.sh").toAbsolutePath();
    private static final Path HOOKS = Path.of(".pre-commit-hooks.yaml");
    /** A front matter the Hub refuses: validate reports an error (exit 1). */
    private static final String BROKEN = "---\nlicense: not-a-real-licence\n---\n# Broken model\n\nA model.\n";

    @TempDir
    Path dir;
    private TempGitRepo repo;

    record Run(int code, String out) {
    }

    @BeforeEach
    void repositoryWithAPullRequest() throws Exception {
        assumeTrue(commandWorks("bash", "--version"), "bash is not installed");
        repo = TempGitRepo.init(dir.resolve("repo"));
        repo.copy(DiffCommandTest.README, "models/sentiment/README.md");
        repo.write("docs/guide.md", "# Guide\n");
        repo.commitAll("Add the card");
        repo.git("checkout", "-q", "-b", "pr");
        assertThat(CliTest.run("set", repo.dir().resolve("models/sentiment/README.md").toString(), "license=mit")
                .code()).isZero();
        repo.write("docs/guide.md", "# Guide\n\nMore.\n");
        repo.write("models/broken/README.md", BROKEN);
    }

    @Test
    void theActionValidatesTheChangedCardsIntoSarifAndSummarisesTheirDiffs() throws Exception {
        repo.commitAll("Relicense, add a card");
        Path sarif = dir.resolve("out/modelcard.sarif");
        Files.createDirectories(sarif.getParent());
        Path summary = dir.resolve("out/summary.md");
        Path output = dir.resolve("out/output.txt");

        Run run = action(Map.of("BASE", "main", "SARIF", sarif.toString(), "GITHUB_STEP_SUMMARY", summary.toString(),
                "GITHUB_OUTPUT", output.toString()));

        assertThat(run.code()).as(run.out()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(sarif.toFile());
        assertThat(report.path("version").asText()).isEqualTo("2.1.0");
        List<String> flagged = new ArrayList<>();
        report.path("runs").get(0).path("results").forEach(r -> flagged.add(r.path("ruleId").asText() + " "
                + r.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText()));
        assertThat(flagged).anyMatch(f -> f.startsWith("HF-LICENSE-UNKNOWN") && f.contains("models/broken/README.md"));
        assertThat(String.join("\n", flagged)).doesNotContain("docs/guide.md");

        String text = Files.readString(summary);
        assertThat(text).contains("## Model card review").contains("2 changed card(s)")
                .contains("Licence id (`license.id`)").contains(":models/sentiment/README.md")
                .contains("### models/broken/README.md").contains("A new card.").doesNotContain("guide.md");
        assertThat(Files.readString(output)).contains("cards=2").contains("status=1").contains("sarif=" + sarif);
    }

    @Test
    void theActionPassesWhenTheChangedCardsAreClean() throws Exception {
        Files.delete(repo.dir().resolve("models/broken/README.md"));
        repo.commitAll("Relicense");
        Path summary = dir.resolve("summary.md");
        Run run = action(Map.of("BASE", "main", "SARIF", dir.resolve("x.sarif").toString(),
                "GITHUB_STEP_SUMMARY", summary.toString()));
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(Files.readString(summary)).contains("1 changed card(s)").contains("license.id");

        repo.git("checkout", "-q", "main");
        Run nothing = action(Map.of("BASE", "main", "SARIF", dir.resolve("y.sarif").toString(),
                "GITHUB_STEP_SUMMARY", summary.toString()));
        assertThat(nothing.code()).isZero();
        assertThat(Files.readString(summary)).contains("No model cards changed since");
    }

    @Test
    void theActionSaysWhenTheBaseIsMissing() throws Exception {
        Run run = action(Map.of("BASE", "no-such-branch", "GITHUB_STEP_SUMMARY", dir.resolve("s.md").toString()));
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("the base no-such-branch is not in this clone");
    }

    @Test
    void thePreCommitHookValidatesTheStagedCardsOnly() throws Exception {
        Map<String, Object> hook = preCommitHook();
        Pattern files = Pattern.compile((String) hook.get("files"));
        assertThat(files.matcher("README.md").find()).isTrue();
        assertThat(files.matcher("models/x/README.md").find()).isTrue();
        assertThat(files.matcher("cards/tiny.modelcard.json").find()).isTrue();
        assertThat(files.matcher("docs/guide.md").find()).isFalse();

        repo.git("add", "-A");
        Run broken = hookRun(hook, files);
        assertThat(broken.code()).as(broken.out()).isEqualTo(1);
        assertThat(broken.out()).contains("models/broken/README.md:2:1: error").contains("HF-LICENSE-UNKNOWN")
                .contains("2 files checked");

        repo.git("rm", "-q", "--cached", "models/broken/README.md");
        Run clean = hookRun(hook, files);
        assertThat(clean.code()).as(clean.out()).isZero();
        assertThat(clean.out()).contains("1 file checked");
    }

    /** The hook as pre-commit runs it: its entry, then the staged files its pattern matches. */
    private Run hookRun(Map<String, Object> hook, Pattern files) throws Exception {
        List<String> command = new ArrayList<>(modelcard());
        String entry = (String) hook.get("entry");
        assertThat(entry).startsWith("modelcard ");
        command.addAll(List.of(entry.substring("modelcard ".length()).split(" ")));
        for (String staged : repo.git("diff", "--cached", "--name-only", "--diff-filter=ACMR").split("\n")) {
            if (!staged.isBlank() && files.matcher(staged).find()) {
                command.add(staged);
            }
        }
        return run(command, Map.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> preCommitHook() throws IOException {
        List<Map<String, Object>> hooks = new Yaml().load(Files.readString(HOOKS));
        assertThat(hooks).extracting(h -> h.get("id")).contains("modelcard-validate");
        Map<String, Object> hook = hooks.stream().filter(h -> "modelcard-validate".equals(h.get("id"))).findFirst()
                .orElseThrow();
        assertThat(hook.get("language")).isEqualTo("system");
        return hook;
    }

    private Run action(Map<String, String> environment) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.put("MODELCARD", String.join(" ", modelcard()));
        return run(List.of("bash", SCRIPT.toString()), env);
    }

    /** This build's CLI in a fresh JVM, as {@code modelcard} would be. */
    private static List<String> modelcard() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "org.modelcards.Main");
    }

    private Run run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.dir().toFile()).redirectErrorStream(true);
        builder.environment().remove("GITHUB_STEP_SUMMARY");
        builder.environment().remove("GITHUB_OUTPUT");
        builder.environment().remove("GITHUB_BASE_REF");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out);
    }

    private static boolean commandWorks(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
