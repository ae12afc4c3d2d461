package org.modelcards.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MarkdownRendererProperties {
    /** The only tags commonmark writes for Markdown (raw HTML being escaped), plus our placeholder. */
    private static final Set<String> TAGS = Set.of("p", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li",
            "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "span", "hr", "br",
            "table", "thead", "tbody", "tr", "th", "td");
    private static final Set<String> ATTRIBUTES = Set.of("href", "rel", "title", "src", "alt", "class", "start", "align");

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final MarkdownRenderer shifted = new MarkdownRenderer(RenderOptions.DEFAULT.allowRemoteImages(true).shiftHeadings(2));

    @Property(tries = 1000)
    void anyInputRendersToHarmlessMarkup(@ForAll("markdownish") String input) {
        String html = markdown.render(input);
        assertThat(html).isNotNull().doesNotContain("<script").doesNotContain("<iframe").doesNotContain("<style");
        assertThat(HtmlSafety.dangers(html)).isEmpty();
        for (HtmlSafety.Tag tag : HtmlSafety.tags(html)) {
            assertThat(TAGS).as("tag in %s", html).contains(tag.name());
            assertThat(ATTRIBUTES).as("attributes in %s", html).containsAll(tag.attributes().keySet());
        }
    }

    @Property(tries = 300)
    void withRemoteImagesAllowedOnlyWebImagesAreFetched(@ForAll("markdownish") String input) {
        String html = shifted.render(input);
        for (HtmlSafety.Tag tag : HtmlSafety.tags(html)) {
            assertThat(tag.name()).isNotIn("script", "iframe", "h1", "h2");
            if (tag.attributes().containsKey("src")) {
                assertThat(tag.attributes().get("src")).matches("(?i)(https?:|data:image/).*");
            }
            assertThat(tag.attributes().keySet()).noneMatch(name -> name.startsWith("on"));
        }
    }

    @Provide
    Arbitrary<String> markdownish() {
        Arbitrary<String> fragments = Arbitraries.of(
                "<script>alert(1)</script>", "<img src=https://example.com/x.png onerror=alert(1)>",
                "[x](javascript:alert(1))", "<iframe src=https://evil.example></iframe>", "<a href=\"javascript:x\">",
                "![a](https://example.com/a.png)", "![b](data:image/png;base64,AA==)", "![c](//cdn/x.png)",
                "[r]: javascript:alert(1)\n", "[r]", "[t](https://example.org \"t\")", "<https://example.org>",
                "<javascript:alert(1)>", "&#x6A;avascript:", "&amp;", "&lt;", "<!--", "-->", "<div>", "</div>",
                "<style>", "<svg onload=x>", "| a | b |\n", "|---|---|\n", "| 1 | 2 |\n", "```", "```js\n", "~~~",
                "    code\n", "> ", "# ", "###### ", "- ", "* ", "1. ", "3) ", "---\n", "***", "**", "*", "_", "__",
                "`", "``", "[", "]", "(", ")", "!", "<", ">", "\"", "'", "\\", "\n", "\n\n", "\r\n", "\r", "\t",
                " ", "  \n", "text", "é", "中文", "😀", "\u0000", "\u202e");
        Arbitrary<String> noise = Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\t').ofMaxLength(12);
        return Arbitraries.oneOf(fragments, fragments, fragments, noise).list().ofMaxSize(30).map(parts -> String.join("", parts));
    }
}
