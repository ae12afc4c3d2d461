package org.modelcards.core.format.eumdf;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Optional;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.render.HtmlText;
import org.modelcards.core.render.MarkdownRenderer;
import org.modelcards.core.render.RenderOptions;

/**
 * The file layouts the EU documents are written in: Markdown to read and edit, one self-contained
 * HTML page (no script, nothing loaded from anywhere) to send or print, and JSON for tools.
 */
enum Layout {
    MARKDOWN("md"), HTML("html"), JSON("json");

    private static final String PAGE_HEAD = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <style>body{font:16px/1.5 system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}\
            h2{border-bottom:1px solid #ccc}.note{color:#555}.missing{color:#a40000}</style>
            """;

    private final String id;

    Layout(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    /** The file ending, which is the id: {@code .md}, {@code .html}, {@code .json}. */
    String ending() {
        return "." + id;
    }

    static Optional<Layout> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equalsIgnoreCase(id)).findFirst();
    }

    String write(EuDocument document) {
        return switch (this) {
            case MARKDOWN -> markdown(document);
            case HTML -> html(document);
            case JSON -> json(document);
        };
    }

    private static String markdown(EuDocument document) {
        StringBuilder out = new StringBuilder("# ").append(document.title()).append("\n\n");
        document.notes().forEach(note -> out.append(note).append("\n\n"));
        for (EuDocument.Part part : document.parts()) {
            out.append("## ").append(part.number().isEmpty() ? "" : part.number() + " ").append(part.heading()).append("\n\n");
            for (EuDocument.Entry entry : part.entries()) {
                out.append("### ").append(entry.number()).append(' ').append(entry.title());
                if (!entry.annex().isEmpty()) {
                    out.append(" (").append(entry.annex()).append(')');
                }
                out.append("\n\n");
                if (!entry.precision().isEmpty()) {
                    out.append('_').append(entry.precision()).append("_\n\n");
                }
                out.append(answer(entry)).append("\n\n");
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static String answer(EuDocument.Entry entry) {
        return switch (entry.status()) {
            case NOT_ANSWERED -> "**Not answered.**";
            case NOT_APPLICABLE -> "N/A";
            case ANSWERED -> entry.items().isEmpty() ? entry.text()
                    : String.join("\n", entry.items().stream().map(i -> "- " + i).toList());
        };
    }

    private static String html(EuDocument document) {
        MarkdownRenderer renderer = new MarkdownRenderer(RenderOptions.DEFAULT);
        StringBuilder out = new StringBuilder(PAGE_HEAD);
        out.append("<title>").append(HtmlText.escape(document.title())).append("</title>\n</head>\n<body>\n");
        out.append("<h1>").append(HtmlText.escape(document.title())).append("</h1>\n");
        document.notes().forEach(note -> out.append("<div class=\"note\">").append(renderer.render(note)).append("</div>\n"));
        for (EuDocument.Part part : document.parts()) {
            out.append("<section>\n<h2>").append(HtmlText.escape((part.number() + " " + part.heading()).strip())).append("</h2>\n");
            for (EuDocument.Entry entry : part.entries()) {
                out.append("<h3 id=\"item-").append(HtmlText.escape(entry.number())).append("\">")
                        .append(HtmlText.escape(entry.number() + " " + entry.title()));
                if (!entry.annex().isEmpty()) {
                    out.append(" <small>(").append(HtmlText.escape(entry.annex())).append(")</small>");
                }
                out.append("</h3>\n");
                if (!entry.precision().isEmpty()) {
                    out.append("<p class=\"note\"><em>").append(HtmlText.escape(entry.precision())).append("</em></p>\n");
                }
                String body = renderer.render(answer(entry));
                out.append(entry.status() == EuDocument.Status.NOT_ANSWERED ? "<div class=\"missing\">" + body + "</div>" : body)
                        .append('\n');
            }
            out.append("</section>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String json(EuDocument document) {
        ObjectNode root = JsonText.nodes().objectNode();
        root.put("document", document.kind());
        root.put("title", document.title());
        root.put("model", document.model());
        if (!document.recipient().isEmpty()) {
            root.put("recipient", document.recipient());
        }
        ArrayNode notes = root.putArray("notes");
        document.notes().forEach(notes::add);
        ArrayNode parts = root.putArray("sections");
        for (EuDocument.Part part : document.parts()) {
            ObjectNode p = parts.addObject();
            p.put("number", part.number());
            p.put("title", part.heading());
            ArrayNode entries = p.putArray("items");
            for (EuDocument.Entry entry : part.entries()) {
                ObjectNode e = entries.addObject();
                e.put("item", entry.number());
                e.put("title", entry.title());
                e.put("annex", entry.annex());
                e.put("field", entry.fieldId());
                e.put("status", entry.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                if (!entry.precision().isEmpty()) {
                    e.put("precision", entry.precision());
                }
                if (entry.status() == EuDocument.Status.ANSWERED) {
                    if (entry.items().isEmpty()) {
                        e.put("value", entry.text());
                    } else {
                        ArrayNode values = e.putArray("value");
                        entry.items().forEach(values::add);
                    }
                }
            }
        }
        return JsonText.pretty(root);
    }
}
