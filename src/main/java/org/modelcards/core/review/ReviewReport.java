package org.modelcards.core.review;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.validation.Issue;

/** A review as text for people (Markdown, to paste in a pull request) or for tools (JSON). */
public final class ReviewReport {
    private final CatalogTexts texts;

    public ReviewReport(CatalogTexts texts) {
        this.texts = texts;
    }

    /** The review with the reviewer's checklist, decisions and comments, for a pull request. */
    public String markdown(Review review, ReviewState state, String baseName, String proposedName) {
        StringBuilder out = new StringBuilder(markdown(review, baseName, proposedName));
        out.append("### Checklist\n\n");
        for (ChecklistItem item : state.checklist()) {
            out.append("- [").append(state.ticked().contains(item.id()) ? "x" : " ").append("] ").append(item.text()).append('\n');
        }
        if (!state.keptBase().isEmpty()) {
            out.append("\n### Changes not accepted\n\n");
            state.keptBase().stream().sorted().forEach(id -> out.append("- ").append(texts.label(id)).append(" (`")
                    .append(id).append("`): the previous value is kept\n"));
        }
        if (!state.comments().isEmpty()) {
            out.append("\n### Comments\n\n");
            state.comments().forEach((id, text) -> out.append("- **").append(label(id)).append("**: ")
                    .append(text.replace("\n", " ")).append('\n'));
        }
        return out.toString();
    }

    /** A field's label, or a section's for a section id. */
    private String label(String id) {
        return id.contains(".") ? texts.label(id) : texts.sectionLabel(id);
    }

    public String markdown(Review review, String baseName, String proposedName) {
        StringBuilder out = new StringBuilder("## Model card review\n\n");
        out.append("Comparing `").append(baseName).append("` (before) with `").append(proposedName).append("` (after).\n\n");
        out.append("| | before | after |\n|---|---|---|\n");
        out.append("| completeness | ").append(review.before().percent()).append("% | ").append(review.after().percent())
                .append("% |\n");
        out.append("| issues fixed | | ").append(review.fixed().size()).append(" |\n");
        out.append("| issues introduced | | ").append(review.introduced().size()).append(" |\n\n");
        if (review.changes().isEmpty()) {
            out.append("No changes in meaning.\n");
        } else {
            out.append("### Changes (").append(review.changes().size()).append(")\n\n");
            for (Change change : review.changes()) {
                out.append("- **").append(change.kind().name().toLowerCase(Locale.ROOT)).append("** ")
                        .append(texts.label(change.fieldId())).append(" (`").append(change.path()).append("`)");
                switch (change.kind()) {
                    case ADDED -> out.append(": ").append(quote(change.after()));
                    case REMOVED -> out.append(": ").append(quote(change.before()));
                    case CHANGED -> out.append(": ").append(quote(change.before())).append(" → ").append(quote(change.after()));
                }
                out.append('\n');
            }
            out.append('\n');
        }
        issues(out, "Issues introduced", review.introduced());
        issues(out, "Issues fixed", review.fixed());
        return out.toString();
    }

    private static void issues(StringBuilder out, String title, List<Issue> issues) {
        if (issues.isEmpty()) {
            return;
        }
        out.append("### ").append(title).append(" (").append(issues.size()).append(")\n\n");
        for (Issue issue : issues) {
            out.append("- ").append(issue.severity().label()).append(" `").append(issue.ruleId()).append("`: ")
                    .append(issue.message().replace("\n", " ")).append('\n');
        }
        out.append('\n');
    }

    /** Short single-line quotes, so a long Markdown field does not swamp the report. */
    private static String quote(String text) {
        String line = text.replace("\n", " ").strip();
        return "\"" + (line.length() > 120 ? line.substring(0, 117) + "…" : line) + "\"";
    }

    /** The review with the reviewer's checklist, decisions and comments, for tools. */
    public String json(Review review, ReviewState state) {
        ObjectNode root = tree(review);
        ArrayNode checklist = root.putArray("checklist");
        for (ChecklistItem item : state.checklist()) {
            checklist.addObject().put("id", item.id()).put("text", item.text()).put("done", state.ticked().contains(item.id()));
        }
        ArrayNode kept = root.putArray("keptBase");
        state.keptBase().stream().sorted().forEach(kept::add);
        ObjectNode comments = root.putObject("comments");
        state.comments().forEach(comments::put);
        return JsonText.pretty(root);
    }

    public String json(Review review) {
        return JsonText.pretty(tree(review));
    }

    private ObjectNode tree(Review review) {
        ObjectNode root = JsonText.nodes().objectNode();
        root.put("completenessBefore", review.before().percent());
        root.put("completenessAfter", review.after().percent());
        ArrayNode changes = root.putArray("changes");
        for (Change change : review.changes()) {
            ObjectNode c = changes.addObject();
            c.put("field", change.fieldId());
            c.put("path", change.path());
            c.put("kind", change.kind().name().toLowerCase(Locale.ROOT));
            c.put("before", change.before());
            c.put("after", change.after());
        }
        issues(root.putArray("issuesIntroduced"), review.introduced());
        issues(root.putArray("issuesFixed"), review.fixed());
        return root;
    }

    private static void issues(ArrayNode array, List<Issue> issues) {
        for (Issue issue : issues) {
            ObjectNode i = array.addObject();
            i.put("rule", issue.ruleId());
            i.put("severity", issue.severity().label());
            i.put("field", issue.fieldId());
            i.put("message", issue.message());
        }
    }
}
