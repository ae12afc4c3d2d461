package org.modelcards.app.review;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.formats.OpenedCard;
import org.modelcards.core.git.Commit;
import org.modelcards.core.git.GitCards;
import org.modelcards.core.git.GitException;
import org.modelcards.core.git.GitRepository;

/**
 * The versions of the open card in git, for a review against one of them. git runs on the
 * {@code background} executor and results are published on {@code foreground} (the FX thread in the
 * app, the caller's thread in tests), so the window never waits for git.
 */
public final class GitHistoryViewModel {
    private final Path file;
    private final CardFiles files;
    private final Executor background;
    private final Executor foreground;
    private final ObservableList<Commit> commits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Reading the history…");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private volatile GitCards cards;

    public GitHistoryViewModel(Path file, CardFiles files, Executor background, Executor foreground) {
        this.file = file;
        this.files = files;
        this.background = background;
        this.foreground = foreground;
    }

    /** The file whose history this is. */
    public Path file() {
        return file;
    }

    /** The commits that changed the file, newest first; filled by {@link #load()}. */
    public ObservableList<Commit> commits() {
        return commits;
    }

    /** What to tell the user while the list is empty: reading, not a repository, never committed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while git is asked. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Reads the file's history in the background. */
    public void load() {
        busy.set(true);
        background.execute(() -> {
            try {
                GitRepository repository = GitRepository.at(file.toAbsolutePath().getParent());
                cards = new GitCards(repository, files);
                List<Commit> history = repository.history(file);
                foreground.execute(() -> {
                    commits.setAll(history);
                    message.set(history.isEmpty() ? file.getFileName() + " has never been committed." : "");
                    busy.set(false);
                });
            } catch (GitException e) {
                String text = switch (e.kind()) {
                    case NOT_A_REPOSITORY -> file.getFileName() + " is not in a git repository.";
                    case GIT_MISSING -> "git is not installed (or not on the PATH).";
                    default -> e.getMessage();
                };
                foreground.execute(() -> {
                    message.set(text);
                    busy.set(false);
                });
            }
        });
    }

    /** Reads the file as it was in {@code commit} in the background, then hands it to one of the two callbacks. */
    public void open(Commit commit, Consumer<OpenedCard> opened, Consumer<String> failed) {
        busy.set(true);
        background.execute(() -> {
            try {
                OpenedCard card = cards.open(commit.id(), commit.path());
                foreground.execute(() -> {
                    busy.set(false);
                    opened.accept(card);
                });
            } catch (GitException e) {
                report(failed, e.getMessage());
            } catch (CardReadException e) {
                report(failed, e.problem().toString());
            }
        });
    }

    private void report(Consumer<String> failed, String text) {
        foreground.execute(() -> {
            busy.set(false);
            failed.accept(text);
        });
    }

    /** The name of a version in the review window: {@code a1b2c3d:models/README.md}. */
    public static String versionName(Commit commit) {
        return commit.shortId() + ":" + commit.path();
    }
}
