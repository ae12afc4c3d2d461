package org.modelcards.core.format.hf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RequiredTextTest {
    private static String literal(String regex) {
        return RequiredText.of(Pattern.compile(regex)).literal();
    }

    @Test
    void takesTheLongestPlainRunAtTheTopLevel() {
        assertThat(literal("(?i)\\bevaluated (?:using|on) [^.\\n]*?\\bfrom the ([A-Z][\\w-]*\\d[\\w-]*)")).isEqualTo("evaluated ");
        assertThat(literal("\\b(?:was |were )?developed by (?:researchers )?(x)")).isEqualTo("developed by ");
        assertThat(literal("(?im)^where to send questions\\b")).isEqualTo("where to send questions");
        assertThat(literal("<a href=\"(https?://[^\"\\s]+)\"[^>]*>[^<]*\\bPaper\\b")).isEqualTo("<a href=\"");
        assertThat(literal("(?i)\\[(?:the )?original [^\\]\\n]*repository\\]\\((https?://[^)\\s]+)\\)")).isEqualTo("repository](");
    }

    @Test
    void aQuantifiedCharacterIsNotRequired() {
        assertThat(literal("abcdx?yz")).isEqualTo("abcd");
        assertThat(literal("abcdx{0,3}yz")).isEqualTo("abcd");
        assertThat(literal("ab\\p{L}cdef")).isEqualTo("cdef");
    }

    @Test
    void noLiteralWhereThePatternCouldMatchWithout() {
        assertThat(literal("abc|defgh")).isEmpty();
        assertThat(literal("abc(?i)defgh")).isEmpty();
        assertThat(literal("(?x)abcdef")).isEmpty();
        assertThat(literal("\\Qabc\\E")).isEmpty();
        assertThat(literal("\\x41bcdef")).isEmpty();
        assertThat(RequiredText.of(Pattern.compile("abcdef", Pattern.CASE_INSENSITIVE)).literal()).isEmpty();
        assertThat(literal("(?i)caf\u00e9s")).isEqualTo("caf");
    }

    @Test
    void everyMappingPatternThatFindsInARealCardHasItsLiteralThere() throws Exception {
        List<HeadingMap.Sentence> all = new ArrayList<>(HeadingMap.sentences());
        all.addAll(HeadingMap.listIntros());
        assertThat(all).filteredOn(s -> !s.required().literal().isEmpty()).hasSizeGreaterThan(all.size() / 2);
        for (java.nio.file.Path card : java.nio.file.Files.newDirectoryStream(
                java.nio.file.Path.of("src/test/resources/realcards/publishers"))) {
            String text = java.nio.file.Files.readString(card);
            for (HeadingMap.Sentence s : all) {
                if (s.pattern().matcher(text).find()) {
                    assertThat(s.required().mayBeIn(new RequiredText.Haystack(text))).as(s.pattern() + " in " + card).isTrue();
                }
            }
        }
    }

    /** Sound: whenever the pattern finds a match, the literal is in the text. */
    @Property(tries = 3000)
    void aTextWithoutTheLiteralHasNoMatch(@ForAll("patterns") String regex, @ForAll("texts") String text) {
        Pattern pattern = Pattern.compile(regex);
        if (pattern.matcher(text).find()) {
            assertThat(RequiredText.of(pattern).mayBeIn(new RequiredText.Haystack(text))).isTrue();
        }
    }

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.of("(?i)\\bthe paper (\\w+)", "(?i)licen[cs]ed under (?:the )?(MIT|Apache)", "\\bdeveloped by ([A-Z]\\w*)",
                "(?im)^model card:[ \\t]*(\\S+)", "ab+cd?efg", "(?i)(?<!resources )\\bfor more info\\b", "x{2}yyy", "(?i)KELVIN");
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("theTHE paperPAPER licensedLICENSED under MIT Apachedevelopby Acme\n:\t\u212a\u0130"
                + "abcdefgxyKELVINmodelcardforinfo").ofMaxLength(60)
                .injectDuplicates(0.1).edgeCases(e -> e.add("The Paper X")).map(s -> s)
                .flatMap(s -> Arbitraries.of("", "the paper Z ", "Licensed under MIT", "developed by Acme", "model card: a",
                        "abbbcefg", "xxyyy", "for more info", "\u212aELVIN").map(extra -> s + extra + s));
    }
}
