package org.modelcards.core.format.hf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.modelcards.core.format.LineIndex;

/**
 * Splits a README body into sections at its top-level headings, using a CommonMark parser so that a
 * {@code #} inside a code block or an HTML block is not taken for a heading.
 */
final class MarkdownSections {
    /**
     * Only the block structure is needed, so inline parsing (the costly part) is replaced by one that
     * keeps a heading's raw text and skips everything else.
     */
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .inlineParserFactory(context -> (lines, node) -> {
                if (node instanceof Heading) {
                    node.appendChild(new Text(lines.getContent()));
                }
            })
            .build();

    private static final Pattern LOST_HEADING = Pattern.compile("(?<=\\n[ \\t]{0,8}\\n|\\r[ \\t]{0,8}\\r|\\r\\n[ \\t]{0,8}\\r\\n)#{2,6}[ \\t]+\\p{Lu}");

    private MarkdownSections() {
    }

    /** The sections of the body {@code text.substring(bodyStart)}, preamble first if there is text before the first heading. */
    static List<MarkdownSection> split(String text, int bodyStart, LineIndex lines) {
        List<int[]> headings = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        collect(text, bodyStart, headings, titles);
        List<MarkdownSection> sections = new ArrayList<>();
        int firstHeading = headings.isEmpty() ? text.length() : headings.get(0)[1];
        if (firstHeading > bodyStart && !text.substring(bodyStart, firstHeading).isBlank()) {
            sections.add(new MarkdownSection(0, "", bodyStart, bodyStart, firstHeading, lines.position(bodyStart).line()));
        }
        for (int i = 0; i < headings.size(); i++) {
            int[] h = headings.get(i);
            int next = i + 1 < headings.size() ? headings.get(i + 1)[1] : text.length();
            sections.add(new MarkdownSection(h[0], titles.get(i), h[1], Math.min(h[2], next), next,
                    lines.position(h[1]).line()));
        }
        return sections;
    }

    /**
     * The top-level headings of {@code text.substring(from)}. A code fence whose author forgot to
     * close it swallows the rest of the card (CommonMark runs it to the next fence or the end), but
     * the headings in it were written for a reader: a fence left open, or one holding two or more
     * {@code ##} heading lines after blank lines, is taken to end before the first of them (a single
     * {@code #} is a comment in much code, so it does not count).
     */
    private static void collect(String text, int from, List<int[]> headings, List<String> titles) {
        Node document = PARSER.parse(text.substring(from));
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && !heading.getSourceSpans().isEmpty()) {
                List<SourceSpan> spans = heading.getSourceSpans();
                SourceSpan first = spans.get(0);
                SourceSpan end = spans.get(spans.size() - 1);
                int start = from + first.getInputIndex() - first.getColumnIndex();
                headings.add(new int[] {heading.getLevel(), start, lineEnd(text, from + end.getInputIndex() + end.getLength())});
                titles.add(text(heading));
            } else if (node instanceof FencedCodeBlock fence && !fence.getSourceSpans().isEmpty()) {
                int resume = lostHeading(text, from, fence);
                if (resume >= 0) {
                    collect(text, resume, headings, titles);
                    return;
                }
            }
        }
    }

    /** Where a fence that plainly should have been closed gives way to headings again, or -1. */
    private static int lostHeading(String text, int from, FencedCodeBlock fence) {
        List<SourceSpan> spans = fence.getSourceSpans();
        int start = lineEnd(text, from + spans.get(0).getInputIndex());
        SourceSpan last = spans.get(spans.size() - 1);
        int end = from + last.getInputIndex() + last.getLength();
        Matcher heading = LOST_HEADING.matcher(text).region(start, Math.max(start, end));
        if (!heading.find()) {
            return -1;
        }
        int first = heading.start();
        return fence.getClosingFenceLength() == null || heading.find() ? first : -1;
    }

    /** The offset just after the line end at or after {@code offset}. */
    private static int lineEnd(String text, int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                out.append(t.getLiteral());
            } else if (child instanceof Code c) {
                out.append(c.getLiteral());
            } else {
                out.append(text(child));
            }
        }
        return out.toString().strip();
    }
}
