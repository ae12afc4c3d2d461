package org.modelcards.core.format.hf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelcards.core.format.ReadProblem;

class FrontMatterTest {
    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void isFoundWithEveryLineEnding(String eol) {
        String text = "---" + eol + "license: mit" + eol + "---" + eol + "# Body" + eol;
        FrontMatter front = FrontMatter.find(text, "README.md");
        assertThat(front.present()).isTrue();
        assertThat(front.yaml(text)).isEqualTo("license: mit" + eol);
        assertThat(text.substring(front.bodyStart())).isEqualTo("# Body" + eol);
        // the Hub's pattern wants a line feed after the closing ---: a lone CR is read, with a warning
        assertThat(front.problem().isPresent()).isEqualTo(eol.equals("\r"));
    }

    @Test
    void closesAtTheEndOfAFileWithoutATrailingNewline() {
        String text = "---\nlicense: mit\n---";
        FrontMatter front = FrontMatter.find(text, "r");
        assertThat(front.present()).isTrue();
        assertThat(front.bodyStart()).isEqualTo(text.length());
    }

    @Test
    void anEmptyFrontMatterIsPresentAndEmpty() {
        FrontMatter front = FrontMatter.find("---\n---\nbody", "r");
        assertThat(front.present()).isTrue();
        assertThat(front.yaml("---\n---\nbody")).isEmpty();
    }

    @Test
    void aDashLineInsideTheYamlIsNotTheClosingLineUnlessItStandsAlone() {
        String text = "---\ndescription: a --- b\n---x\n---\nbody";
        FrontMatter front = FrontMatter.find(text, "r");
        assertThat(front.yaml(text)).isEqualTo("description: a --- b\n---x\n");
    }

    @Test
    void anUnclosedFrontMatterIsAProblemAndTheWholeFileIsBody() {
        FrontMatter front = FrontMatter.find("---\nlicense: mit\n# Title\n", "README.md");
        assertThat(front.present()).isFalse();
        assertThat(front.bodyStart()).isZero();
        assertThat(front.problem()).map(ReadProblem::code).contains(ReadProblem.FRONT_MATTER_UNCLOSED);
        assertThat(front.problem().get().toString()).startsWith("README.md:1:1: ");
    }

    @Test
    void aBlockAfterBlankLinesIsFrontMatterAsTheHubReadsItAndIsPointedOut() {
        String text = "\n \n---\nlicense: mit\n---\n# Body\n";
        FrontMatter front = FrontMatter.find(text, "r");
        assertThat(front.present()).isTrue();
        assertThat(front.yaml(text)).isEqualTo("license: mit\n");
        assertThat(text.substring(front.bodyStart())).isEqualTo("# Body\n");
        assertThat(front.problem()).map(ReadProblem::code).contains(ReadProblem.FRONT_MATTER_POSITION);
        assertThat(front.problem().get().line()).isEqualTo(3);
    }

    @Test
    void aDashLineWithTrailingSpacesIsNotFrontMatterAsForTheHubButIsPointedOut() {
        FrontMatter front = FrontMatter.find("--- \nlicense: mit\n---\n", "r");
        assertThat(front.present()).isFalse();
        assertThat(front.problem()).map(ReadProblem::code).contains(ReadProblem.FRONT_MATTER_POSITION);
    }

    @Test
    void aClosingLineEndingInALoneCarriageReturnIsReadWithAWarningThatTheHubMayNot() {
        String text = "---\rlicense: mit\r---\r# Body\r";
        FrontMatter front = FrontMatter.find(text, "r");
        assertThat(front.present()).isTrue();
        assertThat(front.yaml(text)).isEqualTo("license: mit\r");
        assertThat(front.problem()).map(ReadProblem::code).contains(ReadProblem.FRONT_MATTER_POSITION);
    }

    @Test
    void textWithoutDashesHasNoFrontMatterAndNoProblem() {
        FrontMatter front = FrontMatter.find("# Title\n---\n", "r");
        assertThat(front.present()).isFalse();
        assertThat(front.problem()).isEmpty();
        assertThat(FrontMatter.find("----\nx: 1\n----\n", "r").present()).isFalse();
    }
}
