package org.modelcards.core.validation;

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
    /** Longer than any non-answer the pattern knows, with room for blanks and a full stop. */
    private static final int NON_ANSWER_MAX_LENGTH = 40;
    private static final List<String> UPPER_WORDS = List.of("TODO", "TBD");
    private static final List<String> BRACKETED = List.of("[todo]", "[tbd]", "[more information needed]");
    private static final String LOREM = "lorem ipsum";
    /** What transformers' Trainer writes in every section it cannot fill, without the template's brackets. */
    private static final Pattern TRAINER_PLACEHOLDER = Pattern.compile("(?i)\\s*more information needed\\.?\\s*");

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
        return genericPlaceholder(text);
    }

    /**
     * TODO and TBD as words, [TODO]-style markers and lorem ipsum. Written as plain scans rather than
     * one regex: this runs on every text of every card, and word-boundary alternations were the
     * slowest part of batch validation.
     */
    private static java.util.Optional<String> genericPlaceholder(String text) {
        if (text.length() < 40 && TRAINER_PLACEHOLDER.matcher(text).matches()) {
            return java.util.Optional.of(text.strip());
        }
        for (String word : UPPER_WORDS) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                if (isBoundary(text, at - 1) && isBoundary(text, at + word.length())) {
                    return java.util.Optional.of(word);
                }
            }
        }
        for (int i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) {
            for (String marker : BRACKETED) {
                if (text.regionMatches(true, i, marker, 0, marker.length())) {
                    return java.util.Optional.of(text.substring(i, i + marker.length()));
                }
            }
        }
        for (int i = 0; i + LOREM.length() <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'l' || c == 'L') && text.regionMatches(true, i, LOREM, 0, LOREM.length())) {
                return java.util.Optional.of(text.substring(i, i + LOREM.length()));
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean isBoundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }

    /** Whether {@code text} is an answer that says nothing, such as "N/A" or "None". */
    public boolean isNonAnswer(String text) {
        if (text.length() > NON_ANSWER_MAX_LENGTH) {
            return false;
        }
        return NON_ANSWER.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
    }

    private boolean says(String text) {
        return !text.isBlank() && !isNonAnswer(text) && templateText(text).isEmpty();
    }

    /** A table row says something when one of its text cells does. */
    private boolean rowSays(CardField table, Object row) {
        return table.table().orElseThrow().columns().stream()
                .anyMatch(c -> c.kind().isText() && says((String) c.read(row)));
    }

    /** Whether the field says something real: not empty, not only placeholders or non-answers. */
    public boolean isMeaningful(CardField field, ModelCard card) {
        Object value = field.read(card);
        if (value instanceof String text) {
            return says(text);
        }
        if (value instanceof List<?> items) {
            return items.stream().anyMatch(item -> item instanceof String s ? says(s) : rowSays(field, item));
        }
        return Boolean.TRUE.equals(value);
    }
}
