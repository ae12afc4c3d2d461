package org.modelcards.core.validation.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelcards.core.format.MetaNode;
import org.modelcards.core.format.hf.HubMetadataKeys;
import org.modelcards.core.format.MetaNode.Mapping;
import org.modelcards.core.format.MetaNode.Scalar;
import org.modelcards.core.format.MetaNode.ScalarType;
import org.modelcards.core.format.MetaNode.Sequence;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Findings;
import org.modelcards.core.validation.Rule;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.RuleSource;
import org.modelcards.core.validation.Severity;

/**
 * The type of every metadata key the Hub defines, as its schema has it (huggingface.js
 * {@code ApiModelMetadata}): a string, a list of strings, one or a list, a mapping. A value of another
 * type ({@code language:} as a mapping, {@code tags: [false]}, a mapping in {@code datasets}) is
 * refused by the Hub. Nulls and empty values are the null rule's; {@code model-index} is checked by its
 * own rule. Only a README's front matter has types to check: a card's fields are always strings.
 */
final class MetadataTypeRule implements Rule {
    static final RuleInfo INFO = RuleInfo.of("HF-METADATA-TYPE", Severity.ERROR, Rules.HUB, RuleSource.HUB_SCHEMA,
            "A metadata key has the type the Hub's schema gives it (string, list of strings, mapping, ...).")
            .cite(Citations.API_MODEL + " L197-262 (interface ApiModelMetadata)");

    /** What a key's value may be. */
    private enum Type {
        STRING("a string"), STRING_OR_LIST("a string or a list of strings"), STRING_LIST("a list of strings"),
        BOOLEAN_OR_MAPPING("true, false or a mapping"), NUMBER_OR_MAPPING("a number or a mapping"),
        MAPPING("a mapping"), MAPPING_LIST("a list of mappings");

        final String described;

        Type(String described) {
            this.described = described;
        }
    }

    /** Keys of ApiModelMetadata with their types, in its order (model-index has its own rule). */
    private static final Map<String, Type> TYPES = types();

    private static Map<String, Type> types() {
        Map<String, Type> types = new LinkedHashMap<>();
        for (String key : List.of("datasets", "license", "language", "base_model")) {
            types.put(key, Type.STRING_OR_LIST);
        }
        for (String key : List.of("license_name", "license_link", "license_details", "language_details", "pipeline_tag",
                "library_name", "thumbnail", "description", "mask_token", "finetuned_from", "instance_prompt",
                "extra_gated_prompt", "extra_gated_heading", "extra_gated_description", "extra_gated_button_content")) {
            types.put(key, Type.STRING);
        }
        types.put("tags", Type.STRING_LIST);
        types.put("language_bcp47", Type.STRING_LIST);
        types.put("inference", Type.BOOLEAN_OR_MAPPING);
        types.put("co2_eq_emissions", Type.NUMBER_OR_MAPPING);
        types.put("extra_gated_fields", Type.MAPPING);
        types.put("widget", Type.MAPPING_LIST);
        return java.util.Collections.unmodifiableMap(types);
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(INFO);
    }

    @Override
    public void check(CardSubject subject, Findings findings) {
        subject.metadata().ifPresent(metadata -> {
            for (MetaNode.Entry entry : metadata.entries()) {
                Type type = TYPES.get(entry.key());
                if (type != null) {
                    check(findings, entry.key(), HubMetadataKeys.fieldOf(entry.key()).orElse("extras.metadata"), entry.value(), type);
                }
            }
        });
    }

    private void check(Findings findings, String key, String field, MetaNode value, Type type) {
        if (isNull(value)) {
            return;
        }
        switch (type) {
            case STRING -> requireString(findings, key, field, key, value, type);
            case STRING_OR_LIST -> {
                if (value instanceof Sequence list) {
                    items(findings, key, field, list);
                } else {
                    requireString(findings, key, field, key, value, type);
                }
            }
            case STRING_LIST -> {
                // the schema says a list, but the Hub has accepted a single string here (AutoTrain wrote
                // "tags: autotrain"), so only a value that is neither is refused
                if (value instanceof Sequence list) {
                    items(findings, key, field, list);
                } else {
                    requireString(findings, key, field, key, value, type);
                }
            }
            case BOOLEAN_OR_MAPPING -> {
                if (!(value instanceof Mapping || value instanceof Scalar s && s.type() == ScalarType.BOOLEAN)) {
                    wrong(findings, field, key, value, type);
                }
            }
            case NUMBER_OR_MAPPING -> {
                if (value instanceof Mapping map) {
                    map.get("emissions").filter(e -> !isNull(e) && !isNumber(e)).ifPresent(e -> findings.at(INFO, field,
                            e.at(), key + ".emissions must be a number (grams of CO2), not " + MetaNode.describe(e) + ".",
                            "Write the number of grams only, e.g. emissions: 2940."));
                } else if (!isNumber(value)) {
                    wrong(findings, field, key, value, type);
                }
            }
            case MAPPING -> {
                if (!(value instanceof Mapping)) {
                    wrong(findings, field, key, value, type);
                }
            }
            case MAPPING_LIST -> {
                if (value instanceof Sequence list) {
                    for (int i = 0; i < list.items().size(); i++) {
                        MetaNode item = list.items().get(i);
                        if (!(item instanceof Mapping) && !isNull(item)) {
                            findings.at(INFO, field, item.at(), key + "[" + i + "] must be a mapping, not "
                                    + MetaNode.describe(item) + ".", "Write each entry as keys and values, e.g. - text: \"...\".");
                        }
                    }
                } else {
                    wrong(findings, field, key, value, type);
                }
            }
        }
    }

    private void items(Findings findings, String key, String field, Sequence list) {
        for (int i = 0; i < list.items().size(); i++) {
            MetaNode item = list.items().get(i);
            if (!isNull(item)) {
                requireString(findings, key, field, key + "[" + i + "]", item, Type.STRING);
            }
        }
    }

    private void requireString(Findings findings, String key, String field, String path, MetaNode value, Type type) {
        if (!MetaNode.isString(value)) {
            wrong(findings, field, path, value, type);
        }
    }

    private static void wrong(Findings findings, String field, String path, MetaNode value, Type type) {
        String hint = value instanceof Scalar ? "Quote it to make it a string, e.g. \"" + ((Scalar) value).text() + "\"."
                : "Write it as " + type.described + ".";
        findings.at(INFO, field, value.at(), path + " must be " + type.described + ", not " + MetaNode.describe(value) + ".",
                hint);
    }

    private static boolean isNull(MetaNode node) {
        return node instanceof Scalar s && s.isNull();
    }

    private static boolean isNumber(MetaNode node) {
        return node instanceof Scalar s && (s.type() == ScalarType.INTEGER || s.type() == ScalarType.FLOAT);
    }
}
