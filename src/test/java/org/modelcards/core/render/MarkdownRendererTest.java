package org.modelcards.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void rendersCommonMarkAndGfmTables() {
        assertThat(markdown.render("Some **bold** and `code`.")).isEqualTo("<p>Some <strong>bold</strong> and <code>code</code>.</p>\n");
        assertThat(markdown.render("| Metric | Value |\n|---|--:|\n| F1 | 0.91 |\n")).isEqualTo("""
                <table>
                <thead>
                <tr>
                <th>Metric</th>
                <th align="right">Value</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td>F1</td>
                <td align="right">0.91</td>
                </tr>
                </tbody>
                </table>
                """);
    }

    @Test
    void nothingAndBlankRenderAsNothing() {
        assertThat(markdown.render(null)).isEmpty();
        assertThat(markdown.render("")).isEmpty();
        assertThat(markdown.render(" \n\t\n")).isEmpty();
    }

    @Test
    void rawHtmlBlocksAndInlineHtmlAreEscaped() {
        assertThat(markdown.render("<script>alert(1)</script>")).isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
        assertThat(markdown.render("Hi <b onclick=\"x()\">there</b>"))
                .isEqualTo("<p>Hi &lt;b onclick=&quot;x()&quot;&gt;there&lt;/b&gt;</p>\n");
        assertThat(markdown.render("<iframe src=\"https://evil.example\"></iframe>\n\ntext"))
                .isEqualTo("<p>&lt;iframe src=&quot;https://evil.example&quot;&gt;&lt;/iframe&gt;</p>\n<p>text</p>\n");
        assertThat(markdown.render("<!-- hidden -->")).isEqualTo("<p>&lt;!-- hidden --&gt;</p>\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "[x](jav&#x61;script:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "<javascript:alert(1)>",
        "[x][r]\n\n[r]: javascript:alert(1)",
    })
    void scriptLinksLoseTheirAddress(String input) {
        String html = markdown.render(input);
        assertThat(HtmlSafety.urls(html)).containsOnly("");
        assertThat(HtmlSafety.dangers(html)).isEmpty();
    }

    @Test
    void linksKeepWebAndMailAddressesAndDoNotPassThePageOn() {
        assertThat(markdown.render("[docs](https://example.org/a?b=1&c=2 \"Docs\") <mailto:a@example.org>"))
                .isEqualTo("<p><a rel=\"noopener noreferrer\" href=\"https://example.org/a?b=1&amp;c=2\" title=\"Docs\">docs</a> "
                        + "<a rel=\"noopener noreferrer\" href=\"mailto:a@example.org\">mailto:a@example.org</a></p>\n");
    }

    @Test
    void remoteImagesAreNotFetchedButLinkedAsPlaceholders() {
        String html = markdown.render("![Confusion *matrix*](https://example.com/cm.png \"CM\")");
        assertThat(html).isEqualTo("<p><a href=\"https://example.com/cm.png\" class=\"image-placeholder\" "
                + "rel=\"noopener noreferrer\">[image: Confusion matrix]</a></p>\n");
        assertThat(html).doesNotContain("<img");
    }

    @Test
    void imagesThatCannotBeLinkedBecomePlainPlaceholders() {
        assertThat(markdown.render("![chart](charts/f1.png) ![x](javascript:alert(1)) ![p](//cdn.example/x.png)"))
                .isEqualTo("<p><span class=\"image-placeholder\">[image: chart]</span> "
                        + "<span class=\"image-placeholder\">[image: x]</span> "
                        + "<span class=\"image-placeholder\">[image: p]</span></p>\n");
    }

    @Test
    void imagesInsideTheCardAreShown() {
        assertThat(markdown.render("![dot](data:image/png;base64,iVBORw0KGgo=)"))
                .isEqualTo("<p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\" /></p>\n");
    }

    @Test
    void remoteImagesLoadOnlyWhenAllowed() {
        MarkdownRenderer allowing = new MarkdownRenderer(RenderOptions.DEFAULT.allowRemoteImages(true));
        assertThat(allowing.render("![cm](https://example.com/cm.png)"))
                .isEqualTo("<p><img src=\"https://example.com/cm.png\" alt=\"cm\" /></p>\n");
        assertThat(allowing.render("![x](javascript:alert(1)) ![r](rel/x.png)")).doesNotContain("<img");
        assertThat(allowing.options().remoteImagesAllowed()).isTrue();
        assertThat(RenderOptions.DEFAULT.remoteImagesAllowed()).isFalse();
    }

    @Test
    void headingsCanBeShiftedBelowThePagesHeadings() {
        MarkdownRenderer shifted = new MarkdownRenderer(RenderOptions.DEFAULT.shiftHeadings(3));
        assertThat(shifted.render("# One\n## Two *em*\n#### Four")).isEqualTo("<h4>One</h4>\n<h5>Two <em>em</em></h5>\n<h6>Four</h6>\n");
        assertThat(markdown.render("# One")).isEqualTo("<h1>One</h1>\n");
        assertThat(RenderOptions.DEFAULT.shiftHeadings(99).headingShift()).isEqualTo(5);
        assertThat(RenderOptions.DEFAULT.shiftHeadings(-1).headingShift()).isZero();
    }

    @Test
    void deeplyNestedInputStillRenders() {
        assertThat(markdown.render(">".repeat(50_000) + " deep")).contains("deep");
        assertThat(markdown.render("[".repeat(50_000))).contains("[[[");
        assertThat(markdown.render("- ".repeat(20_000) + "x")).contains("x");
    }

    @Test
    void oneRendererServesManyThreadsAlike() {
        String input = "# Title\n\n| a | b |\n|---|---|\n| [x](https://e.org) | ![i](https://e.org/i.png) |\n";
        String expected = markdown.render(input);
        List<String> outputs = IntStream.range(0, 200).parallel().mapToObj(i -> markdown.render(input)).toList();
        assertThat(outputs).containsOnly(expected);
    }
}
