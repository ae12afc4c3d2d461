package org.modelcards.app.main;

import java.util.ArrayList;
import java.util.List;
import javafx.stage.FileChooser.ExtensionFilter;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.formats.CardFormats;

/** The file choosers' filters, made from the format registry so that a new format shows up without an edit here. */
final class FormatFilters {
    private final CardFormats formats;

    FormatFilters(CardFormats formats) {
        this.formats = formats;
    }

    /** To open: every readable ending at once, then each readable format, then all files. */
    List<ExtensionFilter> forOpening() {
        List<ExtensionFilter> filters = new ArrayList<>();
        List<String> all = formats.readable().stream().flatMap(f -> patterns(f).stream()).distinct().toList();
        filters.add(new ExtensionFilter("Model cards", all));
        formats.readable().forEach(f -> filters.add(filter(f, patterns(f))));
        filters.add(new ExtensionFilter("All files", "*.*"));
        return filters;
    }

    /** To export: one filter per writable format, on the ending its files get. */
    List<ExtensionFilter> forExporting() {
        return formats.writable().stream().map(f -> filter(f, List.of("*" + f.fileEndings().get(0)))).toList();
    }

    private static ExtensionFilter filter(CardFormat format, List<String> patterns) {
        return new ExtensionFilter(format.label() + " (" + String.join(", ", patterns) + ")", patterns);
    }

    private static List<String> patterns(CardFormat format) {
        return format.fileEndings().stream().map(ending -> "*" + ending).toList();
    }
}
