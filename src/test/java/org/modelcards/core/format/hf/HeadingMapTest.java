package org.modelcards.core.format.hf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadingMapTest {
    @Test
    void headingsMatchWhateverTheirCaseNumberingPunctuationAndEmoji() {
        assertThat(HeadingMap.field("3.1 Out-of-Scope Use [optional]")).contains("intendedUse.outOfScope");
        assertThat(HeadingMap.field("⚠️ Limitations & Bias")).contains("bias.limitations");
        assertThat(HeadingMap.field("**Speeds, Sizes, Times**")).contains("training.speedsSizesTimes");
        assertThat(HeadingMap.field("IV. Ethical Considerations")).contains("bias.ethical");
        assertThat(HeadingMap.field("Something else")).isEmpty();
    }

    @Test
    void aGroupingHeadingNamesTheFieldItsOwnProseFills() {
        assertThat(HeadingMap.field("Model Details")).contains(HeadingMap.GROUP);
        assertThat(HeadingMap.groupField("Model Details")).contains("details.description");
        assertThat(HeadingMap.groupField("## Uses")).contains("intendedUse.directUse");
        assertThat(HeadingMap.groupField("Training Details")).isEmpty();
    }

    @Test
    void labelsOfThePublishersStylesAreKnown() {
        assertThat(HeadingMap.labels()).containsEntry(HeadingMap.normalize("Model developers"), "details.developers")
                .containsEntry(HeadingMap.normalize("Model Release Date"), "details.releaseDate")
                .containsEntry(HeadingMap.normalize("Language(s)"), "details.languages");
    }
}
