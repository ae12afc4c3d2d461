package org.modelcards.core.format;

import java.util.List;
import java.util.Optional;

/**
 * A file format for model cards and what it can do: its id and name, the file endings it owns, how
 * it recognises a file, and its roles (reader, writer, in-place editor), each present only when the
 * format has it. Callers ask for a role instead of testing for a class.
 *
 * <pre>{@code
 * CardFormat mct = new MctFormat();
 * WriteResult out = mct.writer().orElseThrow().write(card);   // out.losses(): what MCT lacks
 * boolean readable = mct.reader().isPresent();                 // true; HTML has no reader
 * }</pre>
 */
public interface CardFormat {
    /** A short id for the command line, e.g. {@code json}. */
    String id();

    /** A name for people, e.g. {@code Model Card Toolkit JSON}, for file choosers and messages. */
    String label();

    /**
     * The file name endings this format owns, lower case and with their dot; the first is the one its
     * output gets (e.g. {@code .mct.json}), and a name ending in any of them counts as one of its files.
     */
    List<String> fileEndings();

    /** How sure this format is that {@code file} is in it; by default, by its name's ending alone. */
    default Recognition recognise(FileSample file) {
        return file.hasAnyEnding(fileEndings()) ? Recognition.BY_NAME : Recognition.NONE;
    }

    /** The reader, for formats that can be read. */
    Optional<CardReader> reader();

    /** The writer, for formats that can be written. */
    Optional<CardWriter> writer();

    /**
     * Whether a file of this format is a whole card; a part (the Hub's {@code .eval_results} files
     * hold only results) is checked for what it holds, not for the sections a card needs.
     */
    default boolean holdsWholeCard() {
        return true;
    }

    /** The in-place editor, for formats whose files keep a layout that a save patches (the README). */
    default Optional<InPlaceEditor> editor() {
        return Optional.empty();
    }

    /**
     * The versions of its specification this format can write, the default first (CycloneDX:
     * {@code 1.6}, {@code 1.7}); empty for a format with one version.
     */
    default List<String> specVersions() {
        return List.of();
    }

    /** This format writing version {@code version} of its specification, when it is one of {@link #specVersions()}. */
    default Optional<CardFormat> atSpecVersion(String version) {
        return Optional.empty();
    }

    /**
     * The recipients this format writes a different document for, the ids the CLI's
     * {@code --recipient} takes (the EU Model Documentation Form: {@code ai-office}, {@code authority},
     * {@code downstream}); empty for a format that writes one document for everyone.
     */
    default List<String> recipients() {
        return List.of();
    }

    /** This format writing for {@code recipient}, when it is one of {@link #recipients()}. */
    default Optional<CardFormat> forRecipient(String recipient) {
        return Optional.empty();
    }

    /** The file layouts this format can be written in, the default first ({@code md}, {@code html}, {@code json}); empty for one. */
    default List<String> layouts() {
        return List.of();
    }

    /** This format written in {@code layout}, when it is one of {@link #layouts()}. */
    default Optional<CardFormat> inLayout(String layout) {
        return Optional.empty();
    }

    /**
     * The name a file converted from one called {@code baseName} gets, e.g. {@code card.mct.json};
     * a format with a conventional file name may say otherwise.
     */
    default String outputName(String baseName) {
        return baseName + fileEndings().get(0);
    }
}
