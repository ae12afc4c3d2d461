package org.modelcards.core.model;

/** How the model was trained, and with how much compute. */
public record Training(
        String procedure,
        String preprocessing,
        String regime,
        String hyperparameters,
        String speedsSizesTimes,
        String hardware,
        String hours,
        String flops) {

    public static final Training EMPTY = new Training(null, null, null, null, null, null, null, null);

    public Training {
        procedure = Values.text(procedure);
        preprocessing = Values.text(preprocessing);
        regime = Values.text(regime);
        hyperparameters = Values.text(hyperparameters);
        speedsSizesTimes = Values.text(speedsSizesTimes);
        hardware = Values.text(hardware);
        hours = Values.text(hours);
        flops = Values.text(flops);
    }

    public Training withProcedure(String v) { return new Training(v, preprocessing, regime, hyperparameters, speedsSizesTimes, hardware, hours, flops); }
    public Training withPreprocessing(String v) { return new Training(procedure, v, regime, hyperparameters, speedsSizesTimes, hardware, hours, flops); }
    public Training withRegime(String v) { return new Training(procedure, preprocessing, v, hyperparameters, speedsSizesTimes, hardware, hours, flops); }
    public Training withHyperparameters(String v) { return new Training(procedure, preprocessing, regime, v, speedsSizesTimes, hardware, hours, flops); }
    public Training withSpeedsSizesTimes(String v) { return new Training(procedure, preprocessing, regime, hyperparameters, v, hardware, hours, flops); }
    public Training withHardware(String v) { return new Training(procedure, preprocessing, regime, hyperparameters, speedsSizesTimes, v, hours, flops); }
    public Training withHours(String v) { return new Training(procedure, preprocessing, regime, hyperparameters, speedsSizesTimes, hardware, v, flops); }
    public Training withFlops(String v) { return new Training(procedure, preprocessing, regime, hyperparameters, speedsSizesTimes, hardware, hours, v); }
}
