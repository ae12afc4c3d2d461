package org.modelcards.core.format;

import java.util.List;


/**
 * What opening a file whose layout is kept (a README) understood: the fields its front matter filled, the fields its text filled
 * (headings, label lines, tables), and the sections kept as they are because no field holds them,
 * with the fields a kept section could be assigned to by hand.
 *
 * <pre>{@code
 * ImportSummary summary = HubReadme.parse(text, "README.md").summary().orElseThrow();
 * summary.fromText();   // [details.developers, details.releaseDate, intendedUse.directUse, ...]
 * summary.kept();       // [Kept[heading=Responsibility & Safety, line=120], ...]
 * }</pre>
 */
public record ImportSummary(List<String> fromMetadata, List<String> fromText, List<Kept> kept, List<String> assignable) {
    /** A section kept as it is, by its heading as written and the line it starts on. */
    public record Kept(String heading, int line) {
    }

    public ImportSummary {
        fromMetadata = List.copyOf(fromMetadata);
        fromText = List.copyOf(fromText);
        kept = List.copyOf(kept);
        assignable = List.copyOf(assignable);
    }

    /** How many fields were filled in all. */
    public int filled() {
        return fromMetadata.size() + fromText.size();
    }

}
