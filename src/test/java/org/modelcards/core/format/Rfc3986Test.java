package org.modelcards.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The strict URI check, on the grammar's corners (examples written from RFC 3986 sections 3 and 3.2.2). */
class Rfc3986Test {
    @ParameterizedTest
    @ValueSource(strings = {"https://arxiv.org/abs/1810.03993", "http://example.com", "urn:isbn:0451450523",
        "mailto:model-cards@example.org", "ftp://user:pw@host:21/a;b?c=d#e", "https://[2001:db8::7]:8080/x",
        "http://[::1]/", "http://[::ffff:192.0.2.1]/", "http://[v1.fe80::a+en1]/", "file:///tmp/card.json",
        "https://example.com/a%20b?q=%C3%A9#frag/with?marks", "x:", "a+b-c.d:rest", "https://host:/empty-port"})
    void uris(String text) {
        assertThat(Rfc3986.isUri(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A++:!!#[", "github.com/a/b", "/relative/path", "see the wiki", "", ":no-scheme",
        "1http://x", "https://exa mple.com", "https://example.com/é", "http://[2001:db8::7/", "http://[1::2::3]/",
        "http://[12345::]/", "https://host:80a/", "https://x/%zz", "https://x/a#b#c", "http://a/b\\c", "http://a/{b}",
        "https://x/[y]"})
    void notUris(String text) {
        assertThat(Rfc3986.isUri(text)).as(text).isFalse();
    }
}
