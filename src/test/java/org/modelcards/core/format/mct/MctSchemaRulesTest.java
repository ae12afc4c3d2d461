package org.modelcards.core.format.mct;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.modelcards.core.format.JsonText;

/** The rule checker itself: it must accept a conforming card and catch each kind of violation. */
class MctSchemaRulesTest {
    @Test
    void aCardShapedLikeTheToolkitsOwnConforms() throws Exception {
        JsonNode card = json("""
                {"schema_version": "0.0.2",
                 "model_details": {"name": "n", "overview": "o", "documentation": "d",
                   "owners": [{"name": "a", "contact": "a@example.org"}],
                   "version": {"name": "v1", "date": "2024-02-29", "diff": "x"},
                   "licenses": [{"identifier": "Apache-2.0"}, {"custom_text": "Our terms"}],
                   "references": [{"reference": "https://arxiv.org/abs/1801.04381"}],
                   "citations": [{"style": "APA", "citation": "c"}]},
                 "model_parameters": {"model_architecture": "m",
                   "data": [{"name": "train", "link": "https://example.org/d?x=1#top",
                             "sensitive": {"sensitive_data": ["age"]},
                             "graphics": {"description": "g", "collection": [{"name": "i", "image": "AA=="}]},
                             "description": "d"}],
                   "input_format": "i", "output_format": "o"},
                 "quantitative_analysis": {"performance_metrics": [{"type": "accuracy", "value": 0.9, "slice": "s"}],
                   "graphics": {"collection": []}},
                 "considerations": {"users": [{"description": "u"}], "use_cases": [{"description": "c"}],
                   "limitations": [{"description": "l"}], "tradeoffs": [{"description": "t"}],
                   "ethical_considerations": [{"name": "r", "mitigation_strategy": "m"}]}}
                """);
        assertThat(MctSchemaRules.violations(card)).isEmpty();
        assertThat(MctSchemaRules.violations(json("{}"))).as("no key is required in 0.0.2").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown top-level key        | {\"model_card\": {}}                                                  | unknown key \"model_card\"",
        "native card                  | {\"schemaVersion\": \"1.0\"}                                          | unknown key \"schemaVersion\"",
        "unknown nested key           | {\"model_details\": {\"path\": \"p\"}}                                | $.model_details: unknown key \"path\"",
        "threshold is not 0.0.2       | {\"quantitative_analysis\": {\"performance_metrics\": [{\"threshold\": 0.5}]}} | unknown key \"threshold\"",
        "licence with both            | {\"model_details\": {\"licenses\": [{\"identifier\": \"MIT\", \"custom_text\": \"x\"}]}} | exactly one",
        "licence with neither         | {\"model_details\": {\"licenses\": [{}]}}                             | exactly one",
        "licence as a string (0.0.1)  | {\"model_details\": {\"licenses\": [\"MIT\"]}}                        | must be an object",
        "date not ISO                 | {\"model_details\": {\"version\": {\"date\": \"08/28/2020\"}}}         | format: date",
        "date that does not exist     | {\"model_details\": {\"version\": {\"date\": \"2023-02-29\"}}}         | format: date",
        "date with time               | {\"model_details\": {\"version\": {\"date\": \"2023-02-01T00:00:00Z\"}}} | format: date",
        "relative reference           | {\"model_details\": {\"references\": [{\"reference\": \"docs/paper.pdf\"}]}} | format: uri",
        "reference with a space       | {\"model_details\": {\"references\": [{\"reference\": \"https://a.org/a b\"}]}} | format: uri",
        "reference as a string (0.0.1)| {\"model_details\": {\"references\": [\"https://a.org\"]}}            | must be an object",
        "link not a URI               | {\"model_parameters\": {\"data\": [{\"link\": \"see website\"}]}}     | format: uri",
        "value as text                | {\"quantitative_analysis\": {\"performance_metrics\": [{\"value\": \"0.9\"}]}} | must be a number",
        "0.0.1 data object            | {\"model_parameters\": {\"data\": {\"train\": {}}}}                    | must be an array",
        "0.0.1 use case string        | {\"considerations\": {\"use_cases\": [\"x\"]}}                        | must be an object",
        "sensitive flag (0.0.1)       | {\"model_parameters\": {\"data\": [{\"sensitive\": true}]}}            | must be an object",
    })
    void eachViolationIsCaught(String name, String card, String expected) throws Exception {
        assertThat(MctSchemaRules.violations(json(card))).anySatisfy(v -> assertThat(v).contains(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org", "http://a.b/c?d=e&f=g#h", "urn:isbn:0451450523", "mailto:x@example.org",
        "https://example.org/%C3%A9", "ftp://[2001:db8::1]/x"})
    void absoluteUrisConform(String uri) {
        assertThat(MctSchemaRules.isUri(uri)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "example.org", "/path", "https://exa mple.org", "https://example.org/é", "1http://x",
        "https://example.org/%zz", "http://a#b#c", "https://example.org/\"q\""})
    void otherTextIsNotAUri(String text) {
        assertThat(MctSchemaRules.isUri(text)).isFalse();
    }

    private static JsonNode json(String text) throws Exception {
        return JsonText.mapper().readTree(text);
    }
}
