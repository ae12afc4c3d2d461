package org.modelcards.app.controls;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelcards.core.catalog.CatalogTexts;

/**
 * Field ids as a person reads them: {@code misuse.risks[0].harmed} is "Misuse risks › row 1 ›
 * Who is harmed", and a message's "details.summary (One-line summary)" is "One-line summary".
 */
public final class HumanLabels {
    private static final Pattern ROW = Pattern.compile("([a-zA-Z]+\\.[a-zA-Z]+)\\[(\\d+)\\](?:\\.([a-zA-Z]+))?");
    private static final Pattern ID = Pattern.compile("\\b([a-z][a-zA-Z]*\\.[a-z][a-zA-Z]*(?:\\[\\d+\\](?:\\.[a-zA-Z]+)?)?)"
            + "(?: \\(([^()]+)\\))?");

    private HumanLabels() {
    }

    /** The label of a field id, a table row's or a cell's included; the id itself when it names no field. */
    public static String of(String fieldId, CatalogTexts texts) {
        Matcher row = ROW.matcher(fieldId);
        if (row.matches()) {
            String table = texts.label(row.group(1));
            String where = table + " › row " + (Integer.parseInt(row.group(2)) + 1);
            return row.group(3) == null ? where : where + " › " + texts.label(row.group(1) + "." + row.group(3));
        }
        return texts.label(fieldId);
    }

    /** {@code message} with the field ids it names replaced by their labels (an id already followed by its label loses the id). */
    public static String message(String message, CatalogTexts texts) {
        Matcher m = ID.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group(1);
            String label = of(id, texts);
            String replacement;
            if (label.equals(id)) {
                replacement = m.group(0); // names no field (a host name, say): as written
            } else if (m.group(2) != null && !id.contains("[")) {
                replacement = m.group(2); // "details.summary (One-line summary)": the label already there
            } else {
                replacement = m.group(2) == null ? label : label + " (" + m.group(2) + ")";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
