package org.modelcards.core.format.cyclonedx;

import static org.modelcards.core.format.cyclonedx.CycloneDxFormat.MISUSE_HARMED;
import static org.modelcards.core.format.cyclonedx.CycloneDxFormat.MISUSE_MITIGATION;
import static org.modelcards.core.format.cyclonedx.CycloneDxFormat.MISUSE_RISK;
import static org.modelcards.core.format.cyclonedx.CycloneDxFormat.OUT_OF_SCOPE;
import static org.modelcards.core.format.cyclonedx.CycloneDxFormat.SUMMARY;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.ExternalReference;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.OrganizationalContact;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.component.data.ComponentData;
import org.cyclonedx.model.component.data.DatasetChoice;
import org.cyclonedx.model.component.modelCard.InputOutputParameter;
import org.cyclonedx.model.component.modelCard.ModelParameters;
import org.cyclonedx.model.component.modelCard.PerformanceMetric;
import org.cyclonedx.model.component.modelCard.consideration.Risk;
import org.cyclonedx.model.component.modelCard.consideration.consumption.Activity;
import org.cyclonedx.model.component.modelCard.consideration.consumption.EnergyConsumption;
import org.cyclonedx.model.component.modelCard.consideration.consumption.energy.EnergyProvider;
import org.modelcards.core.model.Considerations;
import org.modelcards.core.model.DataSources;
import org.modelcards.core.model.Dataset;
import org.modelcards.core.model.Details;
import org.modelcards.core.model.Environment;
import org.modelcards.core.model.EthicalConsideration;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.Evaluation;
import org.modelcards.core.model.FairnessAssessment;
import org.modelcards.core.model.IntendedUse;
import org.modelcards.core.model.Licensing;
import org.modelcards.core.model.Misuse;
import org.modelcards.core.model.MisuseRisk;
import org.modelcards.core.model.ModelCard;

/**
 * Reads the model component of a CycloneDX BOM back into a card: the inverse of {@link CardToBom},
 * and lenient with BOMs from other tools (absent values are empty, extra ones are ignored).
 */
final class BomToCard {
    /** Joins several CycloneDX list items that the card holds as one text. */
    private static final String PARAGRAPH = "\n\n";

    private BomToCard() {
    }

    /**
     * The component the card is read from: the first, in document order starting with
     * {@code metadata.component}, that has a model card, else the first machine-learning model.
     */
    static Optional<Component> modelComponent(Bom bom) {
        List<Component> all = new ArrayList<>();
        if (bom.getMetadata() != null && bom.getMetadata().getComponent() != null) {
            collect(bom.getMetadata().getComponent(), all);
        }
        for (Component c : list(bom.getComponents())) {
            collect(c, all);
        }
        return all.stream().filter(c -> c.getModelCard() != null).findFirst()
                .or(() -> all.stream().filter(c -> c.getType() == Component.Type.MACHINE_LEARNING_MODEL).findFirst());
    }

    private static void collect(Component component, List<Component> into) {
        into.add(component);
        for (Component child : list(component.getComponents())) {
            collect(child, into);
        }
    }

    static ModelCard read(Bom bom, Component model) {
        var card = model.getModelCard() == null ? new org.cyclonedx.model.component.ModelCard() : model.getModelCard();
        var considerations = card.getConsiderations() == null
                ? new org.cyclonedx.model.component.modelCard.Considerations() : card.getConsiderations();
        ModelParameters parameters = card.getModelParameters() == null ? new ModelParameters() : card.getModelParameters();
        List<String> cardAuthors = bom.getMetadata() == null ? List.of() : names(bom.getMetadata().getAuthors());
        return ModelCard.EMPTY
                .withDetails(details(model, parameters))
                .withLicense(licence(model.getLicenses()))
                .withIntendedUse(intendedUse(model, considerations))
                .withMisuse(new Misuse(misuse(list(model.getProperties()))))
                .withBias(bias(considerations))
                .withData(data(parameters))
                .withEvaluation(Evaluation.EMPTY.withResults(results(card)))
                .withEnvironment(environment(considerations))
                .withMore(ModelCard.EMPTY.more().withCardAuthors(cardAuthors));
    }

    @SuppressWarnings("deprecation") // Component.author: the single author of BOMs before 1.6
    private static Details details(Component model, ModelParameters p) {
        List<String> developers = names(model.getAuthors());
        if (developers.isEmpty() && model.getAuthor() != null) {
            developers = List.of(model.getAuthor());
        }
        List<ExternalReference> refs = list(model.getExternalReferences());
        List<String> bases = model.getPedigree() == null || model.getPedigree().getAncestors() == null ? List.of()
                : list(model.getPedigree().getAncestors().getComponents()).stream().map(c -> text(c.getName())).toList();
        return Details.EMPTY
                .withName(text(model.getName()))
                .withSummary(properties(model.getProperties(), SUMMARY).findFirst().orElse(""))
                .withDescription(text(model.getDescription()))
                .withVersion(text(model.getVersion()))
                .withDevelopers(developers)
                .withSharers(model.getPublisher() == null ? List.of() : List.of(model.getPublisher()))
                .withModelType(p.getApproach() == null || p.getApproach().getType() == null ? ""
                        : p.getApproach().getType().getTypeName())
                .withArchitecture(text(p.getModelArchitecture()))
                .withArchitectureFamily(text(p.getArchitectureFamily()))
                .withInputFormats(formats(p.getInputs()))
                .withOutputFormats(formats(p.getOutputs()))
                .withBaseModels(bases)
                .withPipelineTag(text(p.getTask()))
                .withTags(model.getTags() == null ? List.of() : list(model.getTags().getTags()).stream().map(BomToCard::text).toList())
                .withRepositoryUrl(link(refs, CardToBom.REPOSITORY, ExternalReference.Type.VCS))
                .withPaperUrl(link(refs, CardToBom.PAPER, null))
                .withDemoUrl(link(refs, CardToBom.DEMO, null));
    }

    /** The URL of the reference with this comment, else (if {@code type} is given) of the first of this type. */
    private static String link(List<ExternalReference> refs, String comment, ExternalReference.Type type) {
        return refs.stream().filter(r -> comment.equalsIgnoreCase(r.getComment())).findFirst()
                .or(() -> refs.stream().filter(r -> type != null && r.getType() == type).findFirst())
                .map(r -> text(r.getUrl())).orElse("");
    }

    private static String formats(List<InputOutputParameter> parameters) {
        return String.join(", ", list(parameters).stream().map(p -> text(p.getFormat())).toList());
    }

    /**
     * The first licence: an SPDX id goes to {@code spdxId}, a name to {@code name} (unless it is only
     * the Hub id repeated, as the writer does when a card has no name), the first alternative id to
     * the Hub id, the URL to the link. An SPDX expression is kept as the SPDX id.
     */
    private static Licensing licence(LicenseChoice choice) {
        if (choice == null) {
            return Licensing.EMPTY;
        }
        if (list(choice.getLicenses()).isEmpty()) {
            return choice.getExpression() == null ? Licensing.EMPTY
                    : Licensing.EMPTY.withSpdxId(text(choice.getExpression().getValue()));
        }
        License l = choice.getLicenses().get(0);
        String hubId = l.getLicensing() == null ? "" : list(l.getLicensing().getAltIds()).stream().findFirst().orElse("");
        String name = text(l.getName());
        if (l.getId() == null && name.equals(hubId)) {
            name = "";
        }
        return Licensing.EMPTY.withId(text(hubId)).withSpdxId(text(l.getId())).withName(name).withLink(text(l.getUrl()));
    }

    private static IntendedUse intendedUse(Component model, org.cyclonedx.model.component.modelCard.Considerations c) {
        List<String> useCases = list(c.getUseCases()).stream().map(BomToCard::text).toList();
        return IntendedUse.EMPTY
                .withDirectUse(useCases.isEmpty() ? "" : useCases.get(0))
                .withDownstreamUse(useCases.size() < 2 ? "" : String.join(PARAGRAPH, useCases.subList(1, useCases.size())))
                .withPrimaryUsers(list(c.getUsers()).stream().map(BomToCard::text).toList())
                .withOutOfScope(properties(model.getProperties(), OUT_OF_SCOPE).toList());
    }

    /** Misuse risks: each {@code risk} property starts a row; {@code harmed} and {@code mitigation} fill the current one. */
    private static List<MisuseRisk> misuse(List<Property> properties) {
        List<MisuseRisk> risks = new ArrayList<>();
        MisuseRisk current = null;
        boolean harmedSet = false;
        boolean mitigationSet = false;
        for (Property p : properties) {
            String name = p.getName();
            String value = text(p.getValue());
            boolean startsRow = MISUSE_RISK.equals(name)
                    || MISUSE_HARMED.equals(name) && (current == null || harmedSet)
                    || MISUSE_MITIGATION.equals(name) && (current == null || mitigationSet);
            if (startsRow) {
                if (current != null) {
                    risks.add(current);
                }
                current = MisuseRisk.EMPTY;
                harmedSet = false;
                mitigationSet = false;
            }
            if (MISUSE_RISK.equals(name)) {
                current = current.withRisk(value);
            } else if (MISUSE_HARMED.equals(name)) {
                current = current.withHarmed(value);
                harmedSet = true;
            } else if (MISUSE_MITIGATION.equals(name)) {
                current = current.withMitigation(value);
                mitigationSet = true;
            }
        }
        if (current != null) {
            risks.add(current);
        }
        return risks;
    }

    private static Considerations bias(org.cyclonedx.model.component.modelCard.Considerations c) {
        List<EthicalConsideration> ethical = list(c.getEthicalConsiderations()).stream()
                .map((Risk r) -> new EthicalConsideration(text(r.getName()), text(r.getMitigationStrategy()))).toList();
        List<FairnessAssessment> fairness = list(c.getFairnessAssessments()).stream()
                .map(f -> new FairnessAssessment(text(f.getGroupAtRisk()), text(f.getBenefits()), text(f.getHarms()),
                        text(f.getMitigationStrategy()))).toList();
        return Considerations.EMPTY
                .withLimitations(joined(c.getTechnicalLimitations()))
                .withTradeoffs(joined(c.getPerformanceTradeoffs()))
                .withEthical(ethical)
                .withFairness(fairness);
    }

    /** Datasets whose bom-ref starts with {@code evaluation-data-} are evaluation data; all others training data. */
    private static DataSources data(ModelParameters p) {
        List<Dataset> training = new ArrayList<>();
        List<Dataset> evaluation = new ArrayList<>();
        for (DatasetChoice choice : list(p.getDatasets())) {
            ComponentData d = choice.getComponentData();
            if (d == null) {
                training.add(Dataset.EMPTY.withName(text(choice.getRef())));
                continue;
            }
            Dataset dataset = Dataset.EMPTY
                    .withName(text(d.getName()))
                    .withDescription(text(d.getDescription()))
                    .withLink(d.getContents() == null ? "" : text(d.getContents().getUrl()))
                    .withSensitiveData(joined(d.getSensitiveData()));
            boolean isEvaluation = d.getBomRef() != null && d.getBomRef().startsWith(CardToBom.EVALUATION_DATA_REF);
            (isEvaluation ? evaluation : training).add(dataset);
        }
        return new DataSources(training, evaluation);
    }

    private static List<EvalResult> results(org.cyclonedx.model.component.ModelCard card) {
        if (card.getQuantitativeAnalysis() == null) {
            return List.of();
        }
        List<EvalResult> results = new ArrayList<>();
        for (PerformanceMetric m : list(card.getQuantitativeAnalysis().getPerformanceMetrics())) {
            PerformanceMetric.ConfidenceInterval ci = m.getConfidenceInterval();
            results.add(EvalResult.EMPTY
                    .withMetricType(text(m.getType()))
                    .withValue(text(m.getValue()))
                    .withSlice(text(m.getSlice()))
                    .withCiLow(ci == null ? "" : text(ci.getLowerBound()))
                    .withCiHigh(ci == null ? "" : text(ci.getUpperBound())));
        }
        return results;
    }

    /**
     * The training (or fine-tuning) energy consumption, else the first one: energy in kWh, CO2 from
     * tonnes back to grams, the first provider's organisation as the cloud provider. The activity is
     * kept as the training type unless it is plain training, the default.
     */
    private static Environment environment(org.cyclonedx.model.component.modelCard.Considerations c) {
        if (c.getEnvironmentalConsiderations() == null) {
            return Environment.EMPTY;
        }
        List<EnergyConsumption> consumptions = list(c.getEnvironmentalConsiderations().getEnergyConsumptions());
        Optional<EnergyConsumption> found = consumptions.stream()
                .filter(e -> e.getActivity() == Activity.TRAINING || e.getActivity() == Activity.FINE_TUNING).findFirst()
                .or(() -> consumptions.stream().findFirst());
        if (found.isEmpty()) {
            return Environment.EMPTY;
        }
        EnergyConsumption e = found.get();
        String cloud = list(e.getEnergyProviders()).stream().map(EnergyProvider::getOrganization).filter(Objects::nonNull)
                .map(o -> text(o.getName())).findFirst().orElse("");
        return Environment.EMPTY
                .withEnergyKwh(e.getActivityEnergyCost() == null ? "" : decimal(e.getActivityEnergyCost().getValue(), 0))
                .withCo2Grams(e.getCo2CostEquivalent() == null ? "" : decimal(e.getCo2CostEquivalent().getValue(), 6))
                .withCloudProvider(cloud)
                .withTrainingType(e.getActivity() == null || e.getActivity() == Activity.TRAINING ? "" : e.getActivity().getName());
    }

    /** {@code value} × 10^{@code shift} as plain decimal text: 0.000374 t with shift 6 is "374". */
    static String decimal(double value, int shift) {
        if (!Double.isFinite(value)) {
            return "";
        }
        BigDecimal exact = BigDecimal.valueOf(value).movePointRight(shift).stripTrailingZeros();
        return exact.signum() == 0 ? "0" : exact.toPlainString();
    }

    private static Stream<String> properties(List<Property> properties, String name) {
        return list(properties).stream().filter(p -> name.equals(p.getName())).map(p -> text(p.getValue()));
    }

    private static String joined(List<String> items) {
        return String.join(PARAGRAPH, list(items).stream().map(BomToCard::text).toList());
    }

    private static List<String> names(List<OrganizationalContact> contacts) {
        return list(contacts).stream().map(OrganizationalContact::getName).map(BomToCard::text).toList();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
