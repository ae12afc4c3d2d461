package org.modelcards.core.format.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.format.Loss;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.Dataset;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.ExtraField;
import org.modelcards.core.model.ExtraSection;
import org.modelcards.core.model.MisuseRisk;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.render.HtmlSafety;
import org.modelcards.core.render.HtmlText;
import org.modelcards.core.render.MarkdownRenderer;
import org.modelcards.core.render.RenderOptions;

class HtmlFormatTest {
    static final Path EXAMPLE = Path.of("assets/examples/tiny-sentiment.modelcard.json");
    static final String CSP_META = "<meta http-equiv=\"Content-Security-Policy\" "
            + "content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">";
    private static final FieldCatalog CATALOG = FieldCatalog.standard();
    private final HtmlFormat html = new HtmlFormat();

    static ModelCard set(ModelCard card, String fieldId, Object value) {
        return CATALOG.require(fieldId).write(card, value);
    }

    /** A small card touching every kind of field, and a preserved section and metadata key. */
    static ModelCard demoCard() {
        ModelCard card = ModelCard.EMPTY;
        card = set(card, "details.name", "ticket-router <v2>");
        card = set(card, "details.summary", "Sorts support tickets & routes them to a queue.");
        card = set(card, "details.description", "Routes **tickets** by topic.\n\n# How it works\n\nSee [the docs](https://example.org/docs).");
        card = set(card, "details.version", "2.0");
        card = set(card, "details.releaseDate", "2026-01-15");
        card = set(card, "details.developers", List.of("Ostrea Lab", "J. Doe"));
        card = set(card, "details.parameterCount", "66000000");
        card = set(card, "details.baseModelRelation", "finetune");
        card = set(card, "details.repositoryUrl", "https://example.org/ostrea/ticket-router");
        card = set(card, "details.demoUrl", "example.org/demo");
        card = set(card, "details.citationBibtex", "@misc{router,\n  title = {Ticket \"router\"}\n}\n");
        card = set(card, "license.id", "apache-2.0");
        card = set(card, "intendedUse.directUse", "Routing English and French tickets.");
        card = set(card, "intendedUse.outOfScope", List.of("Medical triage", "Decisions about <individual> customers"));
        card = set(card, "misuse.risks", List.of(new MisuseRisk("Profiling staff", "Support agents", "Out of scope")));
        card = set(card, "data.training", List.of(new Dataset("ostrea/tickets", "Tickets 2024", "https://example.org/data",
                "Tickets from *2024*.", "40,000", "", "", "", "")));
        card = set(card, "evaluation.results", List.of(
                new EvalResult("text-classification", "", "", "Tickets 2024", "", "test", "", "accuracy", "", "0.91",
                        "French", "", "", "", "", "", true, "", "", "", "", "", ""),
                new EvalResult("text-classification", "", "", "Tickets 2024", "", "test", "", "accuracy", "", "0.94",
                        "English", "", "", "", "", "", false, "", "", "", "", "", "")));
        card = set(card, "environment.co2Grams", "120");
        card = set(card, "environment.estimated", true);
        return card.withExtras(card.extras()
                .withSections(List.of(
                        new ExtraSection("Acknowledgements", "Thanks to *everyone* who labelled.", "details.description"),
                        new ExtraSection("Changelog", "- 2.0: French", "")))
                .withMetadata(List.of(new ExtraField("widget", "[{\"text\":\"My order is late\"}]"))));
    }

    @Test
    void theDemoCardGivesTheExpectedPage() throws IOException {
        WriteResult result = html.write(demoCard());
        String withoutCss = result.text().replace(PageStyle.CSS, "/* card.css */\n");
        assertThat(withoutCss).isEqualTo(resource("demo.expected.html"));
        assertThat(result.losses()).containsExactly(new Loss("extras.metadata",
                "metadata kept for other tools is not shown on the HTML page: widget"));
    }

    @Test
    void thePageIsOneSelfContainedDocumentWithAStrictPolicy() {
        String page = html.write(demoCard()).text();
        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" + CSP_META + "\n")
                .contains("<title>ticket-router &lt;v2&gt;</title>")
                .contains("<style>\n" + PageStyle.CSS + "</style>")
                .contains("@media print")
                .endsWith("<footer>\n<p>Generated by Model Card Studio</p>\n</footer>\n</body>\n</html>\n")
                .doesNotContain("\r")
                .doesNotContain("<script")
                .doesNotContain("<link")
                .doesNotContain("@import")
                .doesNotContain("url(");
        assertThat(HtmlSafety.tags(page)).filteredOn(t -> t.attributes().containsKey("src")).isEmpty();
        assertThat(HtmlSafety.urls(page)).allMatch(url -> url.startsWith("#") || url.startsWith("https://example.org/"));
        assertWellFormed(page);
    }

    @Test
    void writingIsDeterministic() {
        assertThat(new HtmlFormat().write(demoCard()).text()).isEqualTo(html.write(demoCard()).text());
    }

    @Test
    void everyAuthoredValueOfTheExampleCardIsOnThePage() throws Exception {
        String json = Files.readString(EXAMPLE);
        ModelCard card = new NativeJsonFormat().read(json, EXAMPLE.toString());
        WriteResult result = html.write(card);
        String page = result.text();
        assertThat(result.isLossless()).isTrue();
        CatalogTexts texts = CatalogTexts.forLocale(Locale.ENGLISH);
        MarkdownRenderer fieldMarkdown = new MarkdownRenderer(RenderOptions.DEFAULT.shiftHeadings(3));
        MarkdownRenderer cellMarkdown = new MarkdownRenderer(RenderOptions.DEFAULT.shiftHeadings(4));
        int checked = 0;
        for (CardField field : CATALOG.authoredFields()) {
            if (field.isEmpty(card)) {
                continue;
            }
            Object value = field.read(card);
            if (!List.of("details.name", "details.summary").contains(field.id())) {
                // the name and summary head the page, without a label
                assertThat(page).as(field.id()).contains(HtmlText.escape(texts.label(field.id())));
            }
            switch (field.kind()) {
                case MARKDOWN -> assertThat(page).as(field.id()).contains(fieldMarkdown.render((String) value));
                case LONG_TEXT -> assertThat(page).as(field.id())
                        .contains("<pre class=\"long-text\">" + HtmlText.escape(((String) value).stripTrailing()) + "</pre>");
                case LIST -> {
                    for (Object item : (List<?>) value) {
                        assertThat(page).as(field.id()).contains("<li>" + HtmlText.escape((String) item) + "</li>");
                        checked++;
                    }
                }
                case TABLE -> {
                    for (Object row : (List<?>) value) {
                        for (Column column : field.table().orElseThrow().columns()) {
                            Object cell = column.read(row);
                            if (cell instanceof String text && !text.isBlank()) {
                                String expected = column.kind() == FieldKind.MARKDOWN ? cellMarkdown.render(text)
                                        : HtmlText.escape(text.strip());
                                assertThat(page).as(column.textKey()).contains(expected);
                                assertThat(page).as(column.textKey()).contains(HtmlText.escape(texts.label(column.textKey())));
                                checked++;
                            }
                        }
                    }
                }
                case BOOLEAN -> assertThat(page).as(field.id()).contains("<dd>yes</dd>");
                case URL -> assertThat(page).as(field.id()).contains("<a class=\"url\" href=\"" + HtmlText.escape((String) value) + "\"");
                default -> assertThat(page).as(field.id()).contains(HtmlText.escape(((String) value).strip()));
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(300);
        // the only addresses are in-page anchors and the card's own links
        for (String url : HtmlSafety.urls(page)) {
            // an e-mail autolink <a@b.org> becomes mailto:a@b.org
            String address = url.replace("&amp;", "&").replaceFirst("^mailto:", "");
            assertThat(url.startsWith("#") || json.contains(address)).as(url).isTrue();
        }
        assertThat(HtmlSafety.dangers(page)).isEmpty();
        assertWellFormed(page);
    }

    @Test
    void hostileContentIsShownAsTextAndNothingRunsOrLoads() {
        String payload = "<script>alert(1)</script>\n\n"
                + "<img src=https://example.com/x.png onerror=alert(1)>\n\n"
                + "Click [x](javascript:alert(1)) or <javascript:alert(2)>.\n\n"
                + "<iframe src=\"https://evil.example/frame\"></iframe>\n\n"
                + "![tracker](https://tracker.example/pixel.gif) <a href=\"javascript:alert(3)\">a</a> "
                + "<style>body{background:url(https://evil.example/bg)}</style>";
        ModelCard card = set(ModelCard.EMPTY, "details.description", payload);
        card = set(card, "details.name", "<script>alert('name')</script>");
        card = set(card, "details.summary", "<img src=x onerror=alert(1)>");
        card = set(card, "details.demoUrl", "javascript:alert(4)");
        card = set(card, "details.tags", List.of("<iframe src=https://evil.example>"));
        card = set(card, "bias.limitations", "<svg onload=alert(5)>");
        card = set(card, "misuse.risks", List.of(new MisuseRisk("<script>x()</script>", "\"><img src=x onerror=y>", "")));
        card = card.withExtras(card.extras().withSections(List.of(new ExtraSection("<script>h</script>", payload, ""))));
        String page = html.write(card).text();

        assertThat(page).contains(CSP_META)
                .doesNotContain("<script").doesNotContain("<iframe").doesNotContain("<svg").doesNotContain("<style>body")
                .doesNotContain("src=\"http").doesNotContain("href=\"javascript:").doesNotContain("href=\"JavaScript:");
        assertThat(HtmlSafety.dangers(page)).isEmpty();
        assertThat(HtmlSafety.tags(page)).noneMatch(tag -> tag.attributes().keySet().stream().anyMatch(a -> a.startsWith("on")));
        assertThat(HtmlSafety.tags(page)).filteredOn(t -> t.attributes().containsKey("src")).isEmpty();
        // the text is kept, visibly, for the reader to see what the author wrote
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=https://example.com/x.png onerror=alert(1)&gt;")
                .contains("<dd>javascript:alert(4)</dd>")
                .contains("[image: tracker]");
        assertWellFormed(page);
    }

    @Test
    void htmlCannotBeRead() {
        assertThat(html.reader()).isEmpty();
        java.nio.file.Path page = java.nio.file.Path.of("card.html");
        // recognised by name, so that opening a page says why it cannot be read instead of trying it as a README
        assertThat(new CardFiles().formats().detect("card.html", "<!DOCTYPE html>").id()).isEqualTo("html");
        assertThatThrownBy(() -> new CardFiles().open(page, "html", "<!DOCTYPE html><p>card</p>"))
                .isInstanceOfSatisfying(CardReadException.class, e -> {
                    ReadProblem problem = e.problem();
                    assertThat(problem.code()).isEqualTo(ReadProblem.NOT_A_CARD);
                    assertThat(problem.source()).isEqualTo("card.html");
                    assertThat(problem.message()).startsWith("HTML is an export format and cannot be read");
                });
        assertThat(html.id()).isEqualTo("html");
    }

    @Test
    void anEmptyCardStillGivesAPage() {
        String page = html.write(ModelCard.EMPTY).text();
        assertThat(page).contains("<title>Model card</title>", "<h1>Untitled model card</h1>",
                "<p class=\"empty\">This card has no content yet.</p>").doesNotContain("<nav").doesNotContain("<section");
        assertWellFormed(page);
    }

    @Test
    void preservedSectionsFollowTheSectionTheyFollowedInTheirFile() {
        ModelCard card = set(ModelCard.EMPTY, "details.version", "1");
        card = set(card, "license.id", "mit");
        card = card.withExtras(card.extras().withSections(List.of(
                new ExtraSection("First", "one", ""),
                new ExtraSection("After licence", "two", "license.id"),
                new ExtraSection("Unknown place", "three", "no.such.field"),
                new ExtraSection("", "", "details.version"))));
        String page = html.write(card).text();
        assertThat(ids(page)).containsExactly("extra-1", "details", "license", "extra-2", "extra-3");
        assertThat(page).contains("<section id=\"extra-2\">\n<h2>After licence</h2>\n<div class=\"markdown\">\n<p>two</p>\n</div>\n</section>");
    }

    @Test
    void unknownJsonKeysAreReportedAsNotShown() {
        ModelCard card = ModelCard.EMPTY.withExtras(ModelCard.EMPTY.extras().withUnmapped(List.of(
                new ExtraField("/details/internalId", "\"abc\""), new ExtraField("/notes", "[]"))));
        assertThat(html.write(card).losses()).extracting(Loss::fieldId).containsExactly("extras.unmapped");
        assertThat(html.write(card).losses().get(0).reason()).endsWith(": /details/internalId, /notes");
    }

    @Test
    void aFlagColumnIsShownOnlyWhenSomeRowSetsIt() {
        String page = html.write(demoCard()).text();
        assertThat(page).contains("<th scope=\"col\">Verified</th>").contains("<td>yes</td>").contains("<td>no</td>");
        ModelCard unverified = set(ModelCard.EMPTY, "evaluation.results", List.of(
                new EvalResult("t", "", "", "", "", "", "", "accuracy", "", "0.5", "", "", "", "", "", "", false, "", "", "", "", "", "")));
        assertThat(html.write(unverified).text()).doesNotContain("Verified");
    }

    static List<String> ids(String page) {
        Matcher m = Pattern.compile("<section id=\"([^\"]+)\"").matcher(page);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** Every element that must be closed is closed as often as it is opened. */
    static void assertWellFormed(String page) {
        Map<String, Long> opened = new java.util.TreeMap<>();
        Map<String, Long> closed = new java.util.TreeMap<>();
        for (HtmlSafety.Tag tag : HtmlSafety.tags(page)) {
            if (List.of("meta", "br", "img", "hr").contains(tag.name())) {
                continue;
            }
            (tag.end() ? closed : opened).merge(tag.name(), 1L, Long::sum);
        }
        assertThat(closed).isEqualTo(opened);
        assertThat(count(page, "<section")).isEqualTo(count(page, "</section>"));
        assertThat(count(page, "<html")).isEqualTo(1);
        assertThat(count(page, "<body>")).isEqualTo(1);
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlFormatTest.class.getResourceAsStream(name)) {
            if (in == null) {
                return "(missing resource " + name + ")";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
