package org.modelcards.core.catalog;

import static org.modelcards.core.catalog.Profile.EU_GPAI;
import static org.modelcards.core.catalog.Profile.HUGGINGFACE;
import static org.modelcards.core.catalog.Profile.MITCHELL;

import java.util.List;
import org.modelcards.core.model.Considerations;
import org.modelcards.core.model.DataSources;
import org.modelcards.core.model.Dataset;
import org.modelcards.core.model.Details;
import org.modelcards.core.model.Environment;
import org.modelcards.core.model.EthicalConsideration;
import org.modelcards.core.model.EuDocumentation;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.Evaluation;
import org.modelcards.core.model.ExtraField;
import org.modelcards.core.model.ExtraSection;
import org.modelcards.core.model.Extras;
import org.modelcards.core.model.Factors;
import org.modelcards.core.model.FairnessAssessment;
import org.modelcards.core.model.IntendedUse;
import org.modelcards.core.model.Licensing;
import org.modelcards.core.model.Metrics;
import org.modelcards.core.model.Misuse;
import org.modelcards.core.model.MisuseRisk;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.model.MoreInfo;
import org.modelcards.core.model.Training;
import org.modelcards.core.model.TrainingContent;

/**
 * The declaration of every section and field, in the order a card is read. Requirements follow the
 * sources: the Hub's model card template and metadata docs, Mitchell et al. (2019) and the EU AI Act
 * Annex XI §1-2 and Annex XII.
 */
final class StandardFields {
    /** The licence categories of the Model Documentation Form's item 3.2b. */
    static final List<String> LICENCE_CATEGORIES = List.of("free-and-open-source", "proprietary", "other");
    /** The Hub's {@code base_model_relation} values. */
    static final List<String> BASE_MODEL_RELATIONS = List.of("adapter", "merge", "quantized", "finetune");

    private StandardFields() {
    }

    static List<Section> sections() {
        return List.of(details(), license(), intendedUse(), misuse(), bias(), factors(), metrics(), data(),
                evaluation(), training(), environment(), more(), euForm(), trainingContent(), extras());
    }

    private static Section details() {
        var s = new SectionBuilder<>("details", ModelCard::details, ModelCard::withDetails);
        s.text("name", Details::name, Details::withName).required(HUGGINGFACE, MITCHELL);
        s.text("summary", Details::summary, Details::withSummary).recommended(HUGGINGFACE, MITCHELL, EU_GPAI);
        s.markdown("description", Details::description, Details::withDescription).required(MITCHELL).recommended(HUGGINGFACE, EU_GPAI);
        s.text("version", Details::version, Details::withVersion).required(MITCHELL).recommended(EU_GPAI);
        s.date("releaseDate", Details::releaseDate, Details::withReleaseDate).required(MITCHELL);
        s.list("developers", Details::developers, Details::withDevelopers).required(MITCHELL).recommended(HUGGINGFACE, EU_GPAI);
        s.list("funders", Details::funders, Details::withFunders);
        s.list("sharers", Details::sharers, Details::withSharers);
        s.text("contact", Details::contact, Details::withContact).recommended(MITCHELL, EU_GPAI);
        s.text("modelType", Details::modelType, Details::withModelType).required(MITCHELL).recommended(HUGGINGFACE, EU_GPAI);
        s.text("architecture", Details::architecture, Details::withArchitecture).recommended(MITCHELL);
        s.text("architectureFamily", Details::architectureFamily, Details::withArchitectureFamily);
        s.number("parameterCount", Details::parameterCount, Details::withParameterCount).count();
        s.number("contextWindow", Details::contextWindow, Details::withContextWindow).count().recommended(EU_GPAI);
        s.text("inputFormats", Details::inputFormats, Details::withInputFormats).recommended(MITCHELL);
        s.text("outputFormats", Details::outputFormats, Details::withOutputFormats).recommended(MITCHELL);
        s.list("baseModels", Details::baseModels, Details::withBaseModels);
        s.choice("baseModelRelation", BASE_MODEL_RELATIONS, Details::baseModelRelation, Details::withBaseModelRelation);
        s.list("languages", Details::languages, Details::withLanguages).recommended(HUGGINGFACE);
        s.text("libraryName", Details::libraryName, Details::withLibraryName).recommended(HUGGINGFACE);
        s.text("pipelineTag", Details::pipelineTag, Details::withPipelineTag).recommended(HUGGINGFACE);
        s.list("tags", Details::tags, Details::withTags).recommended(HUGGINGFACE);
        s.url("repositoryUrl", Details::repositoryUrl, Details::withRepositoryUrl);
        s.url("paperUrl", Details::paperUrl, Details::withPaperUrl).recommended(MITCHELL);
        s.url("demoUrl", Details::demoUrl, Details::withDemoUrl);
        s.longText("citationBibtex", Details::citationBibtex, Details::withCitationBibtex).recommended(MITCHELL);
        s.longText("citationApa", Details::citationApa, Details::withCitationApa);
        s.markdown("distribution", Details::distribution, Details::withDistribution);
        s.markdown("integration", Details::integration, Details::withIntegration);
        return s.build();
    }

    private static Section license() {
        var s = new SectionBuilder<>("license", ModelCard::license, ModelCard::withLicense);
        s.text("id", Licensing::id, Licensing::withId).required(HUGGINGFACE, MITCHELL);
        s.text("spdxId", Licensing::spdxId, Licensing::withSpdxId);
        s.text("name", Licensing::name, Licensing::withName);
        s.url("link", Licensing::link, Licensing::withLink);
        s.markdown("acceptableUsePolicy", Licensing::acceptableUsePolicy, Licensing::withAcceptableUsePolicy);
        s.markdown("restrictions", Licensing::restrictions, Licensing::withRestrictions).recommended(EU_GPAI);
        return s.build();
    }

    private static Section intendedUse() {
        var s = new SectionBuilder<>("intendedUse", ModelCard::intendedUse, ModelCard::withIntendedUse);
        s.markdown("directUse", IntendedUse::directUse, IntendedUse::withDirectUse).required(MITCHELL).recommended(HUGGINGFACE);
        s.markdown("downstreamUse", IntendedUse::downstreamUse, IntendedUse::withDownstreamUse).recommended(EU_GPAI);
        s.list("primaryUsers", IntendedUse::primaryUsers, IntendedUse::withPrimaryUsers).required(MITCHELL);
        s.list("outOfScope", IntendedUse::outOfScope, IntendedUse::withOutOfScope).required(MITCHELL).recommended(HUGGINGFACE);
        return s.build();
    }

    private static Section misuse() {
        var s = new SectionBuilder<>("misuse", ModelCard::misuse, ModelCard::withMisuse);
        s.table("risks", MisuseRisk.class, MisuseRisk.EMPTY, Misuse::risks, Misuse::withRisks, c -> c
                .text("risk", MisuseRisk::risk, MisuseRisk::withRisk)
                .text("harmed", MisuseRisk::harmed, MisuseRisk::withHarmed)
                .text("mitigation", MisuseRisk::mitigation, MisuseRisk::withMitigation))
                .recommended(MITCHELL, EU_GPAI);
        return s.build();
    }

    private static Section bias() {
        var s = new SectionBuilder<>("bias", ModelCard::bias, ModelCard::withBias);
        s.markdown("biases", Considerations::biases, Considerations::withBiases).required(MITCHELL);
        s.markdown("limitations", Considerations::limitations, Considerations::withLimitations).required(MITCHELL).recommended(HUGGINGFACE, EU_GPAI);
        s.markdown("tradeoffs", Considerations::tradeoffs, Considerations::withTradeoffs).recommended(MITCHELL);
        s.markdown("recommendations", Considerations::recommendations, Considerations::withRecommendations).required(MITCHELL).recommended(HUGGINGFACE);
        s.table("ethical", EthicalConsideration.class, EthicalConsideration.EMPTY, Considerations::ethical,
                Considerations::withEthical, c -> c
                .text("name", EthicalConsideration::name, EthicalConsideration::withName)
                .text("mitigation", EthicalConsideration::mitigation, EthicalConsideration::withMitigation))
                .required(MITCHELL);
        s.table("fairness", FairnessAssessment.class, FairnessAssessment.EMPTY, Considerations::fairness,
                Considerations::withFairness, c -> c
                .text("group", FairnessAssessment::group, FairnessAssessment::withGroup)
                .text("benefits", FairnessAssessment::benefits, FairnessAssessment::withBenefits)
                .text("harms", FairnessAssessment::harms, FairnessAssessment::withHarms)
                .text("mitigation", FairnessAssessment::mitigation, FairnessAssessment::withMitigation))
                .recommended(MITCHELL);
        return s.build();
    }

    private static Section factors() {
        var s = new SectionBuilder<>("factors", ModelCard::factors, ModelCard::withFactors);
        s.markdown("relevant", Factors::relevant, Factors::withRelevant).required(MITCHELL).recommended(HUGGINGFACE);
        s.markdown("evaluation", Factors::evaluation, Factors::withEvaluation).required(MITCHELL);
        return s.build();
    }

    private static Section metrics() {
        var s = new SectionBuilder<>("metrics", ModelCard::metrics, ModelCard::withMetrics);
        s.list("ids", Metrics::ids, Metrics::withIds).recommended(HUGGINGFACE);
        s.markdown("measures", Metrics::measures, Metrics::withMeasures).required(MITCHELL).recommended(HUGGINGFACE);
        s.markdown("decisionThresholds", Metrics::decisionThresholds, Metrics::withDecisionThresholds).recommended(MITCHELL);
        s.markdown("variation", Metrics::variation, Metrics::withVariation).recommended(MITCHELL);
        return s.build();
    }

    private static Section data() {
        var s = new SectionBuilder<>("data", ModelCard::data, ModelCard::withData);
        s.table("training", Dataset.class, Dataset.EMPTY, DataSources::training, DataSources::withTraining, StandardFields::datasetColumns)
                .required(MITCHELL).recommended(HUGGINGFACE, EU_GPAI);
        s.table("evaluation", Dataset.class, Dataset.EMPTY, DataSources::evaluation, DataSources::withEvaluation, StandardFields::datasetColumns)
                .required(MITCHELL).recommended(HUGGINGFACE, EU_GPAI);
        return s.build();
    }

    private static void datasetColumns(SectionBuilder.Columns<Dataset> c) {
        c.text("id", Dataset::id, Dataset::withId)
                .text("name", Dataset::name, Dataset::withName)
                .url("link", Dataset::link, Dataset::withLink)
                .markdown("description", Dataset::description, Dataset::withDescription)
                .text("size", Dataset::size, Dataset::withSize)
                .markdown("provenance", Dataset::provenance, Dataset::withProvenance)
                .markdown("preprocessing", Dataset::preprocessing, Dataset::withPreprocessing)
                .markdown("sensitiveData", Dataset::sensitiveData, Dataset::withSensitiveData)
                .text("license", Dataset::license, Dataset::withLicense);
    }

    private static Section evaluation() {
        var s = new SectionBuilder<>("evaluation", ModelCard::evaluation, ModelCard::withEvaluation);
        s.table("results", EvalResult.class, EvalResult.EMPTY, Evaluation::results, Evaluation::withResults, c -> c
                .text("taskType", EvalResult::taskType, EvalResult::withTaskType)
                .text("taskName", EvalResult::taskName, EvalResult::withTaskName)
                .text("datasetType", EvalResult::datasetType, EvalResult::withDatasetType)
                .text("datasetName", EvalResult::datasetName, EvalResult::withDatasetName)
                .text("datasetConfig", EvalResult::datasetConfig, EvalResult::withDatasetConfig)
                .text("datasetSplit", EvalResult::datasetSplit, EvalResult::withDatasetSplit)
                .text("datasetRevision", EvalResult::datasetRevision, EvalResult::withDatasetRevision)
                .text("metricType", EvalResult::metricType, EvalResult::withMetricType)
                .text("metricName", EvalResult::metricName, EvalResult::withMetricName)
                .number("value", EvalResult::value, EvalResult::withValue)
                .text("slice", EvalResult::slice, EvalResult::withSlice)
                .number("ciLow", EvalResult::ciLow, EvalResult::withCiLow)
                .number("ciHigh", EvalResult::ciHigh, EvalResult::withCiHigh)
                .number("threshold", EvalResult::threshold, EvalResult::withThreshold)
                .text("sourceName", EvalResult::sourceName, EvalResult::withSourceName)
                .url("sourceUrl", EvalResult::sourceUrl, EvalResult::withSourceUrl)
                .flag("verified", EvalResult::verified, EvalResult::withVerified)
                .text("model", EvalResult::model, EvalResult::withModel)
                .text("taskArgs", EvalResult::taskArgs, EvalResult::withTaskArgs)
                .text("datasetArgs", EvalResult::datasetArgs, EvalResult::withDatasetArgs)
                .text("metricConfig", EvalResult::metricConfig, EvalResult::withMetricConfig)
                .text("metricArgs", EvalResult::metricArgs, EvalResult::withMetricArgs)
                .text("verifyToken", EvalResult::verifyToken, EvalResult::withVerifyToken))
                .required(MITCHELL).recommended(HUGGINGFACE, EU_GPAI);
        s.markdown("summary", Evaluation::summary, Evaluation::withSummary).recommended(HUGGINGFACE, MITCHELL);
        return s.build();
    }

    private static Section training() {
        var s = new SectionBuilder<>("training", ModelCard::training, ModelCard::withTraining);
        s.markdown("procedure", Training::procedure, Training::withProcedure).recommended(HUGGINGFACE);
        s.markdown("preprocessing", Training::preprocessing, Training::withPreprocessing);
        s.text("regime", Training::regime, Training::withRegime);
        s.markdown("hyperparameters", Training::hyperparameters, Training::withHyperparameters).recommended(HUGGINGFACE, EU_GPAI);
        s.markdown("speedsSizesTimes", Training::speedsSizesTimes, Training::withSpeedsSizesTimes);
        s.text("hardware", Training::hardware, Training::withHardware).recommended(EU_GPAI);
        s.number("hours", Training::hours, Training::withHours).quantity().recommended(EU_GPAI);
        s.number("flops", Training::flops, Training::withFlops).quantity();
        return s.build();
    }

    private static Section environment() {
        var s = new SectionBuilder<>("environment", ModelCard::environment, ModelCard::withEnvironment);
        s.text("hardware", Environment::hardware, Environment::withHardware).recommended(HUGGINGFACE);
        s.number("hours", Environment::hours, Environment::withHours).quantity().recommended(HUGGINGFACE);
        s.text("cloudProvider", Environment::cloudProvider, Environment::withCloudProvider).recommended(HUGGINGFACE);
        s.text("region", Environment::region, Environment::withRegion).recommended(HUGGINGFACE);
        s.number("co2Grams", Environment::co2Grams, Environment::withCo2Grams).quantity().recommended(HUGGINGFACE, EU_GPAI);
        s.number("energyKwh", Environment::energyKwh, Environment::withEnergyKwh).quantity();
        s.text("source", Environment::source, Environment::withSource);
        s.text("trainingType", Environment::trainingType, Environment::withTrainingType);
        s.flag("estimated", Environment::estimated, Environment::withEstimated);
        return s.build();
    }

    private static Section more() {
        var s = new SectionBuilder<>("more", ModelCard::more, ModelCard::withMore);
        s.markdown("gettingStarted", MoreInfo::gettingStarted, MoreInfo::withGettingStarted).recommended(HUGGINGFACE, EU_GPAI);
        s.markdown("examination", MoreInfo::examination, MoreInfo::withExamination);
        s.markdown("glossary", MoreInfo::glossary, MoreInfo::withGlossary);
        s.markdown("moreInformation", MoreInfo::moreInformation, MoreInfo::withMoreInformation);
        s.list("cardAuthors", MoreInfo::cardAuthors, MoreInfo::withCardAuthors).recommended(MITCHELL);
        s.text("cardContact", MoreInfo::cardContact, MoreInfo::withCardContact).recommended(HUGGINGFACE);
        return s.build();
    }

    /**
     * The Model Documentation Form's items that no other field holds. Which of them the eu-gpai
     * profile requires is read from the form's table ({@link FormRequirements}), not declared here.
     */
    private static Section euForm() {
        var s = new SectionBuilder<>("euForm", ModelCard::euForm, ModelCard::withEuForm);
        s.date("lastUpdated", EuDocumentation::lastUpdated, EuDocumentation::withLastUpdated);
        s.text("documentVersion", EuDocumentation::documentVersion, EuDocumentation::withDocumentVersion);
        s.text("providerLegalName", EuDocumentation::providerLegalName, EuDocumentation::withProviderLegalName);
        s.list("versionsCovered", EuDocumentation::versionsCovered, EuDocumentation::withVersionsCovered);
        s.text("authenticity", EuDocumentation::authenticity, EuDocumentation::withAuthenticity);
        s.date("unionReleaseDate", EuDocumentation::unionReleaseDate, EuDocumentation::withUnionReleaseDate);
        s.markdown("designSpecification", EuDocumentation::designSpecification, EuDocumentation::withDesignSpecification);
        s.text("maxInputSize", EuDocumentation::maxInputSize, EuDocumentation::withMaxInputSize);
        s.text("maxOutputSize", EuDocumentation::maxOutputSize, EuDocumentation::withMaxOutputSize);
        s.markdown("allDistributionChannels", EuDocumentation::allDistributionChannels, EuDocumentation::withAllDistributionChannels);
        s.choice("licenceCategory", LICENCE_CATEGORIES, EuDocumentation::licenceCategory, EuDocumentation::withLicenceCategory);
        s.markdown("otherAssets", EuDocumentation::otherAssets, EuDocumentation::withOtherAssets);
        s.markdown("integrableSystems", EuDocumentation::integrableSystems, EuDocumentation::withIntegrableSystems);
        s.markdown("requiredHardware", EuDocumentation::requiredHardware, EuDocumentation::withRequiredHardware);
        s.markdown("requiredSoftware", EuDocumentation::requiredSoftware, EuDocumentation::withRequiredSoftware);
        s.markdown("trainingRationale", EuDocumentation::trainingRationale, EuDocumentation::withTrainingRationale);
        s.list("dataModalities", EuDocumentation::dataModalities, EuDocumentation::withDataModalities);
        s.list("dataProvenance", EuDocumentation::dataProvenance, EuDocumentation::withDataProvenance);
        s.markdown("dataAcquisition", EuDocumentation::dataAcquisition, EuDocumentation::withDataAcquisition);
        s.number("dataPoints", EuDocumentation::dataPoints, EuDocumentation::withDataPoints).count();
        s.text("dataPointUnit", EuDocumentation::dataPointUnit, EuDocumentation::withDataPointUnit);
        s.markdown("dataScope", EuDocumentation::dataScope, EuDocumentation::withDataScope);
        s.markdown("unsuitableDataMeasures", EuDocumentation::unsuitableDataMeasures, EuDocumentation::withUnsuitableDataMeasures);
        s.markdown("biasDetection", EuDocumentation::biasDetection, EuDocumentation::withBiasDetection);
        s.number("trainingDays", EuDocumentation::trainingDays, EuDocumentation::withTrainingDays).quantity();
        s.number("hardwareDays", EuDocumentation::hardwareDays, EuDocumentation::withHardwareDays).quantity();
        s.markdown("computeMethodology", EuDocumentation::computeMethodology, EuDocumentation::withComputeMethodology);
        s.text("energyUnavailable", EuDocumentation::energyUnavailable, EuDocumentation::withEnergyUnavailable);
        s.markdown("energyMethodology", EuDocumentation::energyMethodology, EuDocumentation::withEnergyMethodology);
        s.number("inferenceFlops", EuDocumentation::inferenceFlops, EuDocumentation::withInferenceFlops).quantity();
        s.markdown("inferenceMethodology", EuDocumentation::inferenceMethodology, EuDocumentation::withInferenceMethodology);
        return s.build();
    }

    /** The public summary of training content (AI Act Art. 53(1)(d)), sections 1-3 of the AI Office's template. */
    private static Section trainingContent() {
        var s = new SectionBuilder<>("trainingContent", ModelCard::trainingContent, ModelCard::withTrainingContent);
        s.markdown("contentTypes", TrainingContent::contentTypes, TrainingContent::withContentTypes).required(EU_GPAI);
        s.date("latestCollectionDate", TrainingContent::latestCollectionDate, TrainingContent::withLatestCollectionDate).required(EU_GPAI);
        s.flag("continuousTraining", TrainingContent::continuousTraining, TrainingContent::withContinuousTraining);
        s.markdown("dataLanguages", TrainingContent::dataLanguages, TrainingContent::withDataLanguages).required(EU_GPAI);
        s.markdown("otherCharacteristics", TrainingContent::otherCharacteristics, TrainingContent::withOtherCharacteristics);
        s.list("largePublicDatasets", TrainingContent::largePublicDatasets, TrainingContent::withLargePublicDatasets).recommended(EU_GPAI);
        s.markdown("otherPublicDatasets", TrainingContent::otherPublicDatasets, TrainingContent::withOtherPublicDatasets);
        s.markdown("licensedData", TrainingContent::licensedData, TrainingContent::withLicensedData);
        s.markdown("otherPrivateData", TrainingContent::otherPrivateData, TrainingContent::withOtherPrivateData);
        s.list("crawlers", TrainingContent::crawlers, TrainingContent::withCrawlers).recommended(EU_GPAI);
        s.text("crawlingPeriod", TrainingContent::crawlingPeriod, TrainingContent::withCrawlingPeriod);
        s.markdown("crawlerBehaviour", TrainingContent::crawlerBehaviour, TrainingContent::withCrawlerBehaviour);
        s.markdown("crawledContent", TrainingContent::crawledContent, TrainingContent::withCrawledContent);
        s.list("topDomains", TrainingContent::topDomains, TrainingContent::withTopDomains).recommended(EU_GPAI);
        s.markdown("userData", TrainingContent::userData, TrainingContent::withUserData);
        s.markdown("syntheticData", TrainingContent::syntheticData, TrainingContent::withSyntheticData);
        s.markdown("otherSources", TrainingContent::otherSources, TrainingContent::withOtherSources);
        s.markdown("optOutMeasures", TrainingContent::optOutMeasures, TrainingContent::withOptOutMeasures).required(EU_GPAI);
        s.markdown("illegalContentRemoval", TrainingContent::illegalContentRemoval, TrainingContent::withIllegalContentRemoval).required(EU_GPAI);
        s.markdown("otherProcessing", TrainingContent::otherProcessing, TrainingContent::withOtherProcessing);
        return s.build();
    }

    private static Section extras() {
        var s = new SectionBuilder<>("extras", ModelCard::extras, ModelCard::withExtras);
        s.table("metadata", ExtraField.class, new ExtraField("", ""), Extras::metadata, Extras::withMetadata, c -> c
                .text("key", ExtraField::key, ExtraField::withKey)
                .json("value", ExtraField::value, ExtraField::withValue));
        s.table("sections", ExtraSection.class, new ExtraSection("", "", ""), Extras::sections, Extras::withSections, c -> c
                .text("heading", ExtraSection::heading, ExtraSection::withHeading)
                .markdown("markdown", ExtraSection::markdown, ExtraSection::withMarkdown)
                .text("after", ExtraSection::after, ExtraSection::withAfter));
        return s.buildPreserved();
    }
}
