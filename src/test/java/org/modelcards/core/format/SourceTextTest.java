package org.modelcards.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextTest {
    @TempDir
    Path dir;

    @Test
    void readsUtf8AndRemembersAByteOrderMark() throws Exception {
        Path file = dir.resolve("bom.json");
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "{\"a\": \"é😀\"}".getBytes(StandardCharsets.UTF_8)));
        SourceText text = SourceText.read(file);
        assertThat(text.byteOrderMark()).isTrue();
        assertThat(text.text()).isEqualTo("{\"a\": \"é😀\"}");
    }

    @Test
    void latin1IsRefusedWithTheLineAndColumnOfTheBadByte() throws Exception {
        Path file = dir.resolve("latin1.md");
        Files.write(file, "line one\ncaf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> SourceText.read(file)).isInstanceOfSatisfying(CardReadException.class, e -> {
            assertThat(e.problem().line()).isEqualTo(2);
            assertThat(e.problem().column()).isEqualTo(4);
            assertThat(e.problem().message()).contains("not UTF-8").contains("0xE9");
            assertThat(e.getMessage()).startsWith(file + ":2:4: ");
        });
    }

    @Test
    void binaryFilesAreRefused() throws Exception {
        Path file = dir.resolve("model.bin");
        Files.write(file, new byte[] {'a', '\n', 'b', 0, 1, 2});
        assertThatThrownBy(() -> SourceText.read(file)).isInstanceOfSatisfying(CardReadException.class, e -> {
            assertThat(e.problem().message()).contains("binary");
            assertThat(e.problem().line()).isEqualTo(2);
            assertThat(e.problem().column()).isEqualTo(2);
        });
    }

    @Test
    void hugeFilesAreRefusedWithoutReadingThem() throws Exception {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(SourceText.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> SourceText.read(file)).hasMessageContaining("too large").hasMessageContaining("50 MB");
    }

    @Test
    void missingFilesAndDirectoriesAreOneClearProblem() {
        assertThatThrownBy(() -> SourceText.read(dir.resolve("nope.json"))).hasMessageEndingWith("nope.json: no such file");
        assertThatThrownBy(() -> SourceText.read(dir)).hasMessageContaining("is a directory");
    }

    @Test
    void aFifoIsRefusedBeforeItIsOpenedSoReadingNeverBlocks() throws Exception {
        Path fifo = dir.resolve("README.md");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        CardReadException refused = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(CardReadException.class, () -> SourceText.read(fifo)));
        assertThat(refused.getMessage()).isEqualTo(fifo + ": not a regular file (a FIFO)");
        assertThat(refused.problem().code()).isEqualTo(ReadProblem.UNREADABLE);
    }

    @Test
    void devicesAndSocketsAreRefused() throws Exception {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device), "no /dev/null here");
        assertThatThrownBy(() -> SourceText.read(device)).hasMessage("/dev/null: not a regular file (a character device)");
        Path socket = dir.resolve("card.json");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            assertThatThrownBy(() -> SourceText.read(socket)).hasMessage(socket + ": not a regular file (a socket)");
        }
    }

    @Test
    void positionsCountEveryKindOfLineEnd() {
        assertThat(TextPosition.of("a\r\nb\rc\nd", 7)).isEqualTo(new TextPosition(4, 1));
        assertThat(TextPosition.of("abc", 2)).isEqualTo(new TextPosition(1, 3));
        assertThat(TextPosition.of("a\r", 2)).isEqualTo(new TextPosition(2, 1));
    }

    @Test
    void atomicWritesReplaceTheWholeFileAndLeaveNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("sub/card.modelcard.json");
        AtomicFiles.writeString(file, "first");
        AtomicFiles.writeString(file, "second é");
        assertThat(Files.readString(file)).isEqualTo("second é");
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing).containsExactly(file);
        }
    }

    /** Makes a named pipe with the system's mkfifo, which Java cannot do itself. */
    static boolean mkfifo(Path path) {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
