package org.modelcards.core.formats;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.CardReader;
import org.modelcards.core.format.CardWriter;
import org.modelcards.core.format.FileSample;
import org.modelcards.core.format.Recognition;

/**
 * A format that is built only when a file of it is read or written: checking a folder of READMEs
 * then loads no CycloneDX, JSON Schema or Toolkit classes (they cost a one-card run a good share of
 * its start-up). What the registry asks of every format (id, label, endings, which roles it has,
 * whether a file's name rules it out) is declared here; everything else goes to the real format.
 * Thread-safe: the format is built at most once.
 */
final class LazyFormat implements CardFormat {
    private final String id;
    private final String label;
    private final List<String> fileEndings;
    private final boolean reads;
    private final boolean writes;
    /** A name ending without which the format recognises no file (its content is only looked at in such files). */
    private final String contentEnding;
    private final Supplier<CardFormat> make;
    private volatile CardFormat format;

    private LazyFormat(String id, String label, List<String> fileEndings, boolean reads, boolean writes,
            String contentEnding, Supplier<CardFormat> make) {
        this.id = id;
        this.label = label;
        this.fileEndings = List.copyOf(fileEndings);
        this.reads = reads;
        this.writes = writes;
        this.contentEnding = contentEnding;
        this.make = make;
    }

    /** A format that reads and writes and looks at the content of files ending in {@code contentEnding}. */
    static LazyFormat twoWay(String id, String label, List<String> fileEndings, String contentEnding, Supplier<CardFormat> make) {
        return new LazyFormat(id, label, fileEndings, true, true, contentEnding, make);
    }

    /** A format that is only written, recognised by its endings alone. */
    static LazyFormat writeOnly(String id, String label, List<String> fileEndings, Supplier<CardFormat> make) {
        return new LazyFormat(id, label, fileEndings, false, true, null, make);
    }

    /** The real format, built on first use. */
    CardFormat format() {
        CardFormat built = format;
        if (built == null) {
            synchronized (this) {
                built = format;
                if (built == null) {
                    built = make.get();
                    if (!built.id().equals(id) || !built.label().equals(label) || !built.fileEndings().equals(fileEndings)
                            || built.reader().isPresent() != reads || built.writer().isPresent() != writes
                            || built.editor().isPresent()) {
                        throw new IllegalStateException("the declaration of format " + id + " does not match the format");
                    }
                    format = built;
                }
            }
        }
        return built;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> fileEndings() {
        return fileEndings;
    }

    @Override
    public Recognition recognise(FileSample file) {
        if (contentEnding == null) {
            return CardFormat.super.recognise(file);
        }
        return file.hasEnding(contentEnding) || file.hasAnyEnding(fileEndings) ? format().recognise(file) : Recognition.NONE;
    }

    @Override
    public Optional<CardReader> reader() {
        return reads ? Optional.of(new CardReader() {
            @Override
            public org.modelcards.core.format.LoadedCard load(String text, String source)
                    throws org.modelcards.core.format.CardReadException {
                return format().reader().orElseThrow().load(text, source);
            }

            @Override
            public org.modelcards.core.model.ModelCard read(String text, String source)
                    throws org.modelcards.core.format.CardReadException {
                return format().reader().orElseThrow().read(text, source);
            }
        }) : Optional.empty();
    }

    @Override
    public Optional<CardWriter> writer() {
        return writes ? Optional.of(card -> format().writer().orElseThrow().write(card)) : Optional.empty();
    }

    @Override
    public boolean holdsWholeCard() {
        return format().holdsWholeCard();
    }

    @Override
    public List<String> specVersions() {
        return format().specVersions();
    }

    @Override
    public Optional<CardFormat> atSpecVersion(String version) {
        return format().atSpecVersion(version);
    }

    @Override
    public String outputName(String baseName) {
        return format().outputName(baseName);
    }

    @Override
    public String toString() {
        return "format " + id + (format == null ? " (not built yet)" : "");
    }
}
