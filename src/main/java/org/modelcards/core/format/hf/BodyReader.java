package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.format.LineIndex;
import org.modelcards.core.format.TextPosition;
import org.modelcards.core.model.Dataset;
import org.modelcards.core.model.ExtraSection;
import org.modelcards.core.model.Numbers;

/**
 * Maps a README body's sections to card fields by their headings; a section whose heading is not
 * known is kept as an extra section in its place. Metadata read first takes precedence over the
 * same facts written in the body.
 */
final class BodyReader {
    private static final Pattern LABEL_LINE = Pattern.compile("(?m)^[ \\t]*[-*+][ \\t]+\\*\\*([^*\\n]+?):?\\*\\*:?[ \\t]*(.*)$");
    private static final Pattern BULLET = Pattern.compile("^[ \\t]{0,3}(?:[-*+]|\\d+[.)])[ \\t]+(.*)$");
    private static final Pattern CARD_FOR = Pattern.compile("(?i)^model card for\\s+(.+)$");
    private static final Pattern BIBTEX = Pattern.compile("(?s)```[a-zA-Z]*\\R(\\s*@.*?)\\R\\s*```");
    private static final Pattern APA = Pattern.compile("(?is)\\*\\*APA:?\\*\\*:?\\s*(.+?)(?=\\R\\s*\\R\\s*\\*\\*|\\z)");

    private final FieldCatalog catalog;
    private final CardBuilder card;
    private final LineIndex lines;

    BodyReader(FieldCatalog catalog, CardBuilder card, LineIndex lines) {
        this.catalog = catalog;
        this.card = card;
        this.lines = lines;
    }

    void read(String text, List<MarkdownSection> sections) {
        String lastField = "";
        boolean titleSeen = false;
        java.util.Set<String> fromBody = new java.util.HashSet<>();
        List<ExtraSection> extras = new ArrayList<>();
        for (MarkdownSection section : sections) {
            String raw = text.substring(section.contentStart(), section.contentEnd());
            TextPosition at = new TextPosition(section.line(), 1);
            if (section.isPreamble() || section.level() == 1 && !titleSeen) {
                titleSeen |= section.level() == 1;
                if (section.level() == 1) {
                    Matcher named = CARD_FOR.matcher(section.heading());
                    setIfEmpty("details.name", named.matches() ? named.group(1).strip() : section.heading(), at);
                }
                String summary = prose(extractLabels(raw, section.contentStart()));
                if (!summary.isEmpty() && card.isEmpty("details.summary")) {
                    card.set("details.summary", summary, at);
                    lastField = "details.summary";
                } else if (!summary.isEmpty()) {
                    extras.add(new ExtraSection(section.heading(), raw, lastField));
                }
                continue;
            }
            Optional<String> mapped = HeadingMap.field(section.heading());
            String remaining = prose(extractLabels(raw, section.contentStart()));
            if (mapped.isPresent() && !mapped.get().equals(HeadingMap.GROUP) && !fromBody.contains(mapped.get())
                    && (card.isEmpty(mapped.get()) || catalog.require(mapped.get()).kind() == FieldKind.TABLE)) {
                fill(mapped.get(), remaining, at);
                fromBody.add(mapped.get());
                lastField = mapped.get();
            } else if (mapped.isEmpty() || !remaining.isEmpty()) {
                extras.add(new ExtraSection(section.heading(), raw, lastField));
                card.at("extras.sections[" + (extras.size() - 1) + "]", at);
            }
        }
        if (!extras.isEmpty()) {
            card.apply(c -> c.withExtras(c.extras().withSections(extras)));
        }
    }

    /** Moves {@code - **Label:** value} lines into their fields and returns the rest of the text. */
    private String extractLabels(String raw, int offset) {
        if (!raw.contains("**")) {
            return raw;
        }
        Matcher m = LABEL_LINE.matcher(raw);
        StringBuilder rest = new StringBuilder();
        int kept = 0;
        while (m.find()) {
            Optional<String> field = HeadingMap.label(m.group(1));
            if (field.isEmpty()) {
                continue;
            }
            String value = prose(m.group(2));
            CardField target = catalog.require(field.get());
            // prose such as "about 374 g CO2eq" is not a number: it stays in the section's text
            if (target.kind() == FieldKind.NUMBER && Numbers.parse(value).isEmpty()) {
                continue;
            }
            if (!value.isEmpty() && card.isEmpty(field.get())) {
                TextPosition at = lines.position(offset + m.start());
                card.set(field.get(), target.kind() == FieldKind.LIST ? splitList(value, field.get()) : value, at);
            }
            rest.append(raw, kept, m.start());
            kept = m.end();
        }
        rest.append(raw.substring(kept));
        return rest.toString();
    }

    private void fill(String fieldId, String content, TextPosition at) {
        if (content.isEmpty()) {
            card.at(fieldId, at);
            return;
        }
        CardField field = catalog.require(fieldId);
        switch (field.kind()) {
            case LIST -> card.set(fieldId, items(content), at);
            case TABLE -> fillTable(fieldId, content, at);
            default -> {
                if (fieldId.equals("details.citationBibtex")) {
                    fillCitation(content, at);
                } else {
                    card.set(fieldId, content, at);
                }
            }
        }
    }

    private void fillTable(String fieldId, String content, TextPosition at) {
        if (fieldId.startsWith("data.")) {
            @SuppressWarnings("unchecked")
            List<Dataset> rows = (List<Dataset>) card.read(fieldId);
            if (rows.size() == 1 && rows.get(0).description().isEmpty()) {
                card.set(fieldId, List.of(rows.get(0).withDescription(content)), at);
            } else {
                card.addRows(fieldId, "description", List.of(content), at);
            }
            return;
        }
        String column = catalog.require(fieldId).table().orElseThrow().columns().get(0).id();
        card.addRows(fieldId, column, items(content), at);
    }

    private void fillCitation(String content, TextPosition at) {
        Matcher bibtex = BIBTEX.matcher(content);
        Matcher apa = APA.matcher(content);
        boolean found = false;
        if (bibtex.find()) {
            card.set("details.citationBibtex", bibtex.group(1).strip(), at);
            found = true;
        }
        if (apa.find()) {
            card.set("details.citationApa", apa.group(1).strip(), at);
            found = true;
        }
        if (!found) {
            card.set("details.citationApa", content, at);
        }
    }

    private void setIfEmpty(String fieldId, String value, TextPosition at) {
        if (!value.isBlank() && card.isEmpty(fieldId)) {
            card.set(fieldId, value.strip(), at);
        }
    }

    /** Bulleted items, or the whole text as one item when it has no bullets. */
    static List<String> items(String content) {
        List<String> items = new ArrayList<>();
        for (String line : content.split("\\R")) {
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                items.add(bullet.group(1).strip());
            } else if (!line.isBlank() && !items.isEmpty() && Character.isWhitespace(line.charAt(0))) {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + line.strip());
            } else if (!line.isBlank()) {
                return List.of(content);
            }
        }
        return items.isEmpty() ? List.of(content) : items;
    }

    /** A comma-separated list; language names ("English") become their ISO 639-1 codes, as metadata holds codes. */
    private static List<String> splitList(String value, String fieldId) {
        return java.util.Arrays.stream(value.split(",|\\band\\b")).map(String::strip).filter(s -> !s.isEmpty())
                .map(item -> fieldId.equals("details.languages") ? LanguageNames.code(item) : item).toList();
    }

    /** The text as a reader sees it: HTML comments (the template's prompts) removed, trimmed. */
    static String prose(String raw) {
        return Markdown.visibleText(raw);
    }
}
