package org.modelcards.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.model.ModelCard;

/** Issue 16, part 2: each instance has its own snapshots; only those of instances that are gone are offered. */
class RecoveryStoreTest {
    @TempDir
    Path dir;

    @Test
    void twoLiveInstancesDoNotSeeEachOthersSnapshots() throws Exception {
        try (RecoveryStore first = RecoveryStore.open(dir); RecoveryStore second = RecoveryStore.open(dir)) {
            first.keep("a", work("first's live work"));
            second.keep("b", work("second's live work"));
            assertThat(second.orphans()).as("the first instance is running").isEmpty();
            assertThat(first.orphans()).isEmpty();
            assertThat(first.mine()).extracting(s -> s.card().details().name()).containsExactly("first's live work");
        }
    }

    @Test
    void aLiveInstancesSnapshotCannotBeDiscardedByAnother() throws Exception {
        try (RecoveryStore first = RecoveryStore.open(dir); RecoveryStore second = RecoveryStore.open(dir)) {
            first.keep("a", work("live"));
            RecoveryStore.Snapshot live = first.mine().get(0);
            assertThatThrownBy(() -> second.discard(live)).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> second.adopt(live, "stolen")).isInstanceOf(IOException.class);
            assertThat(first.mine()).hasSize(1);
            assertThat(second.mine()).isEmpty();
        }
    }

    @Test
    void everyOrphanIsOfferedNewestFirstAfterTwoCrashes() throws Exception {
        crashedWith("older crash");
        crashedWith("newer crash");
        try (RecoveryStore running = RecoveryStore.open(dir); RecoveryStore starting = RecoveryStore.open(dir)) {
            running.keep("live", work("running instance"));
            List<RecoveryStore.Snapshot> offered = starting.orphans();
            assertThat(offered).extracting(s -> s.card().details().name()).containsExactly("newer crash", "older crash");
            assertThat(offered.get(0).keptAt()).isAfterOrEqualTo(offered.get(1).keptAt());
            assertThat(offered).allSatisfy(s -> assertThat(s.pid()).isEqualTo(ProcessHandle.current().pid()));
        }
    }

    @Test
    void anOrphanBeingOfferedByOneInstanceIsNotOfferedByAnotherUntilReleased() throws Exception {
        crashedWith("lost work");
        try (RecoveryStore one = RecoveryStore.open(dir); RecoveryStore other = RecoveryStore.open(dir)) {
            assertThat(one.orphans()).hasSize(1);
            assertThat(other.orphans()).as("one is asking its user about it").isEmpty();
            one.release();
            assertThat(other.orphans()).as("Not Now keeps it for whoever starts next").hasSize(1);
        }
    }

    @Test
    void anOrphanStaysUntilAdoptedOrDiscarded() throws Exception {
        crashedWith("first");
        crashedWith("second");
        try (RecoveryStore store = RecoveryStore.open(dir)) {
            List<RecoveryStore.Snapshot> offered = store.orphans();
            store.adopt(offered.get(0), "restored");
            assertThat(store.mine()).extracting(s -> s.card().details().name()).containsExactly("second");
            store.release();
        }
        try (RecoveryStore store = RecoveryStore.open(dir)) {
            List<RecoveryStore.Snapshot> offered = store.orphans();
            assertThat(offered).extracting(s -> s.card().details().name())
                    .as("the restored one was left unsaved by the crash of its new instance; the other was not touched")
                    .containsExactlyInAnyOrder("first", "second");
            for (RecoveryStore.Snapshot snapshot : offered) {
                store.discard(snapshot);
            }
            assertThat(store.orphans()).isEmpty();
        }
        try (var left = Files.list(dir)) {
            assertThat(left).as("dead instances' empty folders are cleaned up").isEmpty();
        }
    }

    @Test
    void aNormalExitLeavesNothingAndTheSnapshotKeepsTheOriginal() throws Exception {
        RecoveryStore.Work readme = new RecoveryStore.Work(ModelCard.EMPTY, Optional.of(Path.of("/cards/README.md")),
                Optional.of("hf"), Optional.of("---\nlicense: mit\n---\n\n# Card\n"));
        try (RecoveryStore store = RecoveryStore.open(dir)) {
            store.keep("k", readme);
            assertThat(store.mine()).extracting(RecoveryStore.Snapshot::work).containsExactly(readme);
            store.discard("k");
        }
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aBrokenSnapshotIsSkippedNotFatalAndNotDeleted() throws Exception {
        Path dead = Files.createDirectories(dir.resolve("instance-1-dead"));
        Files.writeString(dead.resolve("junk.snapshot.json"), "{ not json");
        crashedWith("ok");
        try (RecoveryStore store = RecoveryStore.open(dir)) {
            assertThat(store.orphans()).extracting(s -> s.card().details().name()).containsExactly("ok");
            store.release();
        }
        assertThat(dead.resolve("junk.snapshot.json")).exists();
    }

    @Test
    void aSnapshotOfTheVersionBeforeIsStillOffered() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("old.recovery.modelcard.json"),
                "{\"schemaVersion\": \"1.0\", \"details\": {\"name\": \"from before\"}}");
        Files.writeString(dir.resolve("old.origin"), "/cards/old.modelcard.json");
        try (RecoveryStore store = RecoveryStore.open(dir)) {
            RecoveryStore.Snapshot old = store.orphans().get(0);
            assertThat(old.card().details().name()).isEqualTo("from before");
            assertThat(old.origin()).contains(Path.of("/cards/old.modelcard.json"));
            store.adopt(old, "k");
            assertThat(store.mine()).hasSize(1);
            assertThat(dir.resolve("old.recovery.modelcard.json")).doesNotExist();
            store.discard("k");
        }
    }

    @Test
    void aRunningProcessesSnapshotIsNeverOfferedAndAKilledOnesIs() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RecoveryChildProcess.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("kept " + child.pid());
            try (RecoveryStore store = RecoveryStore.open(dir)) {
                assertThat(store.orphans()).as("the other process is running").isEmpty();
            }
            child.destroyForcibly().waitFor(); // kill -9: no clean-up of any kind
            try (RecoveryStore store = RecoveryStore.open(dir)) {
                List<RecoveryStore.Snapshot> offered = store.orphans();
                assertThat(offered).extracting(s -> s.card().details().name()).containsExactly("child work");
                assertThat(offered.get(0).pid()).isEqualTo(child.pid());
                store.discard(offered.get(0));
            }
        } finally {
            child.destroyForcibly();
        }
    }

    /** An instance that kept {@code name}'s work and then stopped without cleaning up. */
    private void crashedWith(String name) throws IOException {
        RecoveryStore crashed = RecoveryStore.open(dir);
        crashed.keep(crashed.newKey(), work(name));
        crashed.close(); // as a crash leaves it: the lock is free, the snapshot stays
    }

    static RecoveryStore.Work work(String name) {
        ModelCard card = FieldCatalog.standard().require("details.name").write(ModelCard.EMPTY, name);
        return new RecoveryStore.Work(card, Optional.empty(), Optional.empty(), Optional.empty());
    }

    @org.junit.jupiter.api.Test
    void theRecoveryFoldersArePrivateToTheUser(@org.junit.jupiter.api.io.TempDir Path root) throws Exception {
        try (RecoveryStore store = RecoveryStore.open(root.resolve("recovery"))) {
            org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.getPosixFilePermissions(root.resolve("recovery")))
                    .containsExactlyInAnyOrderElementsOf(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            try (var folders = java.nio.file.Files.list(root.resolve("recovery"))) {
                folders.forEach(folder -> org.assertj.core.api.Assertions.assertThat(
                        uncheckedPermissions(folder)).isEqualTo("rwx------"));
            }
        }
    }

    private static String uncheckedPermissions(Path folder) {
        try {
            return java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(folder));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
