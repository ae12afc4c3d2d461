package org.modelcards.core.model;

import java.util.List;

/**
 * The public summary of the content used to train a general-purpose model (AI Act Art. 53(1)(d)), in
 * the order of the AI Office's template: general characteristics, data sources and data processing.
 *
 * <pre>{@code
 * TrainingContent summary = TrainingContent.EMPTY.withCrawlers(List.of("OstreaBot/1.0"));
 * }</pre>
 */
public record TrainingContent(
        String contentTypes,
        String latestCollectionDate,
        boolean continuousTraining,
        String dataLanguages,
        String otherCharacteristics,
        List<String> largePublicDatasets,
        String otherPublicDatasets,
        String licensedData,
        String otherPrivateData,
        List<String> crawlers,
        String crawlingPeriod,
        String crawlerBehaviour,
        String crawledContent,
        List<String> topDomains,
        String userData,
        String syntheticData,
        String otherSources,
        String optOutMeasures,
        String illegalContentRemoval,
        String otherProcessing) {

    public static final TrainingContent EMPTY = new TrainingContent(null, null, false, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public TrainingContent {
        contentTypes = Values.text(contentTypes);
        latestCollectionDate = Values.text(latestCollectionDate);
        dataLanguages = Values.text(dataLanguages);
        otherCharacteristics = Values.text(otherCharacteristics);
        largePublicDatasets = Values.list(largePublicDatasets);
        otherPublicDatasets = Values.text(otherPublicDatasets);
        licensedData = Values.text(licensedData);
        otherPrivateData = Values.text(otherPrivateData);
        crawlers = Values.list(crawlers);
        crawlingPeriod = Values.text(crawlingPeriod);
        crawlerBehaviour = Values.text(crawlerBehaviour);
        crawledContent = Values.text(crawledContent);
        topDomains = Values.list(topDomains);
        userData = Values.text(userData);
        syntheticData = Values.text(syntheticData);
        otherSources = Values.text(otherSources);
        optOutMeasures = Values.text(optOutMeasures);
        illegalContentRemoval = Values.text(illegalContentRemoval);
        otherProcessing = Values.text(otherProcessing);
    }

    public TrainingContent withContentTypes(String v) { return new TrainingContent(v, latestCollectionDate, continuousTraining, dataLanguages, otherCharacteristics, largePublicDatasets, otherPublicDatasets, licensedData, otherPrivateData, crawlers, crawlingPeriod, crawlerBehaviour, crawledContent, topDomains, userData, syntheticData, otherSources, optOutMeasures, illegalContentRemoval, otherProcessing); }
    public TrainingContent withLatestCollectionDate(String v) { return new TrainingContent(contentTypes, v, continuousTraining, dataLanguages, otherCharacteristics, largePublicDatasets, otherPublicDatasets, licensedData, otherPrivateData, crawlers, crawlingPeriod, crawlerBehaviour, crawledContent, topDomains, userData, syntheticData, otherSources, optOutMeasures, illegalContentRemoval, otherProcessing); }
    public TrainingContent withContinuousTraining(boolean v) { return new TrainingContent(contentTypes, latestCollectionDate, v, dataLanguages, otherCharacteristics, largePublicDatasets, otherPublicDatasets, licensedData, otherPrivateData, crawlers, crawlingPeriod, crawlerBehaviour, crawledContent, topDomains, userData, syntheticData, otherSources, optOutMeasures, illegalContentRemoval, otherProcessing); }
    public TrainingContent withDataLanguages(String v) { return new TrainingContent(contentTypes, latestCollectionDate, continuousTraining, v, otherCharacteristics, largePublicDatasets, otherPublicDatasets, licensedData, otherPrivateData, crawlers, crawlingPeriod, crawlerBehaviour, crawledContent, topDomains, userData, syntheticData, otherSources, optOutMeasures, illegalContentRemoval, otherProcessing); }
    public TrainingContent withOtherCharacteristics(String v) { return new TrainingContent(contentTypes, latestCollectionDate, continuousTraining, dataLanguages, v, largePublicDatasets, otherPublicDatasets, licensedData, otherPrivateData, crawlers, crawlingPeriod, crawlerBehaviour, crawledContent, topDomains, userData, syntheticData, otherSources, optOutMeasures, illegalContentRemoval, otherProcessing); }
    public TrainingContent withLargePublicDatasets(List<String> v) { return new TrainingContent(contentTypes, latestCollectionDate, continuousTraining, dataLanguages, otherCharacteristics, v, otherPublicDatasets, licensedData, otherPrivateData, crawlers, crawlingPeriod, crawlerBehaviour, crawledContent, topDomains, userData, syntheticData, otherSources, optOutMeasures, illegalContentRemoval, otherProcessing); }
    public TrainingContent withOtherPublicDatasets(String v) { return new TrainingContent(contentTypes, latestCollectionDate, continuousTraining, dataLanguages, otherCharacteristics, largePublicDatasets, v, licensedData, otherPrivateData, crawlers, crawlingPeriod, crawlerBehaviour, crawledContent, topDomains, userData, syntheticData, otherSources, optOutMeasures, illegalContentRemoval, otherProcessing); }
    public TrainingContent withLicensedData(String v) { return new TrainingContent(contentTypes, latestCollectionDate, continuousTraining, dataLanguages, otherCharacteristics, largePublicDatasets, otherPublicDatasets, v, otherPrivateData, crawlers, crawlingPeriod, crawlerBehaviour, crawledContent, topDomains, userData, syntheticData, otherSources, optOutMeasures, illegalContentRemoval, otherProcessing); }
    public TrainingContent withOtherPrivateData(String v) { return new TrainingContent(contentTypes, latestCollectionDate, continuousTraining, dataLanguages, otherCharacteristics, largePublicDatasets, otherPublicDatasets, licensedData, v, crawlers, crawlingPeriod, crawlerBehaviour, crawledContent, topDomains, userData, syntheticData, otherSources, optOutMeasures, illegalContentRemoval, otherProcessing); }
    public TrainingContent withCrawlers(List<String> v) { return new TrainingContent(contentTypes, latestCollectionDate, continuousTraining, dataLanguages, otherCharacteristics, largePublicDatasets, otherPublicDatasets, licensedData, otherPrivateData, v, crawlingPeriod, crawlerBehaviour, crawledContent, topDomains, userData, syntheticData, otherSources, optOutMeasures, illegalContentRemoval, otherProcessing); }
    public TrainingContent withCrawlingPeriod(String v) { return new TrainingContent(contentTypes, latestCollectionDate, continuousTraining, dataLanguages, otherCharacteristics, largePublicDatasets, otherPublicDatasets, licensedData, otherPrivateData, crawlers, v, crawlerBehaviour, crawledContent, topDomains, userData, syntheticData, otherSources, optOutMeasures, illegalContentRemoval, otherProcessing); }
    public TrainingContent withCrawlerBehaviour(String v) { return new TrainingContent(contentTypes, latestCollectionDate, continuousTraining, dataLanguages, otherCharacteristics, largePublicDatasets, otherPublicDatasets, licensedData, otherPrivateData, crawlers, crawlingPeriod, v, crawledContent, topDomains, userData, syntheticData, otherSources, optOutMeasures, illegalContentRemoval, otherProcessing); }
    public TrainingContent withCrawledContent(String v) { return new TrainingContent(contentTypes, latestCollectionDate, continuousTraining, dataLanguages, otherCharacteristics, largePublicDatasets, otherPublicDatasets, licensedData, otherPrivateData, crawlers, crawlingPeriod, crawlerBehaviour, v, topDomains, userData, syntheticData, otherSources, optOutMeasures, illegalContentRemoval, otherProcessing); }
    public TrainingContent withTopDomains(List<String> v) { return new TrainingContent(contentTypes, latestCollectionDate, continuousTraining, dataLanguages, otherCharacteristics, largePublicDatasets, otherPublicDatasets, licensedData, otherPrivateData, crawlers, crawlingPeriod, crawlerBehaviour, crawledContent, v, userData, syntheticData, otherSources, optOutMeasures, illegalContentRemoval, otherProcessing); }
    public TrainingContent withUserData(String v) { return new TrainingContent(contentTypes, latestCollectionDate, continuousTraining, dataLanguages, otherCharacteristics, largePublicDatasets, otherPublicDatasets, licensedData, otherPrivateData, crawlers, crawlingPeriod, crawlerBehaviour, crawledContent, topDomains, v, syntheticData, otherSources, optOutMeasures, illegalContentRemoval, otherProcessing); }
    public TrainingContent withSyntheticData(String v) { return new TrainingContent(contentTypes, latestCollectionDate, continuousTraining, dataLanguages, otherCharacteristics, largePublicDatasets, otherPublicDatasets, licensedData, otherPrivateData, crawlers, crawlingPeriod, crawlerBehaviour, crawledContent, topDomains, userData, v, otherSources, optOutMeasures, illegalContentRemoval, otherProcessing); }
    public TrainingContent withOtherSources(String v) { return new TrainingContent(contentTypes, latestCollectionDate, continuousTraining, dataLanguages, otherCharacteristics, largePublicDatasets, otherPublicDatasets, licensedData, otherPrivateData, crawlers, crawlingPeriod, crawlerBehaviour, crawledContent, topDomains, userData, syntheticData, v, optOutMeasures, illegalContentRemoval, otherProcessing); }
    public TrainingContent withOptOutMeasures(String v) { return new TrainingContent(contentTypes, latestCollectionDate, continuousTraining, dataLanguages, otherCharacteristics, largePublicDatasets, otherPublicDatasets, licensedData, otherPrivateData, crawlers, crawlingPeriod, crawlerBehaviour, crawledContent, topDomains, userData, syntheticData, otherSources, v, illegalContentRemoval, otherProcessing); }
    public TrainingContent withIllegalContentRemoval(String v) { return new TrainingContent(contentTypes, latestCollectionDate, continuousTraining, dataLanguages, otherCharacteristics, largePublicDatasets, otherPublicDatasets, licensedData, otherPrivateData, crawlers, crawlingPeriod, crawlerBehaviour, crawledContent, topDomains, userData, syntheticData, otherSources, optOutMeasures, v, otherProcessing); }
    public TrainingContent withOtherProcessing(String v) { return new TrainingContent(contentTypes, latestCollectionDate, continuousTraining, dataLanguages, otherCharacteristics, largePublicDatasets, otherPublicDatasets, licensedData, otherPrivateData, crawlers, crawlingPeriod, crawlerBehaviour, crawledContent, topDomains, userData, syntheticData, otherSources, optOutMeasures, illegalContentRemoval, v); }
}
