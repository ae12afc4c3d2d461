package org.modelcards.core.format.spdx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelcards.core.model.EvalResult;

/** How card values become SPDX values: hyperparameter and metric entries, id parts, and the node helpers the writer shares. */
final class SpdxValues {
    private static final Pattern TABLE_RULE = Pattern.compile("\\s*\\|[\\s:|-]+\\|\\s*");
    private static final Pattern TABLE_ROW = Pattern.compile("\\s*\\|([^|]+)\\|([^|]+)\\|\\s*");
    /** A {@code key: value} line, bulleted or not, the key maybe in bold: one hyperparameter. */
    private static final Pattern KEY_VALUE = Pattern.compile("\\s*(?:[-*+]\\s+)?(?:\\*\\*)?([^:|*\\n]{1,80}?)(?:\\*\\*)?\\s*[:=]\\s*(?:\\*\\*\\s*)?(\\S.*)");

    /** Each non-blank line a hyperparameter when every line is {@code key: value} (or a two-column table row); else the text as one. */
    static List<String[]> hyperparameters(String text) {
        List<String[]> entries = new ArrayList<>();
        if (text.isBlank()) {
            return entries;
        }
        boolean header = true;
        for (String line : text.strip().split("\\R")) {
            if (line.isBlank() || TABLE_RULE.matcher(line).matches()) {
                continue;
            }
            Matcher row = TABLE_ROW.matcher(line);
            Matcher pair = KEY_VALUE.matcher(line);
            if (row.matches()) {
                // a table's first row names its columns
                if (!header) {
                    entries.add(new String[] {row.group(1).strip(), row.group(2).strip()});
                }
                header = false;
            } else if (pair.matches()) {
                entries.add(new String[] {pair.group(1).strip(), pair.group(2).strip().replaceAll("\\*\\*$", "").strip()});
            } else {
                return List.<String[]>of(new String[] {"hyperparameters", text.strip()});
            }
        }
        return entries;
    }

    /** "accuracy (imdb, test, age 18-25)": the metric, then what it was measured on (and which model, when a row names one). */
    static String metricKey(EvalResult r) {
        String metric = r.metricName().isEmpty() ? r.metricType() : r.metricName();
        List<String> on = new ArrayList<>();
        for (String part : List.of(r.datasetName().isEmpty() ? r.datasetType() : r.datasetName(), r.datasetSplit(),
                r.slice(), r.model())) {
            if (!part.isEmpty()) {
                on.add(part);
            }
        }
        String name = metric.isEmpty() ? "metric" : metric;
        return on.isEmpty() ? name : name + " (" + String.join(", ", on) + ")";
    }

    static void put(ObjectNode node, String property, String value) {
        if (!value.isBlank()) {
            node.put(property, value);
        }
    }

    static void strings(ObjectNode node, String property, String... values) {
        List<String> given = java.util.Arrays.stream(values).filter(v -> !v.isBlank()).toList();
        if (!given.isEmpty()) {
            ArrayNode array = node.putArray(property);
            given.forEach(array::add);
        }
    }

    static void entries(ObjectNode node, String property, List<String[]> entries) {
        if (entries.isEmpty()) {
            return;
        }
        ArrayNode array = node.putArray(property);
        for (String[] entry : entries) {
            ObjectNode e = array.addObject();
            e.put("type", "DictionaryEntry");
            e.put("key", entry[0]);
            e.put("value", entry[1]);
        }
    }

    /** Letters, digits, dots and dashes only: a safe part of an id or a LicenseRef. */
    static String idPart(String text) {
        String part = text.strip().replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("^-+|-+$", "");
        return part.isEmpty() ? "unnamed" : part;
    }

    static String quote(String value) {
        return "\"" + (value.length() > 60 ? value.substring(0, 57) + "..." : value) + "\"";
    }

    private SpdxValues() {
    }
}
