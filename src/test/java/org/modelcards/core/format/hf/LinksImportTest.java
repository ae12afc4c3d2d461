package org.modelcards.core.format.hf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.modelcards.core.model.ModelCard;

/** Links as a reader sees them, and URL fields filled from them. */
class LinksImportTest {
    @Test
    void everyKindOfLinkIsFoundWithItsAddress() {
        String text = "[Paper](https://a.org/p) and [our code][gh], <a href=\"https://d.org\"><b>Demo</b></a>, "
                + "https://e.org/x.\n\n[gh]: https://github.com/o/r\n";
        assertThat(Links.in(text, 0, text.indexOf("\n\n"))).extracting(Links.Link::text, Links.Link::url).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Paper", "https://a.org/p"),
                org.assertj.core.groups.Tuple.tuple("our code", "https://github.com/o/r"),
                org.assertj.core.groups.Tuple.tuple("Demo", "https://d.org"),
                org.assertj.core.groups.Tuple.tuple("https://e.org/x", "https://e.org/x"));
        Links.Link first = Links.in(text, 0, 30).get(0);
        assertThat(text.substring(first.urlStart(), first.urlEnd())).isEqualTo("https://a.org/p");
    }

    @Test
    void placeholdersAreNoLinks() {
        assertThat(Links.in("[paper](https://arxiv.org/abs/waiting-on-url)", 0, 45)).isEmpty();
        assertThat(Links.isPlaceholder("https://x.org/TBD")).isTrue();
    }

    @Test
    void aLineOfSeveralLinksFillsEachFieldItsTextNamesAndAnEditChangesOnlyThatAddress() {
        String text = "# Owl\n\n## Model Details\n\n- **Resources for more information:** [GitHub Repository](https://github.com/o/owl),"
                + " [Paper](https://arxiv.org/abs/2401.00001).\n";
        HubReadme readme = HubReadme.parse(text, "README.md");
        ModelCard card = readme.loaded().card();
        assertThat(card.details().repositoryUrl()).isEqualTo("https://github.com/o/owl");
        assertThat(card.details().paperUrl()).isEqualTo("https://arxiv.org/abs/2401.00001");
        var written = readme.write(card.withDetails(card.details().withPaperUrl("https://arxiv.org/abs/2401.00002")));
        assertThat(written.losses()).isEmpty();
        assertThat(written.text()).isEqualTo(text.replace("2401.00001", "2401.00002"));
    }

    @Test
    void aLabelWithProseAndAReferenceLinkTakesTheAddressNotTheSentence() {
        String text = "# Owl\n\n## Model Details\n\n**Paper or resources for more information:** More in the paper [Owl][arxiv].\n"
                + "\n[arxiv]: https://arxiv.org/abs/2306.05284\n";
        assertThat(HubReadme.parse(text, "README.md").loaded().card().details().paperUrl())
                .isEqualTo("https://arxiv.org/abs/2306.05284");
    }

    @Test
    void aLinkNamedForAFieldAnywhereFillsItWhenNothingElseDid() {
        String text = "# Owl\n\n<p><a href=\"https://x.org/Owl.pdf\"><b>Paper Link</b></a></p>\n\n## Model Details\n\nOwl.\n";
        assertThat(HubReadme.parse(text, "README.md").loaded().card().details().paperUrl()).isEqualTo("https://x.org/Owl.pdf");
    }

    @Test
    void aLinkInsideASentenceSaysWhatTheSentenceSays() {
        String text = "# Owl\n\n## Feedback\n\nPlease open an issue in the [GitHub repository](https://github.com/o/owl).\n";
        assertThat(HubReadme.parse(text, "README.md").loaded().card().details().repositoryUrl()).isEmpty();
        String row = "<p>:books: <a href=\"https://github.com/o/owl\">GitHub</a>&nbsp; | <a href=\"https://x.org\">Site</a></p>";
        assertThat(Links.standsAlone(row, Links.in(row, 0, row.length()).get(0))).isTrue();
    }
}
