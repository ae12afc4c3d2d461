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
}
