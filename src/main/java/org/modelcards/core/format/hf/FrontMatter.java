package org.modelcards.core.format.hf;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.format.TextPosition;

/**
 * Where a README's YAML front matter is: a {@code ---} line at the very start of the file, up to the
 * next {@code ---} line, with {@code \n}, {@code \r\n} or {@code \r} line ends. Offsets are into the
 * text (after any byte-order mark); the body starts after the closing line.
 *
 * <p>A file that opens with {@code ---} but never closes it has no front matter and a problem; a
 * {@code ---} block after blank lines is not front matter either, and is reported as a warning.
 */
public record FrontMatter(boolean present, int yamlStart, int yamlEnd, int bodyStart, Optional<ReadProblem> problem) {
    private static final Pattern OPENING = Pattern.compile("\\A---[ \\t]*(\\r\\n|\\n|\\r)");
    private static final Pattern CLOSING = Pattern.compile("^---[ \\t]*(\\r\\n|\\n|\\r|\\z)", Pattern.MULTILINE);
    private static final Pattern LATE_OPENING = Pattern.compile("\\A(?:[ \\t]*(?:\\r\\n|\\n|\\r))+---[ \\t]*(?:\\r\\n|\\n|\\r)");

    /** Finds the front matter of {@code text}; {@code source} names the file in problems. */
    public static FrontMatter find(String text, String source) {
        Matcher opening = OPENING.matcher(text);
        if (!opening.lookingAt()) {
            Matcher late = LATE_OPENING.matcher(text);
            if (late.lookingAt()) {
                TextPosition at = TextPosition.of(text, late.end() - 1);
                return absent(Optional.of(new ReadProblem(ReadProblem.FRONT_MATTER_POSITION, source, at.line(), 1,
                        "this --- block is not front matter: the Hub reads metadata only when --- is the very first line")));
            }
            return absent(Optional.empty());
        }
        Matcher closing = CLOSING.matcher(text);
        if (!closing.find(opening.end())) {
            return absent(Optional.of(new ReadProblem(ReadProblem.FRONT_MATTER_UNCLOSED, source, 1, 1,
                    "the front matter opened here is never closed with a --- line, so the whole file is read as Markdown")));
        }
        return new FrontMatter(true, opening.end(), closing.start(), closing.end(), Optional.empty());
    }

    private static FrontMatter absent(Optional<ReadProblem> problem) {
        return new FrontMatter(false, 0, 0, 0, problem);
    }

    /** The YAML text between the two {@code ---} lines. */
    public String yaml(String text) {
        return present ? text.substring(yamlStart, yamlEnd) : "";
    }
}
