package org.modelcards.core.model;

/** The environmental cost of training: hardware, time, place, CO2 (grams, as the Hub records it) and energy. */
public record Environment(
        String hardware,
        String hours,
        String cloudProvider,
        String region,
        String co2Grams,
        String energyKwh,
        String source,
        String trainingType,
        boolean estimated) {

    public static final Environment EMPTY = new Environment(null, null, null, null, null, null, null, null, false);

    public Environment {
        hardware = Values.text(hardware);
        hours = Values.text(hours);
        cloudProvider = Values.text(cloudProvider);
        region = Values.text(region);
        co2Grams = Values.text(co2Grams);
        energyKwh = Values.text(energyKwh);
        source = Values.text(source);
        trainingType = Values.text(trainingType);
    }

    public Environment withHardware(String v) { return new Environment(v, hours, cloudProvider, region, co2Grams, energyKwh, source, trainingType, estimated); }
    public Environment withHours(String v) { return new Environment(hardware, v, cloudProvider, region, co2Grams, energyKwh, source, trainingType, estimated); }
    public Environment withCloudProvider(String v) { return new Environment(hardware, hours, v, region, co2Grams, energyKwh, source, trainingType, estimated); }
    public Environment withRegion(String v) { return new Environment(hardware, hours, cloudProvider, v, co2Grams, energyKwh, source, trainingType, estimated); }
    public Environment withCo2Grams(String v) { return new Environment(hardware, hours, cloudProvider, region, v, energyKwh, source, trainingType, estimated); }
    public Environment withEnergyKwh(String v) { return new Environment(hardware, hours, cloudProvider, region, co2Grams, v, source, trainingType, estimated); }
    public Environment withSource(String v) { return new Environment(hardware, hours, cloudProvider, region, co2Grams, energyKwh, v, trainingType, estimated); }
    public Environment withTrainingType(String v) { return new Environment(hardware, hours, cloudProvider, region, co2Grams, energyKwh, source, v, estimated); }
    public Environment withEstimated(boolean v) { return new Environment(hardware, hours, cloudProvider, region, co2Grams, energyKwh, source, trainingType, v); }
}
