package org.modelcards.core.format.cyclonedx;

import static org.modelcards.core.format.cyclonedx.CycloneDxFormat.MISUSE_HARMED;
import static org.modelcards.core.format.cyclonedx.CycloneDxFormat.MISUSE_MITIGATION;
import static org.modelcards.core.format.cyclonedx.CycloneDxFormat.MISUSE_RISK;
import static org.modelcards.core.format.cyclonedx.CycloneDxFormat.OUT_OF_SCOPE;
import static org.modelcards.core.format.cyclonedx.CycloneDxFormat.SUMMARY;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.cyclonedx.model.Ancestors;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.ExternalReference;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalContact;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Pedigree;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.component.Tags;
import org.cyclonedx.model.component.data.ComponentData;
import org.cyclonedx.model.component.data.Content;
import org.cyclonedx.model.component.data.DatasetChoice;
import org.cyclonedx.model.component.modelCard.InputOutputParameter;
import org.cyclonedx.model.component.modelCard.ModelParameters;
import org.cyclonedx.model.component.modelCard.PerformanceMetric;
import org.cyclonedx.model.component.modelCard.QuantitativeAnalysis;
import org.cyclonedx.model.component.modelCard.consideration.EnvironmentalConsideration;
import org.cyclonedx.model.component.modelCard.consideration.Risk;
import org.cyclonedx.model.component.modelCard.consideration.consumption.Activity;
import org.cyclonedx.model.component.modelCard.consideration.consumption.EnergyConsumption;
import org.cyclonedx.model.component.modelCard.consideration.consumption.co2.CO2Measure;
import org.cyclonedx.model.component.modelCard.consideration.consumption.energy.EnergyMeasure;
import org.cyclonedx.model.component.modelCard.consideration.consumption.energy.EnergyProvider;
import org.cyclonedx.model.component.modelCard.consideration.consumption.energy.EnergySource;
import org.modelcards.core.model.Considerations;
import org.modelcards.core.model.Dataset;
import org.modelcards.core.model.Details;
import org.modelcards.core.model.Environment;
import org.modelcards.core.model.EthicalConsideration;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.FairnessAssessment;
import org.modelcards.core.model.IntendedUse;
import org.modelcards.core.model.Licensing;
import org.modelcards.core.model.MisuseRisk;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.model.Numbers;

/**
 * Maps a card onto a CycloneDX BOM whose {@code metadata.component} is the model. One use per card:
 * it also notes, by field id, why a value it met could not be written (see {@link #notes()}).
 *
 * <p>Values are written as they are (blank text too), so that reading gives them back unchanged;
 * an empty value is left out.
 */
final class CardToBom {
    /** The bom-ref prefixes that tell training from evaluation datasets in {@code modelParameters.datasets}. */
    static final String TRAINING_DATA_REF = "training-data-";
    static final String EVALUATION_DATA_REF = "evaluation-data-";
    /** The comments that tell the card's links apart among the component's external references. */
    static final String REPOSITORY = "Repository";
    static final String PAPER = "Paper";
    static final String DEMO = "Demo";
    /** The one training type CycloneDX has an activity for besides plain training. */
    static final String FINE_TUNING = Activity.FINE_TUNING.getName();
    /** The CycloneDX learning approaches, as the schema spells them. */
    static final List<String> APPROACHES = java.util.Arrays.stream(ModelParameters.Approach.ApproachType.values())
            .map(ModelParameters.Approach.ApproachType::getTypeName).toList();

    private static final Pattern IPV6ISH = Pattern.compile("\\s*[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.%]*\\s*");

    private final Map<String, String> notes = new LinkedHashMap<>();

    /** Why values of the last mapped card were not written, by field or column id. */
    Map<String, String> notes() {
        return notes;
    }

    Bom map(ModelCard card) {
        Component model = new Component();
        model.setType(Component.Type.MACHINE_LEARNING_MODEL);
        details(card.details(), model);
        licence(card.license(), model);
        properties(card, model);

        org.cyclonedx.model.component.ModelCard modelCard = new org.cyclonedx.model.component.ModelCard();
        modelCard.setModelParameters(parameters(card));
        modelCard.setQuantitativeAnalysis(analysis(card.evaluation().results()));
        modelCard.setConsiderations(considerations(card));
        model.setModelCard(modelCard);

        Metadata metadata = new Metadata();
        metadata.setTimestamp(null);
        metadata.setComponent(model);
        if (!card.more().cardAuthors().isEmpty()) {
            metadata.setAuthors(contacts(card.more().cardAuthors()));
        }
        Bom bom = new Bom();
        bom.setMetadata(metadata);
        return bom;
    }

    private void details(Details d, Component model) {
        model.setName(d.name());
        set(d.version(), model::setVersion);
        set(d.description(), model::setDescription);
        if (!d.developers().isEmpty()) {
            model.setAuthors(contacts(d.developers()));
        }
        if (d.sharers().size() == 1) {
            model.setPublisher(d.sharers().get(0));
        } else if (d.sharers().size() > 1) {
            notes.put("details.sharers", "a CycloneDX component has one publisher, so only a single sharer fits");
        }
        if (!d.tags().isEmpty()) {
            model.setTags(new Tags(d.tags()));
        }
        link("details.repositoryUrl", d.repositoryUrl(), ExternalReference.Type.VCS, REPOSITORY, model);
        link("details.paperUrl", d.paperUrl(), ExternalReference.Type.DOCUMENTATION, PAPER, model);
        link("details.demoUrl", d.demoUrl(), ExternalReference.Type.WEBSITE, DEMO, model);
        if (!d.baseModels().isEmpty()) {
            Ancestors ancestors = new Ancestors();
            for (String base : d.baseModels()) {
                Component ancestor = new Component();
                ancestor.setType(Component.Type.MACHINE_LEARNING_MODEL);
                ancestor.setName(base);
                ancestors.addComponent(ancestor);
            }
            Pedigree pedigree = new Pedigree();
            pedigree.setAncestors(ancestors);
            model.setPedigree(pedigree);
        }
    }

    private void link(String fieldId, String url, ExternalReference.Type type, String comment, Component model) {
        if (url.isEmpty()) {
            return;
        }
        if (!isIriReference(url)) {
            notes.put(fieldId, NOT_A_URL);
            return;
        }
        ExternalReference ref = new ExternalReference();
        ref.setType(type);
        ref.setUrl(url);
        ref.setComment(comment);
        model.addExternalReference(ref);
    }

    static final String NOT_A_URL = "not a URL (an RFC 3987 IRI reference), which CycloneDX requires here";

    /**
     * The licence: its SPDX id ({@code license.spdxId}, else the SPDX id the Hub id stands for) or
     * else its name (else the Hub id as a name); the Hub id itself in {@code licensing.altIds}; the
     * link as the licence URL.
     */
    private void licence(Licensing l, Component model) {
        if (!l.spdxId().isEmpty() && !Licences.isSpdx(l.spdxId())) {
            notes.put("license.spdxId", "not an SPDX licence id known to CycloneDX 1.6 (SPDX ids are case-sensitive, e.g. Apache-2.0)");
        }
        Optional<String> spdx = Licences.isSpdx(l.spdxId()) ? Optional.of(l.spdxId()) : Licences.spdxForHubId(l.id());
        License licence = new License();
        if (spdx.isPresent()) {
            licence.setId(spdx.get());
        } else if (!l.name().isEmpty()) {
            licence.setName(l.name());
        } else if (!l.id().isEmpty()) {
            licence.setName(l.id());
        } else {
            if (!l.link().isEmpty()) {
                notes.put("license.link", "CycloneDX needs a licence id or name to attach the link to");
            }
            return;
        }
        if (spdx.isPresent() && !l.name().isEmpty()) {
            notes.put("license.name", "a CycloneDX licence has an SPDX id or a name, not both; the SPDX id "
                    + spdx.get() + " is written");
        }
        if (!l.id().isEmpty()) {
            org.cyclonedx.model.Licensing licensing = new org.cyclonedx.model.Licensing();
            licensing.setAltIds(List.of(l.id()));
            licence.setLicensing(licensing);
        }
        if (!l.link().isEmpty()) {
            if (isIriReference(l.link())) {
                licence.setUrl(l.link());
            } else {
                notes.put("license.link", NOT_A_URL);
            }
        }
        LicenseChoice choice = new LicenseChoice();
        choice.addLicense(licence);
        model.setLicenses(choice);
    }

    /** The card's fields CycloneDX has no field for but asked to be kept: see {@link CycloneDxFormat}. */
    private static void properties(ModelCard card, Component model) {
        List<Property> properties = new ArrayList<>();
        if (!card.details().summary().isEmpty()) {
            properties.add(new Property(SUMMARY, card.details().summary()));
        }
        for (String use : card.intendedUse().outOfScope()) {
            properties.add(new Property(OUT_OF_SCOPE, use));
        }
        for (MisuseRisk risk : card.misuse().risks()) {
            properties.add(new Property(MISUSE_RISK, risk.risk()));
            properties.add(new Property(MISUSE_HARMED, risk.harmed()));
            properties.add(new Property(MISUSE_MITIGATION, risk.mitigation()));
        }
        if (!properties.isEmpty()) {
            model.setProperties(properties);
        }
    }

    private ModelParameters parameters(ModelCard card) {
        Details d = card.details();
        ModelParameters p = new ModelParameters();
        boolean any = false;
        Optional<ModelParameters.Approach.ApproachType> approach = approach(d.modelType());
        if (approach.isPresent()) {
            ModelParameters.Approach a = new ModelParameters.Approach();
            a.setType(approach.get());
            p.setApproach(a);
            any = true;
        }
        any |= set(d.pipelineTag(), p::setTask);
        any |= set(d.architectureFamily(), p::setArchitectureFamily);
        any |= set(d.architecture(), p::setModelArchitecture);
        List<DatasetChoice> datasets = new ArrayList<>();
        datasets(card.data().training(), "data.training", TRAINING_DATA_REF, datasets);
        datasets(card.data().evaluation(), "data.evaluation", EVALUATION_DATA_REF, datasets);
        if (!datasets.isEmpty()) {
            p.setDatasets(datasets);
            any = true;
        }
        if (!d.inputFormats().isEmpty()) {
            p.setInputs(List.of(format(d.inputFormats())));
            any = true;
        }
        if (!d.outputFormats().isEmpty()) {
            p.setOutputs(List.of(format(d.outputFormats())));
            any = true;
        }
        return any ? p : null;
    }

    private Optional<ModelParameters.Approach.ApproachType> approach(String modelType) {
        String wanted = modelType.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (ModelParameters.Approach.ApproachType type : ModelParameters.Approach.ApproachType.values()) {
            if (type.getTypeName().equals(wanted)) {
                if (!type.getTypeName().equals(modelType)) {
                    notes.put("details.modelType", "written as the CycloneDX learning approach \"" + type.getTypeName()
                            + "\"; the spelling \"" + modelType + "\" is not kept");
                }
                return Optional.of(type);
            }
        }
        if (!modelType.isBlank()) {
            notes.put("details.modelType", "CycloneDX's model type is a learning approach: " + String.join(", ", APPROACHES));
        }
        return Optional.empty();
    }

    private static InputOutputParameter format(String text) {
        InputOutputParameter parameter = new InputOutputParameter();
        parameter.setFormat(text);
        return parameter;
    }

    private void datasets(List<Dataset> rows, String tableId, String refPrefix, List<DatasetChoice> into) {
        for (int i = 0; i < rows.size(); i++) {
            Dataset row = rows.get(i);
            ComponentData data = new ComponentData();
            data.setType(ComponentData.ComponentDataType.DATASET);
            data.setBomRef(refPrefix + (i + 1));
            set(row.name(), data::setName);
            set(row.description(), data::setDescription);
            if (!row.link().isEmpty()) {
                if (isIriReference(row.link())) {
                    Content contents = new Content();
                    contents.setUrl(row.link());
                    data.setContents(contents);
                } else {
                    notes.put(tableId + ".link", NOT_A_URL);
                }
            }
            if (!row.sensitiveData().isEmpty()) {
                data.setSensitiveData(List.of(row.sensitiveData()));
            }
            DatasetChoice choice = new DatasetChoice();
            choice.setComponentData(data);
            into.add(choice);
        }
    }

    private static QuantitativeAnalysis analysis(List<EvalResult> results) {
        if (results.isEmpty()) {
            return null;
        }
        List<PerformanceMetric> metrics = new ArrayList<>();
        for (EvalResult r : results) {
            PerformanceMetric metric = new PerformanceMetric();
            set(r.metricType(), metric::setType);
            set(r.value(), metric::setValue);
            set(r.slice(), metric::setSlice);
            if (!r.ciLow().isEmpty() || !r.ciHigh().isEmpty()) {
                PerformanceMetric.ConfidenceInterval interval = new PerformanceMetric.ConfidenceInterval();
                set(r.ciLow(), interval::setLowerBound);
                set(r.ciHigh(), interval::setUpperBound);
                metric.setConfidenceInterval(interval);
            }
            metrics.add(metric);
        }
        QuantitativeAnalysis analysis = new QuantitativeAnalysis();
        analysis.setPerformanceMetrics(metrics);
        return analysis;
    }

    private org.cyclonedx.model.component.modelCard.Considerations considerations(ModelCard card) {
        IntendedUse use = card.intendedUse();
        Considerations bias = card.bias();
        var c = new org.cyclonedx.model.component.modelCard.Considerations();
        boolean any = false;
        if (!use.primaryUsers().isEmpty()) {
            c.setUsers(use.primaryUsers());
            any = true;
        }
        // positional: direct use first, downstream use second
        if (!use.downstreamUse().isEmpty()) {
            c.setUseCases(List.of(use.directUse(), use.downstreamUse()));
            any = true;
        } else if (!use.directUse().isEmpty()) {
            c.setUseCases(List.of(use.directUse()));
            any = true;
        }
        if (!bias.limitations().isEmpty()) {
            c.setTechnicalLimitations(List.of(bias.limitations()));
            any = true;
        }
        if (!bias.tradeoffs().isEmpty()) {
            c.setPerformanceTradeoffs(List.of(bias.tradeoffs()));
            any = true;
        }
        if (!bias.ethical().isEmpty()) {
            List<Risk> risks = new ArrayList<>();
            for (EthicalConsideration e : bias.ethical()) {
                Risk risk = new Risk();
                set(e.name(), risk::setName);
                set(e.mitigation(), risk::setMitigationStrategy);
                risks.add(risk);
            }
            c.setEthicalConsiderations(risks);
            any = true;
        }
        if (!bias.fairness().isEmpty()) {
            List<org.cyclonedx.model.component.modelCard.consideration.FairnessAssessment> assessments = new ArrayList<>();
            for (FairnessAssessment f : bias.fairness()) {
                var a = new org.cyclonedx.model.component.modelCard.consideration.FairnessAssessment();
                set(f.group(), a::setGroupAtRisk);
                set(f.benefits(), a::setBenefits);
                set(f.harms(), a::setHarms);
                set(f.mitigation(), a::setMitigationStrategy);
                assessments.add(a);
            }
            c.setFairnessAssessments(assessments);
            any = true;
        }
        EnvironmentalConsideration environment = environment(card.environment());
        if (environment != null) {
            c.setEnvironmentalConsiderations(environment);
            any = true;
        }
        return any ? c : null;
    }

    /**
     * One energy consumption for training (or fine-tuning): the energy in kWh, the CO2 converted from
     * grams to tonnes of CO2 equivalent, the cloud provider as the energy provider. CycloneDX requires
     * the energy, so without it nothing of the environment is written.
     */
    private EnvironmentalConsideration environment(Environment e) {
        Optional<Double> kwh = number("environment.energyKwh", e.energyKwh(), BigDecimal.ONE,
                "CycloneDX records energy as a number of kWh");
        if (kwh.isEmpty()) {
            String why = "CycloneDX records it only together with the training energy in kWh (environment.energyKwh), which "
                    + (e.energyKwh().isBlank() ? "the card does not give" : "is not a number");
            for (String id : List.of("environment.co2Grams", "environment.cloudProvider", "environment.trainingType")) {
                notes.putIfAbsent(id, why);
            }
            return null;
        }
        EnergyConsumption consumption = new EnergyConsumption();
        consumption.setActivity(FINE_TUNING.equals(e.trainingType()) ? Activity.FINE_TUNING : Activity.TRAINING);
        if (!e.trainingType().isBlank() && !FINE_TUNING.equals(e.trainingType())) {
            notes.put("environment.trainingType", "CycloneDX's activity here is training or fine-tuning; only \""
                    + FINE_TUNING + "\" is kept");
        }
        consumption.setActivityEnergyCost(energy(kwh.get()));
        OrganizationalEntity organization = new OrganizationalEntity();
        set(e.cloudProvider(), organization::setName);
        EnergyProvider provider = new EnergyProvider();
        provider.setOrganization(organization);
        provider.setEnergySource(EnergySource.UNKNOWN);
        provider.setEnergyProvided(energy(kwh.get()));
        consumption.setEnergyProviders(List.of(provider));
        number("environment.co2Grams", e.co2Grams(), GRAMS_PER_TONNE,
                "CycloneDX records CO2 as a number (converted from grams to tonnes of CO2 equivalent)")
                .ifPresent(tonnes -> {
                    CO2Measure co2 = new CO2Measure();
                    co2.setValue(tonnes);
                    co2.setUnit(org.cyclonedx.model.component.modelCard.consideration.consumption.co2.Unit.TCO2EQ);
                    consumption.setCo2CostEquivalent(co2);
                });
        EnvironmentalConsideration environment = new EnvironmentalConsideration();
        environment.setEnergyConsumptions(List.of(consumption));
        return environment;
    }

    static final BigDecimal GRAMS_PER_TONNE = BigDecimal.valueOf(1_000_000);

    private static EnergyMeasure energy(double kwh) {
        EnergyMeasure measure = new EnergyMeasure();
        measure.setValue(kwh);
        measure.setUnit(org.cyclonedx.model.component.modelCard.consideration.consumption.energy.Unit.KWH);
        return measure;
    }

    /** {@code text} divided by {@code divisor} as a finite double, or empty with a note why not. */
    private Optional<Double> number(String fieldId, String text, BigDecimal divisor, String why) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        Optional<Double> value = Numbers.parse(text)
                .map(n -> n.divide(divisor))
                .map(BigDecimal::doubleValue)
                .filter(Double::isFinite);
        if (value.isEmpty()) {
            notes.put(fieldId, why);
        }
        return value;
    }

    private static List<OrganizationalContact> contacts(List<String> names) {
        List<OrganizationalContact> contacts = new ArrayList<>();
        for (String name : names) {
            OrganizationalContact contact = new OrganizationalContact();
            contact.setName(name);
            contacts.add(contact);
        }
        return contacts;
    }

    /** Sets a non-empty value; says whether it did. */
    private static boolean set(String value, Consumer<String> setter) {
        if (value.isEmpty()) {
            return false;
        }
        setter.accept(value);
        return true;
    }

    /**
     * Whether CycloneDX's schema accepts {@code text} as an {@code iri-reference}, checked the way
     * its validator does (java.net.URI, no brackets in the query), a little more strictly.
     */
    static boolean isIriReference(String text) {
        try {
            URI uri = new URI(text);
            String authority = uri.getRawAuthority();
            String query = uri.getRawQuery();
            return (authority == null || !IPV6ISH.matcher(authority).matches())
                    && (query == null || (query.indexOf('[') < 0 && query.indexOf(']') < 0));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
