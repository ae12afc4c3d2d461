package org.modelcards.core.validation.rules;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.model.ModelCard;

/**
 * Tells content from placeholders: template prompts left in, and answers that say nothing
 * ("N/A", "None"). Shared by the content rules, the requirement rules and the completeness score.
 */
public final class Meaning {
    private static final Pattern NON_ANSWER = Pattern.compile(
            "(?i)\\s*(n/?a|none|nothing|no|not applicable|-+|—|tbd|tba|unknown|none known|nil|null)\\s*[.!]?\\s*");
    private static final Pattern GENERIC_PLACEHOLDER = Pattern.compile(
            "(?i)\\blorem ipsum\\b|\\[(todo|tbd|more information needed)]|(?-i)\\bTODO\\b|\\bTBD\\b");

    private final List<String> templatePrompts;

    public Meaning(List<String> templatePrompts) {
        // prompts shorter than a few words ("N/A", "TODO") are matched by the patterns above instead
        this.templatePrompts = templatePrompts.stream().filter(p -> p.length() > 12).toList();
    }

    /** The template text {@code text} contains, if any. */
    public java.util.Optional<String> templateText(String text) {
        for (String prompt : templatePrompts) {
            if (text.contains(prompt)) {
                return java.util.Optional.of(prompt);
            }
        }
        var generic = GENERIC_PLACEHOLDER.matcher(text);
        return generic.find() ? java.util.Optional.of(generic.group()) : java.util.Optional.empty();
    }

    /** Whether {@code text} is an answer that says nothing, such as "N/A" or "None". */
    public boolean isNonAnswer(String text) {
        return NON_ANSWER.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /** Whether the field says something real: not empty, not only placeholders or non-answers. */
    public boolean isMeaningful(CardField field, ModelCard card) {
        Object value = field.read(card);
        if (value instanceof String text) {
            return !text.isBlank() && !isNonAnswer(text) && templateText(text).isEmpty();
        }
        if (value instanceof List<?> items) {
            return items.stream().anyMatch(item -> !(item instanceof String s)
                    || (!s.isBlank() && !isNonAnswer(s) && templateText(s).isEmpty()));
        }
        return Boolean.TRUE.equals(value);
    }
}
