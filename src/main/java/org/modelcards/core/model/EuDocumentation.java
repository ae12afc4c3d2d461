package org.modelcards.core.model;

import java.util.List;

/**
 * What the EU GPAI Code of Practice's Model Documentation Form asks that no other part of the card
 * holds: provider, authenticity, design rationale, data, compute and energy details (AI Act Annex XI
 * and XII). Numbers are kept as written, as {@link Details} keeps them.
 *
 * <pre>{@code
 * EuDocumentation form = EuDocumentation.EMPTY.withProviderLegalName("Ostrea Lab B.V.").withTrainingDays("95");
 * }</pre>
 */
public record EuDocumentation(
        String lastUpdated,
        String documentVersion,
        String providerLegalName,
        List<String> versionsCovered,
        String authenticity,
        String unionReleaseDate,
        String designSpecification,
        String maxInputSize,
        String maxOutputSize,
        String allDistributionChannels,
        String licenceCategory,
        String otherAssets,
        String integrableSystems,
        String requiredHardware,
        String requiredSoftware,
        String trainingRationale,
        List<String> dataModalities,
        List<String> dataProvenance,
        String dataAcquisition,
        String dataPoints,
        String dataPointUnit,
        String dataScope,
        String unsuitableDataMeasures,
        String biasDetection,
        String trainingDays,
        String hardwareDays,
        String computeMethodology,
        String energyUnavailable,
        String energyMethodology,
        String inferenceFlops,
        String inferenceMethodology) {

    public static final EuDocumentation EMPTY = new EuDocumentation(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public EuDocumentation {
        lastUpdated = Values.text(lastUpdated);
        documentVersion = Values.text(documentVersion);
        providerLegalName = Values.text(providerLegalName);
        versionsCovered = Values.list(versionsCovered);
        authenticity = Values.text(authenticity);
        unionReleaseDate = Values.text(unionReleaseDate);
        designSpecification = Values.text(designSpecification);
        maxInputSize = Values.text(maxInputSize);
        maxOutputSize = Values.text(maxOutputSize);
        allDistributionChannels = Values.text(allDistributionChannels);
        licenceCategory = Values.text(licenceCategory);
        otherAssets = Values.text(otherAssets);
        integrableSystems = Values.text(integrableSystems);
        requiredHardware = Values.text(requiredHardware);
        requiredSoftware = Values.text(requiredSoftware);
        trainingRationale = Values.text(trainingRationale);
        dataModalities = Values.list(dataModalities);
        dataProvenance = Values.list(dataProvenance);
        dataAcquisition = Values.text(dataAcquisition);
        dataPoints = Values.text(dataPoints);
        dataPointUnit = Values.text(dataPointUnit);
        dataScope = Values.text(dataScope);
        unsuitableDataMeasures = Values.text(unsuitableDataMeasures);
        biasDetection = Values.text(biasDetection);
        trainingDays = Values.text(trainingDays);
        hardwareDays = Values.text(hardwareDays);
        computeMethodology = Values.text(computeMethodology);
        energyUnavailable = Values.text(energyUnavailable);
        energyMethodology = Values.text(energyMethodology);
        inferenceFlops = Values.text(inferenceFlops);
        inferenceMethodology = Values.text(inferenceMethodology);
    }

    public EuDocumentation withLastUpdated(String v) { return new EuDocumentation(v, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withDocumentVersion(String v) { return new EuDocumentation(lastUpdated, v, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withProviderLegalName(String v) { return new EuDocumentation(lastUpdated, documentVersion, v, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withVersionsCovered(List<String> v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, v, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withAuthenticity(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, v, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withUnionReleaseDate(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, v, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withDesignSpecification(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, v, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withMaxInputSize(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, v, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withMaxOutputSize(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, v, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withAllDistributionChannels(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, v, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withLicenceCategory(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, v, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withOtherAssets(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, v, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withIntegrableSystems(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, v, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withRequiredHardware(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, v, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withRequiredSoftware(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, v, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withTrainingRationale(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, v, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withDataModalities(List<String> v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, v, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withDataProvenance(List<String> v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, v, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withDataAcquisition(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, v, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withDataPoints(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, v, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withDataPointUnit(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, v, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withDataScope(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, v, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withUnsuitableDataMeasures(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, v, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withBiasDetection(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, v, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withTrainingDays(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, v, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withHardwareDays(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, v, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withComputeMethodology(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, v, energyUnavailable, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withEnergyUnavailable(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, v, energyMethodology, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withEnergyMethodology(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, v, inferenceFlops, inferenceMethodology); }
    public EuDocumentation withInferenceFlops(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, v, inferenceMethodology); }
    public EuDocumentation withInferenceMethodology(String v) { return new EuDocumentation(lastUpdated, documentVersion, providerLegalName, versionsCovered, authenticity, unionReleaseDate, designSpecification, maxInputSize, maxOutputSize, allDistributionChannels, licenceCategory, otherAssets, integrableSystems, requiredHardware, requiredSoftware, trainingRationale, dataModalities, dataProvenance, dataAcquisition, dataPoints, dataPointUnit, dataScope, unsuitableDataMeasures, biasDetection, trainingDays, hardwareDays, computeMethodology, energyUnavailable, energyMethodology, inferenceFlops, v); }
}
