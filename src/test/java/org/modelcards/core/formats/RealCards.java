package org.modelcards.core.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.modelcards.core.format.CardReadException;

/**
 * The real cards the export tests run over: every card file in the format folders of
 * {@code src/test/resources/realcards} (the files beside the folders document them) and of the
 * Hub corpus in {@code src/test/resources/corpus} (see its README and SOURCES.tsv), opened once.
 */
public final class RealCards {
    /** Where the labelled real cards are. */
    public static final Path ROOT = Path.of("src/test/resources/realcards");
    /** Where the larger corpus of real Hub cards is. */
    public static final Path CORPUS = Path.of("src/test/resources/corpus");

    /** A card that opened, with its file. */
    public record Opened(Path path, OpenedCard card) {
    }

    /** The cards that opened, and the files that did not. */
    public record All(List<Opened> opened, List<Path> unreadable) {
    }

    private RealCards() {
    }

    /** Every real card file, sorted. */
    public static List<Path> paths() {
        CardFiles files = new CardFiles();
        List<Path> paths = new ArrayList<>();
        for (Path root : List.of(ROOT, CORPUS)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(files::isCardFile).filter(p -> !p.getParent().equals(root))
                        .sorted().forEach(paths::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return paths;
    }

    /** Every real card file opened. */
    public static All open() {
        CardFiles files = new CardFiles();
        List<Opened> opened = new ArrayList<>();
        List<Path> unreadable = new ArrayList<>();
        for (Path path : paths()) {
            try {
                opened.add(new Opened(path, files.open(path)));
            } catch (CardReadException e) {
                unreadable.add(path);
            }
        }
        return new All(opened, unreadable);
    }
}
