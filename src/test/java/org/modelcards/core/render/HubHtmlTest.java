package org.modelcards.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Raw HTML as the Hub shows it, through the sanitiser: the publishers' tables render, nothing runs. */
class HubHtmlTest {
    private final MarkdownRenderer hub = new MarkdownRenderer(RenderOptions.DEFAULT.hubHtml(true));

    @Test
    void tablesBreaksSuperscriptsAndDetailsRender() {
        String html = hub.render("<table><tr><th colspan=\"2\">Benchmark</th></tr><tr><td>MMLU<sup>1</sup></td>"
                + "<td>66.7<br>(5-shot)</td></tr></table>\n\n<details><summary>More</summary>\n\nHidden *text*\n\n</details>\n");
        assertThat(html).contains("<table>", "<th colspan=\"2\">Benchmark</th>", "<sup>1</sup>", "<br />",
                "<details>", "<summary>More</summary>", "<em>text</em>");
        assertThat(html).doesNotContain("&lt;table");
    }

    @Test
    void scriptsHandlersStylesAndRemoteImagesAreDropped() {
        String html = hub.render("<script>alert(1)</script><img src=\"https://tracker.example/p.png\" onerror=\"x()\">"
                + "<img src=\"figure.png\" alt=\"local\"><a href=\"javascript:alert(1)\">x</a><div style=\"position:fixed\">d</div>"
                + "<iframe src=\"https://e.example\"></iframe>\n");
        assertThat(html).doesNotContain("script", "alert", "onerror", "tracker", "javascript", "style", "iframe");
        assertThat(html).contains("src=\"figure.png\"");
    }

    @Test
    void theDefaultStillEscapes() {
        assertThat(new MarkdownRenderer().render("<b>x</b>")).contains("&lt;b&gt;");
    }
}
