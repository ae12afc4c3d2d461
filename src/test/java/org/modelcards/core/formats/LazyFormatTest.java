package org.modelcards.core.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.FileSample;
import org.modelcards.core.format.cyclonedx.CycloneDxFormat;
import org.modelcards.core.format.html.HtmlFormat;
import org.modelcards.core.format.mct.MctFormat;
import org.modelcards.core.format.spdx.SpdxFormat;

class LazyFormatTest {
    private final CardFormats formats = CardFormats.standard();

    @Test
    void eachDeclarationMatchesItsFormat() {
        List<LazyFormat> lazy = formats.all().stream().filter(LazyFormat.class::isInstance).map(LazyFormat.class::cast).toList();
        assertThat(lazy).extracting(CardFormat::id).containsExactly("mct", "cyclonedx", "spdx", "html");
        lazy.forEach(LazyFormat::format); // throws when a declaration differs from its format
    }

    @Test
    void recognisesWhatTheRealFormatRecognises() {
        List<CardFormat> real = List.of(new MctFormat(), new CycloneDxFormat(), new SpdxFormat(), new HtmlFormat());
        List<FileSample> samples = List.of(FileSample.of("README.md", "{\"bomFormat\": \"CycloneDX\"}"),
                FileSample.of("bom.json", "{\"bomFormat\": \"CycloneDX\"}"), FileSample.of("model_card.json", "{\"model_details\": {}}"),
                FileSample.of("x.mct.json", "not json"), FileSample.of("card.HTML", "<html>"), FileSample.of("a.cdx.json", "{}"),
                FileSample.of("card.spdx.json", "{\"@context\": \"https://spdx.org/rdf/3.0.1/spdx-context.jsonld\"}"));
        for (CardFormat format : real) {
            CardFormat declared = formats.byId(format.id()).orElseThrow();
            for (FileSample sample : samples) {
                assertThat(declared.recognise(FileSample.of(sample.fileName(), sample.text())))
                        .as(format.id() + " on " + sample.fileName()).isEqualTo(format.recognise(sample));
            }
            assertThat(declared.outputName("card")).isEqualTo(format.outputName("card"));
            assertThat(declared.specVersions()).isEqualTo(format.specVersions());
        }
    }

    @Test
    void aReadmeCheckBuildsNoOtherFormat() {
        CardFormats fresh = CardFormats.standard();
        fresh.detect("README.md", "---\nlicense: mit\n---\n# Card\n");
        fresh.isReadableName("README.md");
        fresh.writable();
        assertThat(fresh.all().stream().filter(LazyFormat.class::isInstance).map(Object::toString))
                .allMatch(s -> s.endsWith("(not built yet)"));
    }
}
