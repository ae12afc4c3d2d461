package org.modelcards.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "needs POSIX permissions");
    }

    @Test
    void theReplacedFileKeepsItsPermissions() throws Exception {
        for (String mode : List.of("rw-r--r--", "rw-r-----", "rw-------", "rwxr-xr-x")) {
            Path file = dir.resolve("card-" + mode + ".json");
            Files.writeString(file, "old");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            AtomicFiles.writeString(file, "new");
            assertThat(Files.readString(file)).isEqualTo("new");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(mode).isEqualTo(mode);
        }
    }

    @Test
    void aNewFileGetsThePermissionsAnyNewFileGets() throws Exception {
        Path probe = Files.createFile(dir.resolve("probe"));
        Path file = dir.resolve("new/README.md");
        AtomicFiles.writeString(file, "# card\n");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(probe));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .as("0666 less the umask, not createTempFile's 0600").isNotEqualTo("rw-------");
    }

    @Test
    void theReplacedFileKeepsItsOwnerAndGroupWhenTheWriterMayChown() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root may give a file away");
        UserPrincipal nobody;
        GroupPrincipal nogroup;
        try {
            nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            nogroup = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName("nogroup");
        } catch (UserPrincipalNotFoundException e) {
            assumeTrue(false, "no nobody/nogroup here");
            return;
        }
        Path file = dir.resolve("card.json");
        Files.writeString(file, "old");
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        view.setOwner(nobody);
        view.setGroup(nogroup);
        AtomicFiles.writeString(file, "new");
        assertThat(Files.getOwner(file)).isEqualTo(nobody);
        assertThat(Files.readAttributes(file, java.nio.file.attribute.PosixFileAttributes.class).group()).isEqualTo(nogroup);
    }

    @Test
    void aSymlinkIsWrittenThroughAndStaysALink() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("README.md");
        Files.writeString(real, "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r--r--"));
        Path link = dir.resolve("link.md");
        Files.createSymbolicLink(link, Path.of("real/README.md"));
        Path linkToLink = dir.resolve("again.md");
        Files.createSymbolicLink(linkToLink, link.getFileName());

        AtomicFiles.writeString(linkToLink, "new");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isSymbolicLink(linkToLink)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real/README.md"));
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-r--r--");
        assertThat(names(dir.resolve("real"))).containsExactly("README.md");
    }

    @Test
    void aDanglingSymlinkCreatesTheFileItPointsTo() throws Exception {
        Path link = dir.resolve("card.json");
        Files.createSymbolicLink(link, Path.of("elsewhere.json"));
        AtomicFiles.writeString(link, "{}");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("elsewhere.json"))).isEqualTo("{}");
    }

    @Test
    void aReadOnlyFileIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("card.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> AtomicFiles.writeString(file, "new")).isInstanceOf(IOException.class)
                .hasMessage("cannot write " + file + ": the file is read-only");
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(names(dir)).containsExactly("card.json");
    }

    @Test
    void aReadOnlyFolderIsRefusedAndNothingIsWritten() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("locked"));
        Path file = folder.resolve("card.json");
        Path deeper = folder.resolve("sub/card.json");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> AtomicFiles.writeString(file, "new"))
                    .hasMessage("cannot write " + file + ": the folder " + folder + " is read-only");
            assertThatThrownBy(() -> AtomicFiles.writeString(deeper, "new"))
                    .hasMessage("cannot write " + deeper + ": the folder " + folder + " is read-only");
            assertThat(names(folder)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFolderIsNotReplacedByAFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("card.json"));
        assertThatThrownBy(() -> AtomicFiles.writeString(folder, "x")).hasMessage("cannot write " + folder + ": it is a folder");
        assertThat(Files.isDirectory(folder)).isTrue();
    }

    @Test
    void aLongFileNameStillFitsBecauseTheTemporaryNameIsShort() throws Exception {
        Path file = dir.resolve("a".repeat(243 - ".modelcard.json".length()) + ".modelcard.json");
        assertThat(file.getFileName().toString()).hasSize(243);
        AtomicFiles.writeString(file, "{}");
        assertThat(Files.readString(file)).isEqualTo("{}");
        assertThat(names(dir)).containsExactly(file.getFileName().toString());
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFileAndDoesNotNameIt() throws Exception {
        Path file = dir.resolve("b".repeat(256) + ".json");
        assertThatThrownBy(() -> AtomicFiles.writeString(file, "{}")).isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot write " + file + ": ")
                .hasMessageNotContaining(".tmp").hasMessageNotContaining(".mcs-");
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void staleTemporaryFilesOfOursAreRemovedByTheNextWriteToTheFolder() throws Exception {
        Instant old = Instant.now().minus(AtomicFiles.STALE_AFTER).minusSeconds(60);
        Path stale = touch(".mcs-0a1b2c3d.tmp", old);
        Path fresh = touch(".mcs-9z8y7x6w.tmp", Instant.now());
        Path notOurs = touch(".mcs-notours.tmp", old);
        Path notOursEither = touch(".card.json.12345.tmp", old);
        AtomicFiles.writeString(dir.resolve("card.json"), "{}");
        assertThat(stale).doesNotExist();
        assertThat(fresh).as("maybe another writer's, in progress").exists();
        assertThat(notOurs).exists();
        assertThat(notOursEither).exists();
    }

    private Path touch(String name, Instant modified) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "partial");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
