package org.modelcards.core.format.mct;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of the published Model Card Toolkit JSON schema v0.0.2, hand-written from its facts
 * (tensorflow/model-card-toolkit, model_card_toolkit/schema/v0.0.2/model_card.schema.json, stored at
 * commit 4161ebb359936c38685921e457991d52030ea618), checked independently of the writer's code.
 *
 * <ul>
 *   <li>The top level is an object with {@code additionalProperties: false}: only
 *       {@code schema_version}, {@code model_details}, {@code model_parameters},
 *       {@code quantitative_analysis} and {@code considerations}; no key is required.</li>
 *   <li>Every nested object here is closed too, to the properties the schema declares for it. The
 *       schema itself only closes the top level, but the toolkit's reader
 *       ({@code BaseModelCardField._from_json}) refuses any key its classes lack, so a card meant
 *       for the toolkit must keep to the declared ones.</li>
 *   <li>A licence is {@code {identifier}} or {@code {custom_text}}: {@code oneOf} two
 *       {@code required} lists, so exactly one of the two.</li>
 *   <li>{@code version.date} is {@code format: date}: an RFC 3339 full-date, YYYY-MM-DD, a real day.</li>
 *   <li>{@code references[].reference} and {@code data[].link} are {@code format: uri}: an absolute
 *       RFC 3986 URI.</li>
 *   <li>{@code performance_metrics[].value} is a number; all other leaves are strings.</li>
 * </ul>
 */
final class MctSchemaRules {
    private interface Rule {
        void check(JsonNode node, String path, List<String> errors);
    }

    private static final Pattern FULL_DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");

    static final List<String> TOP_LEVEL = List.of("schema_version", "model_details", "model_parameters",
            "quantitative_analysis", "considerations");

    private static final Rule TEXT = (node, path, errors) -> {
        if (!node.isTextual()) {
            errors.add(path + ": must be a string");
        }
    };
    private static final Rule NUMBER = (node, path, errors) -> {
        if (!node.isNumber()) {
            errors.add(path + ": must be a number");
        }
    };
    private static final Rule DATE = (node, path, errors) -> {
        if (!node.isTextual() || !isDate(node.textValue())) {
            errors.add(path + ": must be a date (format: date, YYYY-MM-DD): " + node);
        }
    };
    private static final Rule URI = (node, path, errors) -> {
        if (!node.isTextual() || !isUri(node.textValue())) {
            errors.add(path + ": must be an absolute URI (format: uri): " + node);
        }
    };

    private static final Rule GRAPHICS = object(
            "description", TEXT,
            "collection", array(object("name", TEXT, "image", TEXT)));
    private static final Rule DESCRIPTION = object("description", TEXT);
    private static final Rule LICENSE = (node, path, errors) -> {
        object("identifier", TEXT, "custom_text", TEXT).check(node, path, errors);
        if (node.isObject() && node.has("identifier") == node.has("custom_text")) {
            errors.add(path + ": a licence must have exactly one of identifier and custom_text (oneOf)");
        }
    };
    private static final Rule DATASET = object(
            "name", TEXT,
            "link", URI,
            "sensitive", object("sensitive_data", array(TEXT)),
            "graphics", GRAPHICS,
            "description", TEXT);

    private static final Rule CARD = object(
            "schema_version", TEXT,
            "model_details", object(
                    "name", TEXT,
                    "overview", TEXT,
                    "documentation", TEXT,
                    "owners", array(object("name", TEXT, "contact", TEXT)),
                    "version", object("name", TEXT, "date", DATE, "diff", TEXT),
                    "licenses", array(LICENSE),
                    "references", array(object("reference", URI)),
                    "citations", array(object("style", TEXT, "citation", TEXT))),
            "model_parameters", object(
                    "model_architecture", TEXT,
                    "data", array(DATASET),
                    "input_format", TEXT,
                    "output_format", TEXT),
            "quantitative_analysis", object(
                    "performance_metrics", array(object("type", TEXT, "value", NUMBER, "slice", TEXT)),
                    "graphics", GRAPHICS),
            "considerations", object(
                    "users", array(DESCRIPTION),
                    "use_cases", array(DESCRIPTION),
                    "limitations", array(DESCRIPTION),
                    "tradeoffs", array(DESCRIPTION),
                    "ethical_considerations", array(object("name", TEXT, "mitigation_strategy", TEXT))));

    private MctSchemaRules() {
    }

    /** Every rule {@code card} breaks, as {@code path: what is wrong}; empty when it conforms. */
    static List<String> violations(JsonNode card) {
        List<String> errors = new ArrayList<>();
        CARD.check(card, "$", errors);
        return errors;
    }

    static boolean isDate(String text) {
        var m = FULL_DATE.matcher(text);
        if (!m.matches()) {
            return false;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
    }

    /** The one strict RFC 3986 check, shared with the writer (a second, looser copy here once made the properties flaky). */
    static boolean isUri(String text) {
        return org.modelcards.core.format.Rfc3986.isUri(text);
    }

    /** A closed object: the named properties with their rules, and no other key. */
    private static Rule object(Object... namesAndRules) {
        Map<String, Rule> properties = new LinkedHashMap<>();
        for (int i = 0; i < namesAndRules.length; i += 2) {
            properties.put((String) namesAndRules[i], (Rule) namesAndRules[i + 1]);
        }
        return (node, path, errors) -> {
            if (!node.isObject()) {
                errors.add(path + ": must be an object");
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                Rule rule = properties.get(entry.getKey());
                if (rule == null) {
                    errors.add(path + ": unknown key \"" + entry.getKey() + "\" (additionalProperties: false)");
                } else {
                    rule.check(entry.getValue(), path + "." + entry.getKey(), errors);
                }
            }
        };
    }

    private static Rule array(Rule items) {
        return (node, path, errors) -> {
            if (!node.isArray()) {
                errors.add(path + ": must be an array");
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                items.check(node.get(i), path + "[" + i + "]", errors);
            }
        };
    }
}
