package org.modelcards.core.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.FileSample;
import org.modelcards.core.format.Recognition;
import org.modelcards.core.format.cyclonedx.CycloneDxFormat;
import org.modelcards.core.format.hf.EvalResultsFormat;
import org.modelcards.core.format.eumdf.ModelDocumentationFormat;
import org.modelcards.core.format.eumdf.TrainingSummaryFormat;
import org.modelcards.core.format.hf.HubReadmeFormat;
import org.modelcards.core.format.html.HtmlFormat;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.format.mct.MctFormat;
import org.modelcards.core.format.spdx.SpdxFormat;

/**
 * The one list of formats: by id, which one a file is in, and every file ending (for folder walks,
 * file choosers and output names), all from what each format declares.
 *
 * <pre>{@code
 * CardFormats formats = CardFormats.standard();
 * CardFormat format = formats.detect("model_card.json", text);   // mct, by its keys
 * List<CardFormat> targets = formats.writable();                  // the CLI's --to list
 * }</pre>
 *
 * <p>A file no format recognises is read by the fallback format, the README: the Hub reads a
 * {@code README.md} as Markdown whatever it holds, and so a file of any other name is tried as one.
 */
public final class CardFormats {
    private final Map<String, CardFormat> byId = new LinkedHashMap<>();
    private final CardFormat fallback;

    /** The formats in the order they are listed and preferred on a tie; {@code fallback} reads what none claims. */
    public CardFormats(List<CardFormat> formats, CardFormat fallback) {
        formats.forEach(f -> byId.put(f.id(), f));
        if (!byId.containsValue(fallback)) {
            throw new IllegalArgumentException("the fallback format " + fallback.id() + " is not in the list");
        }
        this.fallback = fallback;
    }

    /**
     * Every format of this version. The README and native JSON are built at once; the others when a
     * file of theirs is first read or written (see {@link LazyFormat}), and lambdas rather than
     * constructor references keep their classes unloaded until then.
     */
    public static CardFormats standard() {
        HubReadmeFormat readme = new HubReadmeFormat();
        return new CardFormats(List.of(readme, new NativeJsonFormat(),
                LazyFormat.twoWay("mct", "Model Card Toolkit JSON", List.of(".mct.json"), ".json", () -> new MctFormat()),
                LazyFormat.twoWay("cyclonedx", "CycloneDX ML-BOM", List.of(CycloneDxFormat.EXTENSION), ".json",
                        () -> new CycloneDxFormat()),
                LazyFormat.writeOnly("spdx", "SPDX 3.0.1 AI (JSON-LD)", List.of(SpdxFormat.EXTENSION), () -> new SpdxFormat()),
                // the Hub's own results files: a small class beside the README reader, so built at once
                new EvalResultsFormat(),
                LazyFormat.writeOnly("html", "HTML", List.of(".html", ".htm"), () -> new HtmlFormat()),
                new ModelDocumentationFormat(), new TrainingSummaryFormat()), readme);
    }

    public Optional<CardFormat> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** Every format, in order. */
    public List<CardFormat> all() {
        return List.copyOf(byId.values());
    }

    /** The formats that can be written, in order: the targets of {@code convert --to} and of exports. */
    public List<CardFormat> writable() {
        return byId.values().stream().filter(f -> f.writer().isPresent()).toList();
    }

    /** The formats that can be read, in order: what the editor opens and a folder walk picks up. */
    public List<CardFormat> readable() {
        return byId.values().stream().filter(f -> f.reader().isPresent() || f.editor().isPresent()).toList();
    }

    /** The format of a file named {@code fileName} holding {@code text}: the surest, else the fallback. */
    public CardFormat detect(String fileName, String text) {
        FileSample file = FileSample.of(fileName, text);
        CardFormat best = fallback;
        Recognition bestMatch = Recognition.NONE;
        for (CardFormat format : byId.values()) {
            Recognition match = format.recognise(file);
            if (match.compareTo(bestMatch) > 0) {
                best = format;
                bestMatch = match;
            }
        }
        return best;
    }

    /** Whether a file of this name is one a folder walk should read: it ends in a readable format's ending. */
    public boolean isReadableName(String fileName) {
        FileSample file = FileSample.of(fileName, "");
        return readable().stream().anyMatch(f -> file.hasAnyEnding(f.fileEndings()));
    }

    /**
     * The format a new file of this name is written in: the one owning the longest ending the name
     * has ({@code .mct.json} before {@code .json}), else {@code orElse}.
     */
    public CardFormat byName(String fileName, CardFormat orElse) {
        FileSample file = FileSample.of(fileName, "");
        CardFormat found = orElse;
        int longest = 0;
        for (CardFormat format : writable()) {
            for (String ending : format.fileEndings()) {
                if (ending.length() > longest && file.hasEnding(ending)) {
                    found = format;
                    longest = ending.length();
                }
            }
        }
        return found;
    }

    /** The base name of a card file: its name without the longest format ending ({@code card.modelcard.json} is {@code card}). */
    public String baseName(String fileName) {
        FileSample file = FileSample.of(fileName, "");
        for (String ending : endingsLongestFirst()) {
            if (file.hasEnding(ending) && fileName.length() > ending.length()) {
                return fileName.substring(0, fileName.length() - ending.length());
            }
        }
        return fileName;
    }

    private List<String> endingsLongestFirst() {
        List<String> endings = new ArrayList<>();
        byId.values().forEach(f -> endings.addAll(f.fileEndings()));
        endings.sort(Comparator.comparingInt(String::length).reversed());
        return endings;
    }
}
