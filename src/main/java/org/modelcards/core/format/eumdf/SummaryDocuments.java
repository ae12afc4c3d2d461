package org.modelcards.core.format.eumdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.euact.Disclosure;
import org.modelcards.core.euact.TrainingDataSize;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.model.Numbers;

/**
 * Builds the public summary of training content (AI Act Art. 53(1)(d)) in the order of the AI
 * Office's template: 1 general information, 2 data sources (2.1-2.6), 3 data processing. Facts the
 * Model Documentation Form holds too are read from their one field; the data size is only ever given
 * as the template's band, never the precise figure the form gives the AI Office.
 */
record SummaryDocuments(FieldCatalog catalog) {

    EuDocument build(ModelCard card) {
        List<EuDocument.Entry> general = new ArrayList<>();
        general.add(field("1.1", "Provider", "euForm.providerLegalName", card, true));
        general.add(field("1.1b", "Provider contact", "details.contact", card, true));
        general.add(field("1.2", "Model name", "details.name", card, true));
        general.add(field("1.2b", "Versions covered", "euForm.versionsCovered", card, false));
        general.add(field("1.2c", "Model dependencies", "details.baseModels", card, false));
        general.add(field("1.2d", "Date placed on the Union market", "euForm.unionReleaseDate", card, true));
        general.add(field("1.3", "Modalities", "euForm.dataModalities", card, true));
        general.add(size(card));
        general.add(field("1.3b", "Types of content", "trainingContent.contentTypes", card, true));
        general.add(field("1.3c", "Latest date of data collection", "trainingContent.latestCollectionDate", card, true));
        general.add(field("1.3d", "Trained continuously on new data", "trainingContent.continuousTraining", card, true));
        general.add(field("1.3e", "Languages of the training data", "trainingContent.dataLanguages", card, true));
        general.add(field("1.3f", "Other characteristics", "trainingContent.otherCharacteristics", card, false));

        List<EuDocument.Entry> sources = new ArrayList<>();
        sources.add(used("2.1", "Publicly available datasets used", "public-datasets", card));
        sources.add(field("2.1a", "Large publicly available datasets", "trainingContent.largePublicDatasets", card, false));
        sources.add(field("2.1b", "Other publicly available datasets", "trainingContent.otherPublicDatasets", card, false));
        sources.add(used("2.2", "Private datasets from third parties used", "private-third-party", card));
        sources.add(field("2.2a", "Datasets licensed from rightholders", "trainingContent.licensedData", card, false));
        sources.add(field("2.2b", "Other private datasets from third parties", "trainingContent.otherPrivateData", card, false));
        sources.add(used("2.3", "Data crawled and scraped from online sources", "web-crawling", card));
        sources.add(field("2.3a", "Crawlers used", "trainingContent.crawlers", card, false));
        sources.add(field("2.3b", "Period of collection", "trainingContent.crawlingPeriod", card, false));
        sources.add(field("2.3c", "How the crawlers behaved", "trainingContent.crawlerBehaviour", card, false));
        sources.add(field("2.3d", "Type of content and online sources", "trainingContent.crawledContent", card, false));
        sources.add(field("2.3e", "Most relevant domain names", "trainingContent.topDomains", card, false));
        sources.add(used("2.4", "User data used", "user-data", card));
        sources.add(field("2.4a", "User data", "trainingContent.userData", card, false));
        sources.add(used("2.5", "Synthetic data used", "synthetic", card));
        sources.add(field("2.5a", "Synthetic data", "trainingContent.syntheticData", card, false));
        sources.add(used("2.6", "Other sources used", "other", card));
        sources.add(field("2.6a", "Other sources", "trainingContent.otherSources", card, false));

        List<EuDocument.Entry> processing = new ArrayList<>();
        processing.add(field("3.1", "Respect of reservations of rights (text and data mining opt-outs)",
                "trainingContent.optOutMeasures", card, true));
        processing.add(field("3.2", "Removal of illegal content", "trainingContent.illegalContentRemoval", card, true));
        processing.add(field("3.3", "Other information", "trainingContent.otherProcessing", card, false));

        String model = card.details().name();
        return new EuDocument("eu-public-summary-of-training-content", "Public summary of training content: "
                + (model.isEmpty() ? "unnamed model" : model), model, "", List.of(
                "Published under AI Act Art. 53(1)(d), following the structure of the AI Office's template (sections 1 to 3)."),
                List.of(new EuDocument.Part("1", "General information", general),
                        new EuDocument.Part("2", "List of data sources", sources),
                        new EuDocument.Part("3", "Data processing aspects", processing)));
    }

    private EuDocument.Entry field(String number, String title, String fieldId, ModelCard card, boolean required) {
        return Answers.entry(number, title, "", catalog.require(fieldId), card, Disclosure.VALUE, "", required);
    }

    /** Whether a source category of the form's item 6.2 was used, answered from that one list. */
    private EuDocument.Entry used(String number, String title, String category, ModelCard card) {
        List<String> provenance = card.euForm().dataProvenance();
        if (provenance.isEmpty()) {
            return new EuDocument.Entry(number, title, "", "euForm.dataProvenance", "", List.of(), "", EuDocument.Status.NOT_ANSWERED);
        }
        return new EuDocument.Entry(number, title, "", "euForm.dataProvenance", provenance.contains(category) ? "Yes" : "No",
                List.of(), "", EuDocument.Status.ANSWERED);
    }

    /** The training data size as the template's band, derived from the form's precise number of data points. */
    private EuDocument.Entry size(ModelCard card) {
        Optional<String> band = Numbers.parse(card.euForm().dataPoints())
                .flatMap(n -> TrainingDataSize.band(n, card.euForm().dataPointUnit()));
        return new EuDocument.Entry("1.3a", "Training data size", "", "euForm.dataPoints", band.orElse(""), List.of(),
                "Given as the template's size band.", band.isPresent() ? EuDocument.Status.ANSWERED : EuDocument.Status.NOT_ANSWERED);
    }
}
