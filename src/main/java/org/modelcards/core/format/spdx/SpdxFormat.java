package org.modelcards.core.format.spdx;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.CardReader;
import org.modelcards.core.format.CardWriter;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.model.ModelCard;

/**
 * SPDX 3.0.1 JSON-LD with the AI profile: the card becomes an {@code ai_AIPackage}, its datasets
 * {@code dataset_DatasetPackage}s linked by {@code trainedOn} and {@code testedOn}, its licence a
 * {@code hasDeclaredLicense} relationship. Export only.
 *
 * <pre>{@code
 * WriteResult spdx = new SpdxFormat().write(card);   // spdx.losses(): what SPDX has no place for
 * Files.writeString(Path.of("tiny-sentiment.spdx.json"), spdx.text());
 * }</pre>
 *
 * <p>Where the card's fields go: name, summary and description to the element's own; version to
 * {@code software_packageVersion}; release date to {@code releaseTime} (midnight UTC); developers
 * to {@code originatedBy} and the sharer (else the first developer) to {@code suppliedBy}, as
 * agents (the card does not say whether a name is a person or an organisation); the repository to
 * {@code software_downloadLocation} and, with paper, demo and licence links, to
 * {@code externalRef}s; citations to {@code software_attributionText}; model type, architecture
 * family and architecture to {@code ai_typeOfModel}; the pipeline tag to {@code ai_domain}; uses,
 * integration and getting started, each under its label, to {@code ai_informationAboutApplication};
 * the training procedure and environment (hours, hardware, CO2, ...) to
 * {@code ai_informationAboutTraining}; limitations, biases, trade-offs and recommendations to
 * {@code ai_limitation}; preprocessing to {@code ai_modelDataPreprocessing}; model examination to
 * {@code ai_modelExplainability}; hyperparameters to {@code ai_hyperparameter} entries (one per
 * {@code key: value} line or table row, else the text as one); each result's value to an
 * {@code ai_metric} and its threshold to {@code ai_metricDecisionThreshold}, keyed by metric and
 * what it was measured on; energy in kWh to {@code ai_energyConsumption}; whether datasets hold
 * sensitive data to {@code ai_useSensitivePersonalInformation}; the card's authors to
 * {@code createdBy}.
 *
 * <p>The concluded licence is NoAssertion: an export states what the card declares, not a licence
 * analysis. The document claims the {@code ai} profile only when the model package has everything
 * that profile requires (version, release time, supplier, download location); what is missing is
 * reported with the losses, as is every filled field with no place. Element ids are stable for a
 * model name and version; {@code created} is the time of the export.
 */
public final class SpdxFormat implements CardFormat, CardWriter {
    /** The SPDX version written. */
    public static final String SPEC_VERSION = "3.0.1";
    /** The JSON-LD context every SPDX 3.0.1 document names. */
    public static final String CONTEXT = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld";
    /** The file ending of SPDX JSON documents. */
    public static final String EXTENSION = ".spdx.json";
    static final String NO_ASSERTION_LICENSE = "expandedlicensing_NoAssertionLicense";
    /** SPDX documents' own data licence, as the specification asks. */
    static final String DATA_LICENSE = "https://spdx.org/licenses/CC0-1.0";
    static final String TOOL = "Model Card Studio";
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

    private final FieldCatalog catalog;
    private final CatalogTexts texts;
    private final Clock clock;

    public SpdxFormat() {
        this(FieldCatalog.standard(), Clock.systemUTC());
    }

    /** A format that dates its documents by {@code clock} (tests pass a fixed one). */
    public SpdxFormat(FieldCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.texts = CatalogTexts.forLocale(Locale.ENGLISH);
        this.clock = clock.withZone(java.time.ZoneOffset.UTC);
    }

    @Override
    public String id() {
        return "spdx";
    }

    @Override
    public String label() {
        return "SPDX 3.0.1 AI (JSON-LD)";
    }

    @Override
    public List<String> fileEndings() {
        return List.of(EXTENSION);
    }

    @Override
    public Optional<CardReader> reader() {
        return Optional.empty();
    }

    @Override
    public Optional<CardWriter> writer() {
        return Optional.of(this);
    }

    @Override
    public WriteResult write(ModelCard card) {
        SpdxWriter writer = new SpdxWriter(catalog, texts);
        String created = CREATED.format(clock.instant().truncatedTo(ChronoUnit.SECONDS).atZone(clock.getZone()));
        String text = JsonText.pretty(writer.write(card, created));
        return new WriteResult(text, writer.losses());
    }
}
