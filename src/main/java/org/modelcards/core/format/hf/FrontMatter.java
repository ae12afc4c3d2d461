package org.modelcards.core.format.hf;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.format.TextPosition;

/**
 * Where a README's YAML front matter is, found as the Hub finds it (huggingface_hub's
 * {@code REGEX_YAML_BLOCK}, documented there as the Hub server's): optional leading whitespace, a
 * {@code ---} line, the YAML, and the next line that is exactly {@code ---}; line ends {@code \n},
 * {@code \r\n} or {@code \r}. Offsets are into the text (after any byte-order mark); the YAML
 * includes its last line end and the body starts after the closing line.
 *
 * <p>Where this reading and the Hub's could differ, there is a warning: a closing {@code ---} that
 * ends in a lone {@code \r} (the Hub's pattern wants {@code \n} or the end of the file), and a
 * {@code ---} line with trailing spaces, which neither reads as front matter, and blank space before
 * the opening line, which the Hub accepts but other tools do not. A file that opens with
 * {@code ---} but never closes it has no front matter and a problem.
 *
 * <pre>{@code
 * FrontMatter front = FrontMatter.find("\n---\nlicense: mit\n---\n# Card\n", "README.md");
 * front.yaml(text);   // "license: mit\n"
 * }</pre>
 */
public record FrontMatter(boolean present, int yamlStart, int yamlEnd, int bodyStart, Optional<ReadProblem> problem) {
    private static final Pattern OPENING = Pattern.compile("\\A\\s*?---(\\r\\n|\\n|\\r)");
    private static final Pattern CLOSING = Pattern.compile("(?<=[\\r\\n])---(\\r\\n|\\n|\\r|\\z)");
    private static final Pattern SPACED_OPENING = Pattern.compile("\\A\\s*?---[ \\t]+(\\r\\n|\\n|\\r)");

    /** Finds the front matter of {@code text}; {@code source} names the file in problems. */
    public static FrontMatter find(String text, String source) {
        Matcher opening = OPENING.matcher(text);
        if (!opening.lookingAt()) {
            Matcher spaced = SPACED_OPENING.matcher(text);
            if (spaced.lookingAt()) {
                TextPosition at = TextPosition.of(text, spaced.end() - 1);
                return absent(Optional.of(new ReadProblem(ReadProblem.FRONT_MATTER_POSITION, source, at.line(), 1,
                        "this --- line has spaces after it, so the Hub does not read the block below as front matter")));
            }
            return absent(Optional.empty());
        }
        Matcher closing = CLOSING.matcher(text);
        if (!closing.find(opening.end() - opening.group(1).length())) {
            TextPosition at = TextPosition.of(text, opening.end() - opening.group(1).length() - 3);
            return absent(Optional.of(new ReadProblem(ReadProblem.FRONT_MATTER_UNCLOSED, source, at.line(), at.column(),
                    "the front matter opened here is never closed with a --- line, so the whole file is read as Markdown")));
        }
        Optional<ReadProblem> problem = Optional.empty();
        int dashes = opening.end() - opening.group(1).length() - 3;
        if (dashes > 0) {
            TextPosition at = TextPosition.of(text, dashes);
            problem = Optional.of(new ReadProblem(ReadProblem.FRONT_MATTER_POSITION, source, at.line(), at.column(),
                    "the front matter starts after blank space: the Hub reads it, but other tools expect --- on the first"
                            + " line"));
        }
        if (closing.group(1).equals("\r") && closing.end() < text.length()) {
            TextPosition at = TextPosition.of(text, closing.start());
            problem = Optional.of(new ReadProblem(ReadProblem.FRONT_MATTER_POSITION, source, at.line(), at.column(),
                    "the closing --- ends with a lone carriage return; the Hub looks for a line feed there and may not read"
                            + " this front matter: save the file with \\n or \\r\\n line ends"));
        }
        int yamlStart = opening.end();
        int yamlEnd = Math.max(yamlStart, closing.start());
        return new FrontMatter(true, yamlStart, yamlEnd, closing.end(), problem);
    }
    private static FrontMatter absent(Optional<ReadProblem> problem) {
        return new FrontMatter(false, 0, 0, 0, problem);
    }

    /** The YAML text between the two {@code ---} lines. */
    public String yaml(String text) {
        return present ? text.substring(yamlStart, yamlEnd) : "";
    }
}
