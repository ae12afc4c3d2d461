package org.modelcards.core.format.hf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.modelcards.core.format.MetaNode;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.format.TextPosition;

class YamlMetadataTest {
    @Test
    void positionsAreTheFilesAndTypesFollowYamlsCoreSchema() {
        YamlMetadata.Result result = YamlMetadata.parse("license: mit\nconfig: 3\nsplit: \"3\"\nflag: true\nnone: ~\n", 2, "r");
        MetaNode.Mapping map = (MetaNode.Mapping) result.tree().orElseThrow();
        assertThat(map.entry("license").orElseThrow().keyAt()).isEqualTo(new TextPosition(2, 1));
        assertThat(map.get("config").orElseThrow().at()).isEqualTo(new TextPosition(3, 9));
        assertThat(((MetaNode.Scalar) map.get("config").orElseThrow()).type()).isEqualTo(MetaNode.ScalarType.INTEGER);
        assertThat(((MetaNode.Scalar) map.get("split").orElseThrow()).type()).isEqualTo(MetaNode.ScalarType.STRING);
        assertThat(((MetaNode.Scalar) map.get("flag").orElseThrow()).type()).isEqualTo(MetaNode.ScalarType.BOOLEAN);
        assertThat(((MetaNode.Scalar) map.get("none").orElseThrow()).isNull()).isTrue();
        assertThat(map.entries()).extracting(MetaNode.Entry::key).containsExactly("license", "config", "split", "flag", "none");
    }

    @Test
    void tabsAreASyntaxProblemAtTheTab() {
        YamlMetadata.Result result = YamlMetadata.parse("a:\n\tb: 1\n", 2, "r");
        assertThat(result.tree()).isEmpty();
        ReadProblem problem = result.problem().orElseThrow();
        assertThat(problem.code()).isEqualTo(ReadProblem.YAML_SYNTAX);
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(1);
        assertThat(problem.message()).contains("tabs");
    }

    @Test
    void duplicateKeysAreRefusedAtTheSecondKey() {
        ReadProblem problem = YamlMetadata.parse("license: mit\nx: 1\nlicense: apache-2.0\n", 2, "r").problem().orElseThrow();
        assertThat(problem.code()).isEqualTo(ReadProblem.YAML_DUPLICATE_KEY);
        assertThat(problem.at()).isEqualTo(new TextPosition(4, 1));
    }

    @Test
    void anAliasBombIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char prev = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(8)).append('*').append(prev).append("]\n");
        }
        YamlMetadata.Result result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> YamlMetadata.parse(yaml.toString(), 2, "r"));
        assertThat(result.problem()).map(ReadProblem::code).contains(ReadProblem.YAML_LIMIT);
    }

    @Test
    void aSmallBombUnderTheAliasLimitIsStoppedByTheNodeLimit() {
        StringBuilder yaml = new StringBuilder("a: &a [x,x,x,x,x,x,x,x]\n");
        for (char c = 'b'; c <= 'g'; c++) {
            char prev = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(7)).append('*').append(prev).append("]\n");
        }
        YamlMetadata.Result result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> YamlMetadata.parse(yaml.toString(), 2, "r"));
        assertThat(result.problem()).map(ReadProblem::message).hasValueSatisfying(m -> assertThat(m).contains("more than"));
    }

    @Test
    void aRecursiveAliasIsRefused() {
        YamlMetadata.Result result = YamlMetadata.parse("tags: &x [nlp, *x]\n", 2, "r");
        assertThat(result.problem()).map(ReadProblem::code).contains(ReadProblem.YAML_LIMIT);
    }

    @Test
    void harmlessAliasesAreResolved() {
        MetaNode.Mapping map = (MetaNode.Mapping) YamlMetadata.parse("a: &x [en]\nb: *x\n", 2, "r").tree().orElseThrow();
        assertThat(map.get("b").orElseThrow()).isInstanceOf(MetaNode.Sequence.class);
    }

    @Test
    void javaTypeTagsAreRefusedNotInstantiated() {
        YamlMetadata.Result result = YamlMetadata.parse("x: !!javax.script.ScriptEngineManager [!!java.net.URL [\"http://example.com/\"]]\n", 2, "r");
        assertThat(result.tree()).isEmpty();
        assertThat(result.problem()).map(ReadProblem::code).contains(ReadProblem.YAML_SYNTAX);
        assertThat(result.problem().orElseThrow().message()).contains("tag is not allowed");
    }

    @Test
    void localTagsAreReadAsPlainValues() {
        MetaNode.Mapping map = (MetaNode.Mapping) YamlMetadata.parse("x: !custom value\n", 2, "r").tree().orElseThrow();
        assertThat(((MetaNode.Scalar) map.get("x").orElseThrow()).text()).isEqualTo("value");
    }

    @Test
    void anEmptyDocumentIsAnEmptyMapping() {
        assertThat(YamlMetadata.parse("", 2, "r").tree().orElseThrow()).isEqualTo(new MetaNode.Mapping(java.util.List.of(),
                new TextPosition(2, 1)));
        assertThat(YamlMetadata.parse("# just a comment\n", 2, "r").tree().orElseThrow()).isInstanceOf(MetaNode.Mapping.class);
    }

    @Test
    void scalarsKnowTheirSpanAndStyleInTheFile() {
        String yaml = "license: 'mit'\ntags: [a, \"b c\"]\nx:\n  y: plain\n";
        MetaNode.Mapping map = (MetaNode.Mapping) YamlMetadata.parse(yaml, 2, 4, "r").tree().orElseThrow();
        MetaNode.Scalar licence = (MetaNode.Scalar) map.get("license").orElseThrow();
        assertThat(licence.span()).isEqualTo(new MetaNode.Span(4 + 9, 4 + 14, MetaNode.Style.SINGLE_QUOTED));
        MetaNode.Sequence tags = (MetaNode.Sequence) map.get("tags").orElseThrow();
        assertThat(tags.span().style()).isEqualTo(MetaNode.Style.FLOW);
        MetaNode.Scalar b = (MetaNode.Scalar) tags.items().get(1);
        assertThat(yaml.substring(b.span().start() - 4, b.span().end() - 4)).isEqualTo("\"b c\"");
        MetaNode.Mapping x = (MetaNode.Mapping) map.get("x").orElseThrow();
        assertThat(yaml.substring(x.span().start() - 4, x.span().end() - 4)).as("a block ends at its last value")
                .isEqualTo("y: plain");
    }

    @Test
    void aliasesToOneLongScalarAreRefusedByTheCharactersTheyProduce() {
        StringBuilder yaml = new StringBuilder("a: &a \"").append("x".repeat(100_000)).append("\"\nb:\n");
        for (int i = 0; i < 3000; i++) {
            yaml.append("- *a\n");
        }
        ReadProblem problem = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> YamlMetadata.parse(yaml.toString(), 2, "r")).problem().orElseThrow();
        assertThat(problem.code()).isEqualTo(ReadProblem.YAML_LIMIT);
        assertThat(problem.message()).contains("characters").contains("aliases repeat");
        assertThat(problem.line()).as("at the value the aliases repeat").isEqualTo(2);
    }

    @Test
    void aVeryLongUnbrokenValueIsRefusedAtItsPositionBeforeParsing() {
        String yaml = "license: mit\ndescription: \"" + "y".repeat(1_200_000) + "\"\n";
        ReadProblem problem = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> YamlMetadata.parse(yaml, 2, "r")).problem().orElseThrow();
        assertThat(problem.code()).isEqualTo(ReadProblem.YAML_LIMIT);
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(14);
    }

    @Test
    void mergeKeysAreResolvedAsYaml11DoesWithExplicitKeysWinning() {
        String yaml = "defaults: &d {split: test, config: en}\nds:\n  <<: *d\n  config: fr\n  name: Tickets\n";
        MetaNode.Mapping map = (MetaNode.Mapping) YamlMetadata.parse(yaml, 2, "r").tree().orElseThrow();
        MetaNode.Mapping ds = (MetaNode.Mapping) map.get("ds").orElseThrow();
        assertThat(ds.entries()).extracting(MetaNode.Entry::key).containsExactly("split", "config", "name");
        assertThat(((MetaNode.Scalar) ds.get("config").orElseThrow()).text()).isEqualTo("fr");
        assertThat(((MetaNode.Scalar) ds.get("split").orElseThrow()).span().isKnown()).as("the anchor's node").isFalse();
    }
}
