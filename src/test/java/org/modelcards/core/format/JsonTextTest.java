package org.modelcards.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modelcards.core.format.cyclonedx.CycloneDxFormat;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.format.mct.MctFormat;
import org.modelcards.core.model.Numbers;

/** The shared JSON reader's safety limits: each refused quickly, in words, at its line:column. */
class JsonTextTest {
    private static ReadProblem refused(String text) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(CardReadException.class, () -> JsonText.parse(text, "card.json"))).problem();
    }

    @Test
    void aNumberOfThousandsOfDigitsIsTooLongNotTooDeep() {
        ReadProblem problem = refused("{\"details\":\n  {\"parameterCount\": " + "7".repeat(5000) + "}}");
        assertThat(problem.toString()).isEqualTo("card.json:2:22: number too long: 5000 characters (at most 1000 are read)");
        assertThat(problem.code()).isEqualTo(ReadProblem.JSON_SYNTAX);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1e999999999       | 1e999999999",
        "1e-999999999      | 1e-999999999",
        "[1, -2.5E+1000]   | -2.5E+1000",
        "12e99999999999999 | 12e99999999999999",
    })
    void aNumberThatWouldBeHugeWrittenOutIsOutOfRange(String value, String number) {
        ReadProblem problem = refused("{\"a\": \"b\",\n \"n\": " + value + "}");
        assertThat(problem.message()).isEqualTo("number " + number + " is out of range: written out it would have more than 1000 digits");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(7 + value.indexOf(number));
    }

    @Test
    void aLongNumberIsQuotedByItsStart() {
        ReadProblem problem = refused("[1." + "0".repeat(40) + "1e1000]");
        assertThat(problem.toString()).isEqualTo("card.json:1:2: number 1.000000000000000000... (48 characters) is out of "
                + "range: written out it would have more than 1000 digits");
    }

    @Test
    void aHugeKeyIsPlacedWhereItStarts() {
        ReadProblem problem = refused("{\"a\": 1,\n  \"" + "k".repeat(60_000) + "\": 1}");
        assertThat(problem.toString()).isEqualTo("card.json:2:3: key too long: more than 50000 characters");
    }

    @Test
    void deepNestingKeepsItsMessage() {
        assertThat(refused("[".repeat(1001)).toString()).isEqualTo("card.json:1:1001: nested more than 1000 levels deep: not a model card");
    }

    @Test
    void numbersWithinTheLimitAreReadExactlyAndWriteBackPlainly() throws Exception {
        String text = "{\"a\": 0.910, \"b\": 1e998, \"c\": " + "9".repeat(1000) + "}";
        var tree = JsonText.parse(text, "card.json");
        assertThat(tree.get("a").decimalValue()).isEqualTo(new BigDecimal("0.910"));
        var again = JsonText.parse(JsonText.compact(tree), "again.json");
        assertThat(again.get("b").decimalValue()).isEqualByComparingTo(new BigDecimal("1e998"));
        assertThat(again.get("c")).isEqualTo(tree.get("c"));
        assertThat(JsonText.MAX_NUMBER_LENGTH).isEqualTo(Numbers.MAX_LENGTH);
        assertThat(JsonText.parse("  ", "blank.json")).isNull();
    }

    /** The brief's example, through every JSON format: refused in well under a second, with the place. */
    @Test
    void everyJsonFormatRefusesAHugeExponentAtItsPlace() {
        String nativeCard = "{\"schemaVersion\":\"1.0\",\"details\":{\"name\":\"a\",\"parameterCount\":1e999999999}}";
        String mct = "{\"schema_version\":\"0.0.2\",\"model_details\":{\"name\":\"a\"},\"x\":1e999999999}";
        String bom = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1e999999999}";
        for (CardFormat format : new CardFormat[] {new NativeJsonFormat(), new MctFormat(), new CycloneDxFormat()}) {
            String text = format instanceof NativeJsonFormat ? nativeCard : format instanceof MctFormat ? mct : bom;
            CardReadException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> assertThrows(CardReadException.class, () -> format.reader().orElseThrow().read(text, "card.json")), format.id());
            assertThat(e.getMessage()).as(format.id()).isEqualTo("card.json:1:" + (text.indexOf("1e999999999") + 1)
                    + ": number 1e999999999 is out of range: written out it would have more than 1000 digits");
        }
    }
}
