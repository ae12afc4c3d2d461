package org.modelcards.core.format.cyclonedx;

import java.util.List;
import java.util.Optional;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.parsers.JsonParser;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.TwoWayFormat;
import org.modelcards.core.format.FileSample;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.format.Recognition;
import org.modelcards.core.format.SourceMap;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.model.ModelCard;

/**
 * CycloneDX ML-BOM JSON (1.6 by default, 1.7 on request), written and read with cyclonedx-core-java: the card becomes the BOM's
 * {@code metadata.component}, of type {@code machine-learning-model}, with a {@code modelCard}.
 *
 * <pre>{@code
 * CycloneDxFormat cyclonedx = new CycloneDxFormat();
 * WriteResult bom = cyclonedx.write(card);          // bom.losses(): what CycloneDX cannot hold
 * CardFormat v17 = cyclonedx.atSpecVersion("1.7").orElseThrow();   // the same BOM declaring CycloneDX 1.7
 * ModelCard back = cyclonedx.read(bom.text(), "tiny-sentiment.cdx.json");
 * }</pre>
 *
 * <p>Where the card's fields go:
 * <ul>
 * <li>component: name, version, description ({@code details.description}), authors (developers),
 *     publisher (a single sharer), tags, licence, external references (repository {@code vcs},
 *     paper {@code documentation}, demo {@code website}, told apart by their comments
 *     {@code Repository}, {@code Paper}, {@code Demo}), {@code pedigree.ancestors} (base models);
 *     {@code metadata.authors} are the card's authors;</li>
 * <li>licence: the SPDX id ({@code license.spdxId}, else the SPDX id the Hub id stands for, e.g.
 *     {@code apache-2.0} → {@code Apache-2.0}), else the name (or the Hub id as a name); the Hub id
 *     in {@code licensing.altIds}; the link as its {@code url};</li>
 * <li>{@code modelCard.modelParameters}: approach (the model type when it is a CycloneDX learning
 *     approach such as {@code supervised}), task (pipeline tag), architecture family, model
 *     architecture, datasets (training and evaluation data inline, told apart by their bom-refs
 *     {@code training-data-N} and {@code evaluation-data-N}), inputs and outputs;</li>
 * <li>{@code quantitativeAnalysis.performanceMetrics}: one per evaluation result (metric type,
 *     value, slice, confidence interval);</li>
 * <li>{@code considerations}: users, use cases (direct use, then downstream use), technical
 *     limitations, performance trade-offs, ethical considerations, fairness assessments, and one
 *     training energy consumption: energy in kWh, CO2 converted from grams to tonnes (tCO2eq; 374 g
 *     is 0.000374), the cloud provider as energy provider, {@code fine-tuning} as its activity.</li>
 * </ul>
 *
 * <p>CycloneDX has no field for out-of-scope uses, misuse or a one-line summary, so they are component
 * {@code properties} named {@code modelcard:…} (duplicate names are allowed, and order is kept):
 * {@value #SUMMARY}; {@value #OUT_OF_SCOPE}, one per use; and per misuse risk, always in this order,
 * {@value #MISUSE_RISK}, {@value #MISUSE_HARMED} and {@value #MISUSE_MITIGATION}.
 *
 * <p>Everything else is reported as a loss by {@link #write}, by field (or {@code table.column}) id
 * with the reason, as is any value that would not come back unchanged (a number written
 * {@code 1,000} comes back as {@code 1000}). Reading is the inverse of writing, so a card comes back
 * equal on everything not lost; the one addition is {@code license.spdxId}, filled in when the writer
 * derived it from the Hub id. The output is reproducible: no timestamp, and a serial number that is
 * a name-based UUID of the content. Strings are written verbatim, line breaks included (the
 * library's own JSON output would flatten them).
 */
public final class CycloneDxFormat implements TwoWayFormat {
    /** The file name suffix CycloneDX recommends for JSON BOMs. */
    public static final String EXTENSION = ".cdx.json";
    /** The property holding {@code details.summary}. */
    public static final String SUMMARY = "modelcard:summary";
    /** The property holding one of {@code intendedUse.outOfScope}, repeated for each. */
    public static final String OUT_OF_SCOPE = "modelcard:outOfScope";
    /** The property that starts a misuse risk ({@code misuse.risks.risk}). */
    public static final String MISUSE_RISK = "modelcard:misuse:risk";
    /** The property holding who the current misuse risk could harm ({@code misuse.risks.harmed}). */
    public static final String MISUSE_HARMED = "modelcard:misuse:harmed";
    /** The property holding how the current misuse risk is mitigated ({@code misuse.risks.mitigation}). */
    public static final String MISUSE_MITIGATION = "modelcard:misuse:mitigation";

    static final String NO_MODEL_CARD =
            "not a model card: this CycloneDX BOM has no machine-learning-model component with a modelCard";

    /** The versions written: 1.6 stays the default until the tools that read BOMs move to 1.7. */
    public static final List<String> SPEC_VERSIONS = List.of("1.6", "1.7");

    private final FieldCatalog catalog;
    private final String specVersion;
    /** The library's reader; its Jackson mapper is thread-safe and warms up with use, so it is kept. */
    private final JsonParser parser = new JsonParser();

    public CycloneDxFormat() {
        this(FieldCatalog.standard());
    }

    /** A format whose losses are measured over {@code catalog}'s fields. */
    public CycloneDxFormat(FieldCatalog catalog) {
        this(catalog, SPEC_VERSIONS.get(0));
    }

    private CycloneDxFormat(FieldCatalog catalog, String specVersion) {
        this.catalog = catalog;
        this.specVersion = specVersion;
    }

    @Override
    public List<String> specVersions() {
        return SPEC_VERSIONS;
    }

    @Override
    public Optional<CardFormat> atSpecVersion(String version) {
        return SPEC_VERSIONS.contains(version) ? Optional.of(new CycloneDxFormat(catalog, version)) : Optional.empty();
    }

    /** The CycloneDX version this writes, e.g. {@code 1.6}. */
    public String specVersion() {
        return specVersion;
    }

    @Override
    public String id() {
        return "cyclonedx";
    }

    @Override
    public String label() {
        return "CycloneDX ML-BOM";
    }

    @Override
    public List<String> fileEndings() {
        return List.of(EXTENSION);
    }

    /** A {@code .json} object with {@code bomFormat} is a BOM, whatever else its name says. */
    @Override
    public Recognition recognise(FileSample file) {
        return file.hasEnding(".json") && file.jsonObject().filter(root -> root.has("bomFormat")).isPresent()
                ? Recognition.BY_CONTENT : Recognition.NONE;
    }



    /**
     * Reads the first component with a model card (starting with {@code metadata.component}), else the
     * first machine-learning model; any CycloneDX version the library reads is accepted.
     */
    @Override
    public LoadedCard load(String text, String source) throws CardReadException {
        return new LoadedCard(read(text, source), Optional.empty(), SourceMap.NONE, List.of());
    }

    @Override
    public ModelCard read(String text, String source) throws CardReadException {
        Bom bom = BomJson.read(parser, text, source);
        Component model = BomToCard.modelComponent(bom).orElseThrow(() -> new CardReadException(
                new ReadProblem(ReadProblem.NOT_A_CARD, source, 0, 0, NO_MODEL_CARD)));
        return BomToCard.read(bom, model);
    }

    @Override
    public WriteResult write(ModelCard card) {
        CardToBom mapping = new CardToBom();
        Bom bom = mapping.map(card);
        // the losses are measured on the 1.6 text the library reads; a 1.7 BOM differs from it only in specVersion
        String v16 = BomJson.write(bom, SPEC_VERSIONS.get(0));
        String text = specVersion.equals(SPEC_VERSIONS.get(0)) ? v16 : BomJson.write(bom, specVersion);
        ModelCard back;
        try {
            back = read(v16, "the BOM just written");
        } catch (CardReadException e) {
            throw new IllegalStateException("a written BOM always reads back: " + e.getMessage(), e);
        }
        return new WriteResult(text, Losses.between(catalog, card, back, mapping.notes()));
    }
}
