package org.modelcards.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.modelcards.cli.report.ConsoleText;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.format.hf.FrontMatter;

/**
 * The losses {@code convert} does not make silently: a README whose front matter cannot be read
 * has no metadata to carry (licence, languages, model-index...), so converting it to another
 * format would drop all of it; and a README saved back as a README must read back as it was.
 * Both refuse the file unless {@code --allow-loss}, which lists what is lost instead.
 */
final class ConversionLosses {
    /** Reading problems that leave the front matter unread: its metadata is in no field of the card. */
    static final Set<String> FRONT_MATTER_UNREAD = Set.of(ReadProblem.YAML_SYNTAX, ReadProblem.YAML_NOT_MAPPING,
            ReadProblem.YAML_DUPLICATE_KEY, ReadProblem.YAML_LIMIT, ReadProblem.FRONT_MATTER_UNCLOSED);

    /** A top-level key at the start of a YAML line: plain, or quoted. */
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile(
            "^(\"[^\"\\r\\n]*\"|'[^'\\r\\n]*'|[^\\s#\\-\"'{}\\[\\],&*!|>%@`][^:\\r\\n]*?)[ \\t]*:(?:[ \\t]|$)", Pattern.MULTILINE);
    private static final int MAX_KEYS_LISTED = 20;

    private ConversionLosses() {
    }

    /** The problem that left the front matter unread, if there is one. */
    static Optional<ReadProblem> unreadFrontMatter(LoadedCard loaded) {
        return loaded.problems().stream().filter(p -> FRONT_MATTER_UNREAD.contains(p.code())).findFirst();
    }

    /** The one {@code path:line:col: message} line that refuses the file. */
    static String refusal(ReadProblem problem, String targetId) {
        return ConsoleText.escape(problem) + "; not converted to " + targetId
                + ": the front matter's metadata would be lost (--allow-loss converts the rest)";
    }

    /** With {@code --allow-loss}: what the output lacks, by the keys the front matter seems to hold, at the problem's place. */
    static String lost(ReadProblem problem, String targetId, String text) {
        List<String> keys = topLevelKeys(text);
        String listed = keys.isEmpty() ? "" : " (" + String.join(", ", keys.subList(0, Math.min(keys.size(), MAX_KEYS_LISTED)))
                + (keys.size() > MAX_KEYS_LISTED ? " and " + (keys.size() - MAX_KEYS_LISTED) + " more" : "") + ")";
        return ConsoleText.escape(new ReadProblem(problem.code(), problem.source(), problem.line(), problem.column(),
                "not in the " + targetId + " output: the front matter's metadata" + listed + ", which cannot be read: "
                        + problem.message()));
    }

    /** README to README: the one line refusing a save that would not read back as it was, if it would not. */
    static Optional<String> sameFormatRefusal(Path input, WriteResult result) {
        if (result.isLossless()) {
            return Optional.empty();
        }
        String fields = result.losses().stream().map(Loss::fieldId).distinct().collect(Collectors.joining(", "));
        return Optional.of(ConsoleText.escape(input) + ": not converted: the README written back would lose "
                + ConsoleText.escape(fields) + " (--allow-loss writes it anyway)");
    }

    /** The keys at the left margin of the front matter, which a broken YAML document still shows to the eye. */
    static List<String> topLevelKeys(String text) {
        FrontMatter front = FrontMatter.find(text, "");
        List<String> keys = new ArrayList<>();
        if (front.present()) {
            Matcher key = TOP_LEVEL_KEY.matcher(front.yaml(text));
            while (key.find()) {
                String name = key.group(1);
                keys.add(name.length() > 1 && (name.startsWith("\"") || name.startsWith("'")) ? name.substring(1, name.length() - 1) : name);
            }
        }
        return keys;
    }
}
