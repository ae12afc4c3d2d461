package org.modelcards.core.format.hf;

import java.util.List;
import java.util.Optional;

/**
 * The Hub model card template's body, in order: where each body field goes when a card is written
 * new, and where a field is inserted into an existing README that lacks it. Fields that live in the
 * front matter (licence, languages, tags, model-index, ...) are {@link HubMetadataKeys}'.
 */
final class HubTemplate {
    /** One heading of the template: its level, text, the field its prose holds (or none), and its label lines. */
    record Entry(int level, String heading, String field, List<String> labels) {
        Entry {
            labels = List.copyOf(labels);
        }

        boolean isGroup() {
            return field.isEmpty() && labels.isEmpty();
        }
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry(2, "Model Details", "", List.of()),
            new Entry(3, "Model Description", "details.description", List.of("details.developers", "details.funders",
                    "details.sharers", "details.modelType", "details.languages", "license.id", "details.baseModels",
                    "details.version", "details.releaseDate", "details.contact", "details.architectureFamily",
                    "details.parameterCount", "details.contextWindow", "details.inputFormats", "details.outputFormats",
                    "license.spdxId")),
            new Entry(3, "Model Sources", "", List.of("details.repositoryUrl", "details.paperUrl", "details.demoUrl")),
            new Entry(2, "Uses", "", List.of()),
            new Entry(3, "Direct Use", "intendedUse.directUse", List.of()),
            new Entry(3, "Downstream Use", "intendedUse.downstreamUse", List.of()),
            new Entry(3, "Primary Intended Users", "intendedUse.primaryUsers", List.of()),
            new Entry(3, "Out-of-Scope Use", "intendedUse.outOfScope", List.of()),
            new Entry(3, "Misuse and Malicious Use", "misuse.risks", List.of()),
            new Entry(2, "Bias, Risks, and Limitations", "bias.limitations", List.of()),
            new Entry(3, "Known Biases", "bias.biases", List.of()),
            new Entry(3, "Trade-offs", "bias.tradeoffs", List.of()),
            new Entry(3, "Recommendations", "bias.recommendations", List.of()),
            new Entry(3, "Ethical Considerations", "bias.ethical", List.of()),
            new Entry(3, "Fairness Assessment", "bias.fairness", List.of()),
            new Entry(2, "How to Get Started with the Model", "more.gettingStarted", List.of()),
            new Entry(2, "Training Details", "", List.of()),
            new Entry(3, "Training Data", "data.training", List.of()),
            new Entry(3, "Training Procedure", "training.procedure", List.of("training.regime", "training.hardware",
                    "training.hours", "training.flops")),
            new Entry(4, "Preprocessing", "training.preprocessing", List.of()),
            new Entry(4, "Training Hyperparameters", "training.hyperparameters", List.of()),
            new Entry(4, "Speeds, Sizes, Times", "training.speedsSizesTimes", List.of()),
            new Entry(2, "Evaluation", "", List.of()),
            new Entry(3, "Testing Data", "data.evaluation", List.of()),
            new Entry(3, "Factors", "factors.relevant", List.of()),
            new Entry(3, "Evaluation Factors", "factors.evaluation", List.of()),
            new Entry(3, "Metrics", "metrics.measures", List.of()),
            new Entry(3, "Decision Thresholds", "metrics.decisionThresholds", List.of()),
            new Entry(3, "Variation Approaches", "metrics.variation", List.of()),
            new Entry(3, "Results", "evaluation.summary", List.of()),
            new Entry(4, "Results by Group", "evaluation.results", List.of()),
            new Entry(2, "Model Examination", "more.examination", List.of()),
            new Entry(2, "Environmental Impact", "", List.of("environment.hardware", "environment.hours",
                    "environment.cloudProvider", "environment.region", "environment.co2Grams", "environment.energyKwh",
                    "environment.estimated", "environment.source", "environment.trainingType")),
            new Entry(2, "Technical Specifications", "", List.of()),
            new Entry(3, "Model Architecture and Objective", "details.architecture", List.of()),
            new Entry(2, "Licence Terms", "", List.of()),
            new Entry(3, "Acceptable Use Policy", "license.acceptableUsePolicy", List.of()),
            new Entry(3, "Usage Restrictions", "license.restrictions", List.of()),
            new Entry(2, "Distribution", "details.distribution", List.of()),
            new Entry(2, "Integration", "details.integration", List.of()),
            // the EU AI Act's Model Documentation Form and public summary: headings of our own, read back by them
            new Entry(2, "EU AI Act Documentation", "", List.of("euForm.lastUpdated", "euForm.documentVersion",
                    "euForm.providerLegalName", "euForm.versionsCovered", "euForm.authenticity", "euForm.unionReleaseDate",
                    "euForm.maxInputSize", "euForm.maxOutputSize", "euForm.licenceCategory", "euForm.dataModalities",
                    "euForm.dataProvenance", "euForm.dataPoints", "euForm.dataPointUnit", "euForm.trainingDays",
                    "euForm.hardwareDays", "euForm.energyUnavailable", "euForm.inferenceFlops")),
            new Entry(3, "Design Specifications of the Model", "euForm.designSpecification", List.of()),
            new Entry(3, "All Distribution Channels", "euForm.allDistributionChannels", List.of()),
            new Entry(3, "Other Assets and Their Licences", "euForm.otherAssets", List.of()),
            new Entry(3, "AI Systems It Can Be Integrated Into", "euForm.integrableSystems", List.of()),
            new Entry(3, "Required Hardware", "euForm.requiredHardware", List.of()),
            new Entry(3, "Required Software", "euForm.requiredSoftware", List.of()),
            new Entry(3, "Training Decision Rationale", "euForm.trainingRationale", List.of()),
            new Entry(3, "How the Data Was Obtained and Selected", "euForm.dataAcquisition", List.of()),
            new Entry(3, "Scope and Main Characteristics of the Data", "euForm.dataScope", List.of()),
            new Entry(3, "Measures Against Unsuitable Data Sources", "euForm.unsuitableDataMeasures", List.of()),
            new Entry(3, "Measures to Detect Biases", "euForm.biasDetection", List.of()),
            new Entry(3, "Compute Measurement Methodology", "euForm.computeMethodology", List.of()),
            new Entry(3, "Energy Measurement Methodology", "euForm.energyMethodology", List.of()),
            new Entry(3, "Inference Compute Methodology", "euForm.inferenceMethodology", List.of()),
            new Entry(2, "Public Summary of Training Content", "", List.of("trainingContent.latestCollectionDate",
                    "trainingContent.continuousTraining", "trainingContent.largePublicDatasets", "trainingContent.crawlers",
                    "trainingContent.crawlingPeriod", "trainingContent.topDomains")),
            new Entry(3, "Types of Training Content", "trainingContent.contentTypes", List.of()),
            new Entry(3, "Languages of the Training Data", "trainingContent.dataLanguages", List.of()),
            new Entry(3, "Other Characteristics of the Training Data", "trainingContent.otherCharacteristics", List.of()),
            new Entry(3, "Other Public Datasets", "trainingContent.otherPublicDatasets", List.of()),
            new Entry(3, "Data Licensed from Rightholders", "trainingContent.licensedData", List.of()),
            new Entry(3, "Other Private Third-Party Data", "trainingContent.otherPrivateData", List.of()),
            new Entry(3, "How the Crawlers Behaved", "trainingContent.crawlerBehaviour", List.of()),
            new Entry(3, "Content and Sources Crawled", "trainingContent.crawledContent", List.of()),
            new Entry(3, "User Data in Training", "trainingContent.userData", List.of()),
            new Entry(3, "Synthetic Training Data", "trainingContent.syntheticData", List.of()),
            new Entry(3, "Other Training Data Sources", "trainingContent.otherSources", List.of()),
            new Entry(3, "Text and Data Mining Opt-outs Honoured", "trainingContent.optOutMeasures", List.of()),
            new Entry(3, "Removal of Illegal Content", "trainingContent.illegalContentRemoval", List.of()),
            new Entry(3, "Other Data Processing", "trainingContent.otherProcessing", List.of()),
            new Entry(2, "Citation", "details.citationBibtex", List.of()),
            new Entry(2, "Glossary", "more.glossary", List.of()),
            new Entry(2, "More Information", "more.moreInformation", List.of()),
            new Entry(2, "Model Card Authors", "more.cardAuthors", List.of()),
            new Entry(2, "Model Card Contact", "more.cardContact", List.of()));

    /** The entries' headings normalised once, in entry order, for matching a README's headings. */
    private static final List<String> NORMALIZED = ENTRIES.stream().map(e -> HeadingMap.normalize(e.heading())).toList();

    private HubTemplate() {
    }

    /** The index of the entry whose prose or labels hold {@code fieldId}, or -1. */
    static int indexOf(String fieldId) {
        for (int i = 0; i < ENTRIES.size(); i++) {
            Entry entry = ENTRIES.get(i);
            if (entry.field().equals(fieldId) || entry.labels().contains(fieldId)) {
                return i;
            }
        }
        return fieldId.equals("details.citationApa") ? indexOf("details.citationBibtex") : -1;
    }

    /** The index of the entry with this heading (normalised), or empty. */
    static Optional<Integer> indexOfHeading(String heading) {
        int index = NORMALIZED.indexOf(HeadingMap.normalize(heading));
        if (index >= 0) {
            return Optional.of(index);
        }
        return HeadingMap.field(heading).filter(f -> !f.isEmpty()).map(HubTemplate::indexOf).filter(i -> i >= 0);
    }

    /**
     * The field (or {@link HeadingMap#GROUP}) of a heading this template writes for the EU AI Act
     * sections, which no README convention names: they are read back by the template's own headings,
     * so that import heuristics for other cards are not touched.
     */
    static Optional<String> euHeadingField(String heading) {
        String normalized = HeadingMap.normalize(heading);
        for (int i = 0; i < ENTRIES.size(); i++) {
            Entry entry = ENTRIES.get(i);
            boolean eu = entry.labels().stream().anyMatch(HubTemplate::isEuField) || isEuField(entry.field());
            if (eu && NORMALIZED.get(i).equals(normalized)) {
                return Optional.of(entry.field().isEmpty() ? HeadingMap.GROUP : entry.field());
            }
        }
        return Optional.empty();
    }

    private static boolean isEuField(String fieldId) {
        return fieldId.startsWith("euForm.") || fieldId.startsWith("trainingContent.");
    }

    /** The label a field is written under: the Hub template's where it has one. */
    static String label(String fieldId, String catalogueLabel) {
        return switch (fieldId) {
            case "details.developers" -> "Developed by";
            case "details.funders" -> "Funded by";
            case "details.sharers" -> "Shared by";
            case "details.modelType" -> "Model type";
            case "details.languages" -> "Language(s) (NLP)";
            case "license.id" -> "License";
            case "details.baseModels" -> "Finetuned from model";
            case "details.repositoryUrl" -> "Repository";
            case "details.paperUrl" -> "Paper";
            case "details.demoUrl" -> "Demo";
            case "training.regime" -> "Training regime";
            case "environment.hardware" -> "Hardware Type";
            case "environment.hours" -> "Hours used";
            case "environment.cloudProvider" -> "Cloud Provider";
            case "environment.region" -> "Compute Region";
            case "environment.co2Grams" -> "Carbon Emitted";
            default -> catalogueLabel;
        };
    }
}
