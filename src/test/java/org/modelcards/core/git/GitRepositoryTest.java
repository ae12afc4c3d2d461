package org.modelcards.core.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void showsAFileAsItWasInACommit() throws Exception {
        TempGitRepo repo = TempGitRepo.init(dir);
        repo.write("cards/README.md", "first\n");
        String first = repo.commitAll("first");
        repo.write("cards/README.md", "second\n");
        repo.commitAll("second");

        GitRepository git = GitRepository.at(dir.resolve("cards"));
        assertThat(git.root()).isEqualTo(dir.toRealPath());
        assertThat(new String(git.show(first, "cards/README.md"), StandardCharsets.UTF_8)).isEqualTo("first\n");
        assertThat(new String(git.show("HEAD", "cards/README.md"), StandardCharsets.UTF_8)).isEqualTo("second\n");
        assertThat(git.exists("HEAD", "cards/README.md")).isTrue();
        assertThat(git.exists("HEAD", "cards/missing.md")).isFalse();
        assertThat(git.exists("no-such-branch", "cards/README.md")).isFalse();
        assertThat(git.pathOf(dir.resolve("cards/README.md"))).isEqualTo("cards/README.md");
    }

    @Test
    void listsWhatChangedSinceARevisionButNotWhatWasDeleted() throws Exception {
        TempGitRepo repo = TempGitRepo.init(dir);
        repo.write("a.md", "a\n");
        repo.write("b.md", "b\n");
        repo.write("gone.md", "x\n");
        String base = repo.commitAll("base");
        repo.write("a.md", "a, edited\n");
        repo.write("new/c.md", "c\n");
        Files.delete(dir.resolve("gone.md"));
        repo.git("add", "-A");

        assertThat(GitRepository.at(dir).changedSince(base)).containsExactly("a.md", "new/c.md");
    }

    @Test
    void historyListsTheCommitsOfOneFileNewestFirstAcrossARename() throws Exception {
        TempGitRepo repo = TempGitRepo.init(dir);
        repo.write("old.md", "one\n");
        repo.write("other.md", "x\n");
        repo.commitAll("Add the card");
        repo.write("other.md", "y\n");
        repo.commitAll("Touch another file");
        repo.git("mv", "old.md", "card.md");
        repo.commitAll("Rename the card");
        repo.write("card.md", "one\ntwo\n");
        repo.commitAll("Edit the card");

        var history = GitRepository.at(dir).history(dir.resolve("card.md"));
        assertThat(history).extracting(Commit::subject)
                .containsExactly("Edit the card", "Rename the card", "Add the card");
        assertThat(history.get(2).path()).isEqualTo("old.md");
        assertThat(history.get(0).author()).isEqualTo("Test Author");
        assertThat(history.get(0).label()).contains(history.get(0).shortId()).contains("Edit the card");
        assertThat(new String(GitRepository.at(dir).show(history.get(2).id(), history.get(2).path()),
                StandardCharsets.UTF_8)).isEqualTo("one\n");
    }

    @Test
    void aFileNeverCommittedHasNoHistory() throws Exception {
        TempGitRepo repo = TempGitRepo.init(dir);
        repo.write("card.md", "draft\n");
        assertThat(GitRepository.at(dir).history(dir.resolve("card.md"))).isEmpty();
    }

    @Test
    void eachFailureSaysWhatItIs() throws Exception {
        TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
        Files.createDirectories(dir.resolve("plain"));
        assertThatThrownBy(() -> GitRepository.at(dir.resolve("plain")))
                .isInstanceOfSatisfying(GitException.class,
                        e -> assertThat(e.kind()).isEqualTo(GitException.Kind.NOT_A_REPOSITORY))
                .hasMessageContaining("not in a git repository");

        Files.createDirectories(repo.dir());
        repo.write("card.md", "x\n");
        repo.commitAll("one");
        GitRepository git = GitRepository.at(repo.dir());
        assertThatThrownBy(() -> git.show("nope", "card.md")).isInstanceOfSatisfying(GitException.class,
                e -> assertThat(e.kind()).isEqualTo(GitException.Kind.UNKNOWN_REVISION)).hasMessageContaining("nope");
        assertThatThrownBy(() -> git.show("HEAD", "missing.md")).isInstanceOfSatisfying(GitException.class,
                e -> assertThat(e.kind()).isEqualTo(GitException.Kind.NO_SUCH_PATH)).hasMessageContaining("missing.md");
        assertThatThrownBy(() -> git.changedSince("--output=x")).isInstanceOfSatisfying(GitException.class,
                e -> assertThat(e.kind()).isEqualTo(GitException.Kind.UNKNOWN_REVISION));
    }
}
