package org.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.cli.CliTest.Run;
import org.modelcards.core.git.TempGitRepo;

/** {@code modelcard diff REV:PATH FILE} and {@code modelcard diff --git REV} against a throw-away repository. */
class DiffGitTest {
    @TempDir
    Path dir;

    /** A repository whose main holds the example README; the work tree then changes its licence and adds a card. */
    private TempGitRepo repoWithAChangedCard() throws Exception {
        TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
        repo.copy(DiffCommandTest.README, "models/README.md");
        repo.write("notes.txt", "not a card\n");
        repo.commitAll("Add the card");
        assertThat(CliTest.run("set", repo.dir().resolve("models/README.md").toString(), "license=mit").code()).isZero();
        repo.write("notes.txt", "still not a card\n");
        repo.copy(DiffCommandTest.JSON, "models/other.modelcard.json");
        return repo;
    }

    @Test
    void aVersionInGitIsComparedWithAFile() throws Exception {
        TempGitRepo repo = repoWithAChangedCard();
        Path now = repo.dir().resolve("models/README.md");
        Run run = CliTest.run("diff", "--repo", repo.dir().toString(), "main:models/README.md", now.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("~ license.id: apache-2.0 -> mit").contains("1 change;");

        Run same = CliTest.run("diff", "--repo", repo.dir().toString(), "HEAD:models/README.md", DiffCommandTest.README.toString());
        assertThat(same.code()).isZero();
        Run relative = CliTest.run("diff", "--repo", repo.dir().resolve("models").toString(), "main:./README.md",
                now.toString());
        assertThat(relative.code()).isEqualTo(1);
    }

    @Test
    void gitModeComparesEveryChangedCardWithItsVersionThere() throws Exception {
        TempGitRepo repo = repoWithAChangedCard();
        repo.git("add", "-A");
        Run run = CliTest.run("diff", "--repo", repo.dir().toString(), "--git", "main");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("== models/README.md\n").contains("~ license.id: apache-2.0 -> mit")
                .contains("== models/other.modelcard.json (new)").doesNotContain("notes.txt");

        Run markdown = CliTest.run("diff", "--repo", repo.dir().toString(), "--git", "main", "--format", "markdown");
        assertThat(markdown.out()).contains("main:models/README.md").contains("Licence id (`license.id`)");
        Run json = CliTest.run("diff", "--repo", repo.dir().toString(), "--git", "main", "--format", "json");
        assertThat(json.out().strip()).startsWith("[").endsWith("]");
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    }

    @Test
    void nothingChangedIsExitZero() throws Exception {
        TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
        repo.copy(DiffCommandTest.README, "README.md");
        repo.commitAll("Add the card");
        Run run = CliTest.run("diff", "--repo", repo.dir().toString(), "--git", "HEAD");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("No card files changed since HEAD.");
    }

    @Test
    void aFolderThatIsNotARepositoryOrAMissingVersionIsExitTwoWithOneClearLine() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Run outside = CliTest.run("diff", "--repo", plain.toString(), "--git", "main");
        assertThat(outside.code()).isEqualTo(2);
        assertThat(outside.err()).contains("is not in a git repository");

        TempGitRepo repo = repoWithAChangedCard();
        Run badRevision = CliTest.run("diff", "--repo", repo.dir().toString(), "nope:models/README.md",
                DiffCommandTest.README.toString());
        assertThat(badRevision.code()).isEqualTo(2);
        assertThat(badRevision.err()).contains("unknown revision nope");
        Run badPath = CliTest.run("diff", "--repo", repo.dir().toString(), "main:models/missing.md",
                DiffCommandTest.README.toString());
        assertThat(badPath.code()).isEqualTo(2);
        assertThat(badPath.err()).contains("main has no file models/missing.md");
        Run both = CliTest.run("diff", "--git", "main", "a.md");
        assertThat(both.code()).isEqualTo(2);
    }
}
