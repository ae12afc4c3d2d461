package org.modelcards.core.format.cyclonedx;

import static org.modelcards.core.format.cyclonedx.BomValues.set;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.component.modelCard.consideration.EnvironmentalConsideration;
import org.cyclonedx.model.component.modelCard.consideration.consumption.Activity;
import org.cyclonedx.model.component.modelCard.consideration.consumption.EnergyConsumption;
import org.cyclonedx.model.component.modelCard.consideration.consumption.co2.CO2Measure;
import org.cyclonedx.model.component.modelCard.consideration.consumption.energy.EnergyMeasure;
import org.cyclonedx.model.component.modelCard.consideration.consumption.energy.EnergyProvider;
import org.cyclonedx.model.component.modelCard.consideration.consumption.energy.EnergySource;
import org.modelcards.core.model.Environment;
import org.modelcards.core.model.Numbers;

/** Maps the card's training energy, CO2 and cloud provider onto CycloneDX's {@code environmentalConsiderations}. */
final class EnvironmentMapping {
    /** The one training type CycloneDX has an activity for besides plain training. */
    static final String FINE_TUNING = Activity.FINE_TUNING.getName();
    static final BigDecimal GRAMS_PER_TONNE = BigDecimal.valueOf(1_000_000);

    private final MappingNotes notes;

    EnvironmentMapping(MappingNotes notes) {
        this.notes = notes;
    }

    /**
     * One energy consumption for training (or fine-tuning): the energy in kWh, the CO2 converted from
     * grams to tonnes of CO2 equivalent, the cloud provider as the energy provider. CycloneDX requires
     * the energy, so without it nothing of the environment is written.
     */
    EnvironmentalConsideration environment(Environment e) {
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
}
