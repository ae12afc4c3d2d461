package org.modelcards.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeUrlsTest {
    @Test
    void onlyWebAndMailAddressesAreLinkable() {
        assertThat(SafeUrls.isLinkable("https://example.org")).isTrue();
        assertThat(SafeUrls.isLinkable("  HTTP://example.org")).isTrue();
        assertThat(SafeUrls.isLinkable("mailto:a@example.org")).isTrue();
        assertThat(SafeUrls.isLinkable("mailto:")).isFalse();
        assertThat(SafeUrls.isLinkable("javascript:alert(1)")).isFalse();
        assertThat(SafeUrls.isLinkable(" java\tscript:alert(1)")).isFalse();
        assertThat(SafeUrls.isLinkable("data:text/html,x")).isFalse();
        assertThat(SafeUrls.isLinkable("example.org")).isFalse();
        assertThat(SafeUrls.isLinkable(null)).isFalse();
    }

    @Test
    void remoteAndInlineImagesAreTold() {
        assertThat(SafeUrls.isRemote("https://e.org/x.png")).isTrue();
        assertThat(SafeUrls.isRemote("//e.org/x.png")).isFalse();
        assertThat(SafeUrls.isInlineImage("DATA:image/png;base64,AA")).isTrue();
        assertThat(SafeUrls.isInlineImage("data:text/html,x")).isFalse();
    }

    @Test
    void textIsEscapedWithLfLineEnds() {
        assertThat(HtmlText.escape("a<b>&\"c\"'d'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;");
        assertThat(HtmlText.escape("1\r\n2\r3\n")).isEqualTo("1\n2\n3\n");
        assertThat(HtmlText.escapeLines("1\r\n2")).isEqualTo("1<br>\n2");
        assertThat(HtmlText.escape(null)).isEmpty();
    }
}
