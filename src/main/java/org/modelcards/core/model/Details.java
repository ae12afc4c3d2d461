package org.modelcards.core.model;

import java.util.List;

/**
 * What the model is: identity, provenance, shape and where to find it.
 *
 * <p>Numbers (parameter count, context window) are kept as the text the author wrote, so that a
 * value such as {@code "7e9"} survives a round trip and a malformed one can be reported rather than
 * lost; {@link Numbers} reads them.
 */
public record Details(
        String name,
        String summary,
        String description,
        String version,
        String releaseDate,
        List<String> developers,
        List<String> funders,
        List<String> sharers,
        String contact,
        String modelType,
        String architecture,
        String architectureFamily,
        String parameterCount,
        String contextWindow,
        String inputFormats,
        String outputFormats,
        List<String> baseModels,
        String baseModelRelation,
        List<String> languages,
        String libraryName,
        String pipelineTag,
        List<String> tags,
        String repositoryUrl,
        String paperUrl,
        String demoUrl,
        String citationBibtex,
        String citationApa,
        String distribution,
        String integration) {

    public static final Details EMPTY = new Details(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    public Details {
        name = Values.text(name);
        summary = Values.text(summary);
        description = Values.text(description);
        version = Values.text(version);
        releaseDate = Values.text(releaseDate);
        developers = Values.list(developers);
        funders = Values.list(funders);
        sharers = Values.list(sharers);
        contact = Values.text(contact);
        modelType = Values.text(modelType);
        architecture = Values.text(architecture);
        architectureFamily = Values.text(architectureFamily);
        parameterCount = Values.text(parameterCount);
        contextWindow = Values.text(contextWindow);
        inputFormats = Values.text(inputFormats);
        outputFormats = Values.text(outputFormats);
        baseModels = Values.list(baseModels);
        baseModelRelation = Values.text(baseModelRelation);
        languages = Values.list(languages);
        libraryName = Values.text(libraryName);
        pipelineTag = Values.text(pipelineTag);
        tags = Values.list(tags);
        repositoryUrl = Values.text(repositoryUrl);
        paperUrl = Values.text(paperUrl);
        demoUrl = Values.text(demoUrl);
        citationBibtex = Values.text(citationBibtex);
        citationApa = Values.text(citationApa);
        distribution = Values.text(distribution);
        integration = Values.text(integration);
    }

    public Details withName(String v) { return new Details(v, summary, description, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withSummary(String v) { return new Details(name, v, description, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withDescription(String v) { return new Details(name, summary, v, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withVersion(String v) { return new Details(name, summary, description, v, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withReleaseDate(String v) { return new Details(name, summary, description, version, v, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withDevelopers(List<String> v) { return new Details(name, summary, description, version, releaseDate, v, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withFunders(List<String> v) { return new Details(name, summary, description, version, releaseDate, developers, v, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withSharers(List<String> v) { return new Details(name, summary, description, version, releaseDate, developers, funders, v, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withContact(String v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, v, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withModelType(String v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, contact, v, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withArchitecture(String v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, contact, modelType, v, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withArchitectureFamily(String v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, v, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withParameterCount(String v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, v, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withContextWindow(String v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, v, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withInputFormats(String v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, v, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withOutputFormats(String v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, v, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withBaseModels(List<String> v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, v, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withBaseModelRelation(String v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, v, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withLanguages(List<String> v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, v, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withLibraryName(String v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, v, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withPipelineTag(String v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, v, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withTags(List<String> v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, v, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withRepositoryUrl(String v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, v, paperUrl, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withPaperUrl(String v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, v, demoUrl, citationBibtex, citationApa, distribution, integration); }
    public Details withDemoUrl(String v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, v, citationBibtex, citationApa, distribution, integration); }
    public Details withCitationBibtex(String v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, v, citationApa, distribution, integration); }
    public Details withCitationApa(String v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, v, distribution, integration); }
    public Details withDistribution(String v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, v, integration); }
    public Details withIntegration(String v) { return new Details(name, summary, description, version, releaseDate, developers, funders, sharers, contact, modelType, architecture, architectureFamily, parameterCount, contextWindow, inputFormats, outputFormats, baseModels, baseModelRelation, languages, libraryName, pipelineTag, tags, repositoryUrl, paperUrl, demoUrl, citationBibtex, citationApa, distribution, v); }
}
