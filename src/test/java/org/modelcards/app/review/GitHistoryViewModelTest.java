package org.modelcards.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.formats.OpenedCard;
import org.modelcards.core.git.TempGitRepo;

/** The git-history picker's model, with git run on the test's thread. */
class GitHistoryViewModelTest {
    static final Path README = Path.of("assets/examples/tiny-sentiment/README.md");

    @TempDir
    Path dir;

    private static GitHistoryViewModel model(Path file) {
        return new GitHistoryViewModel(file, new CardFiles(), Runnable::run, Runnable::run);
    }

    @Test
    void listsTheCommitsOfTheOpenCardAndOpensTheChosenVersion() throws Exception {
        TempGitRepo repo = TempGitRepo.init(dir);
        Path card = repo.copy(README, "README.md");
        repo.commitAll("Add the card");
        Files.writeString(card, Files.readString(card).replace("apache-2.0", "mit"));
        repo.commitAll("Relicense");

        GitHistoryViewModel model = model(card);
        model.load();
        assertThat(model.commits()).extracting(c -> c.subject()).containsExactly("Relicense", "Add the card");
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();

        List<OpenedCard> opened = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        model.open(model.commits().get(1), opened::add, failed::add);
        assertThat(failed).isEmpty();
        assertThat(opened).singleElement().satisfies(c -> assertThat(c.card().license().id()).isEqualTo("apache-2.0"));
        assertThat(GitHistoryViewModel.versionName(model.commits().get(1)))
                .isEqualTo(model.commits().get(1).shortId() + ":README.md");
    }

    @Test
    void saysWhenTheFileIsNotInARepositoryOrNeverCommitted() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TempGitRepo.gitAvailable(), "git is not installed");
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Path outside = Files.copy(README, plain.resolve("README.md"));
        GitHistoryViewModel model = model(outside);
        model.load();
        assertThat(model.commits()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("README.md is not in a git repository.");

        TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
        Path draft = repo.copy(README, "README.md");
        GitHistoryViewModel fresh = model(draft);
        fresh.load();
        assertThat(fresh.messageProperty().get()).isEqualTo("README.md has never been committed.");
    }
}
