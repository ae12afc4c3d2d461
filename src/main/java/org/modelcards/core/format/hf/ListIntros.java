package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bulleted list that a line introduces as a field's items, such as "The paper describes model
 * performance on the following datasets:" followed by one dataset per bullet. The introductions are
 * the mapping's {@code list} lines (see {@link HeadingMap#listIntros()}).
 *
 * <pre>{@code
 * ListIntros.find("Results on the following datasets:\n\n- Food101\n- [MNIST](u)\n")   // data.evaluation: [Food101, MNIST]
 * }</pre>
 */
final class ListIntros {
    private static final Pattern BULLET = Pattern.compile("^[ \\t]{0,3}[-*+][ \\t]+(.+?)[ \\t]*$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");

    /** A field and the items a list gives it. */
    record Found(String field, List<String> items) {
    }

    private ListIntros() {
    }

    /** Every introduced list in {@code text}, in the mapping's order. */
    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        RequiredText.Haystack words = new RequiredText.Haystack(text);
        for (HeadingMap.Sentence intro : HeadingMap.listIntros()) {
            if (!intro.required().mayBeIn(words)) {
                continue;
            }
            Matcher m = intro.pattern().matcher(text);
            while (m.find()) {
                items(text, m.end()).ifPresent(items -> found.add(new Found(intro.field(), items)));
            }
        }
        return found;
    }

    /** Whether {@code text} holds a list introduced as one of {@code field}'s. */
    static boolean introduces(String text, String field) {
        return find(text).stream().anyMatch(f -> f.field().equals(field));
    }

    /** The bullets after the introduction's line (blank lines before them allowed), as plain text. */
    private static Optional<List<String>> items(String text, int from) {
        List<String> items = new ArrayList<>();
        String[] lines = text.substring(from).split("\\R", -1);
        for (int i = 1; i < lines.length; i++) {
            Matcher bullet = BULLET.matcher(lines[i]);
            if (bullet.matches()) {
                items.add(LINK.matcher(bullet.group(1)).replaceAll("$1").strip());
            } else if (!lines[i].isBlank() || !items.isEmpty()) {
                break;
            }
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(items));
    }
}
