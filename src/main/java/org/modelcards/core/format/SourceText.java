package org.modelcards.core.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A card file's text, read strictly: UTF-8 only, no binary, not too large. A leading byte-order
 * mark is removed from {@link #text()} and remembered so a writer can put it back.
 */
public record SourceText(String text, boolean byteOrderMark) {
    /** Larger files are refused rather than risking the editor's memory and a hang. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final char BOM = '\uFEFF';

    // file types in a Unix mode (sys/stat.h)
    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    /** Reads {@code path}; any problem becomes one {@link ReadProblem} naming the file. */
    public static SourceText read(Path path) throws CardReadException {
        String source = path.toString();
        byte[] bytes;
        try {
            // look before opening: opening a FIFO blocks until something writes to it, and a device never ends
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw fail(source, 0, 0, "is a directory, not a card file");
            }
            if (!attributes.isRegularFile()) {
                throw fail(source, 0, 0, "not a regular file (" + kind(path) + ")");
            }
            long size = attributes.size();
            if (size > MAX_BYTES) {
                throw fail(source, 0, 0, String.format("file is too large (%.1f MB; the limit is %d MB)",
                        size / 1048576.0, MAX_BYTES / 1048576));
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw fail(source, 0, 0, "no such file");
        } catch (IOException e) {
            throw fail(source, 0, 0, "cannot read: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw fail(source, 0, 0, "file is too large (the limit is " + MAX_BYTES / 1048576 + " MB)");
        }
        return decode(bytes, source);
    }

    /** What a file that is neither regular nor a folder is, from its Unix mode where the platform tells it. */
    private static String kind(Path path) {
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode") & S_IFMT;
            return switch (type) {
                case S_IFIFO -> "a FIFO";
                case S_IFCHR -> "a character device";
                case S_IFBLK -> "a block device";
                case S_IFSOCK -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    /** Decodes {@code bytes} as UTF-8, refusing binary content and malformed sequences. */
    public static SourceText decode(byte[] bytes, String source) throws CardReadException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            TextPosition at = TextPosition.of(out, out.length());
            int bad = bytes[in.position()] & 0xFF;
            throw fail(source, at.line(), at.column(), String.format(
                    "not UTF-8 text: byte 0x%02X cannot start or continue a UTF-8 character (save the file as UTF-8)", bad));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            TextPosition at = TextPosition.of(text, nul);
            throw fail(source, at.line(), at.column(), "binary file: contains a NUL byte, so it is not a text card");
        }
        boolean bom = !text.isEmpty() && text.charAt(0) == BOM;
        return new SourceText(bom ? text.substring(1) : text, bom);
    }

    private static CardReadException fail(String source, int line, int column, String message) {
        return new CardReadException(new ReadProblem(ReadProblem.UNREADABLE, source, line, column, message));
    }
}
