package org.modelcards.core.model;

/** A model card: what a released model is, what it is for and not for, its risks, evaluation, licence and cost.
 *
 * <p>Immutable; every edit is a {@code with…} copy, so a card can serve as an undo snapshot. Each
 * component is one section of the {@link org.modelcards.core.catalog.FieldCatalog field catalogue},
 * whose ids are the component paths, e.g. {@code details.name}:
 *
 * <pre>{@code
 * ModelCard card = ModelCard.EMPTY.withDetails(ModelCard.EMPTY.details().withName("tiny-sentiment"));
 * }</pre> */
public record ModelCard(
        Details details,
        Licensing license,
        IntendedUse intendedUse,
        Misuse misuse,
        Considerations bias,
        Factors factors,
        Metrics metrics,
        DataSources data,
        Evaluation evaluation,
        Training training,
        Environment environment,
        MoreInfo more,
        EuDocumentation euForm,
        TrainingContent trainingContent,
        Extras extras) {

    public static final ModelCard EMPTY = new ModelCard(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public ModelCard {
        details = Values.orElse(details, Details.EMPTY);
        license = Values.orElse(license, Licensing.EMPTY);
        intendedUse = Values.orElse(intendedUse, IntendedUse.EMPTY);
        misuse = Values.orElse(misuse, Misuse.EMPTY);
        bias = Values.orElse(bias, Considerations.EMPTY);
        factors = Values.orElse(factors, Factors.EMPTY);
        metrics = Values.orElse(metrics, Metrics.EMPTY);
        data = Values.orElse(data, DataSources.EMPTY);
        evaluation = Values.orElse(evaluation, Evaluation.EMPTY);
        training = Values.orElse(training, Training.EMPTY);
        environment = Values.orElse(environment, Environment.EMPTY);
        more = Values.orElse(more, MoreInfo.EMPTY);
        euForm = Values.orElse(euForm, EuDocumentation.EMPTY);
        trainingContent = Values.orElse(trainingContent, TrainingContent.EMPTY);
        extras = Values.orElse(extras, Extras.EMPTY);
    }

    public ModelCard withDetails(Details v) { return new ModelCard(v, license, intendedUse, misuse, bias, factors, metrics, data, evaluation, training, environment, more, euForm, trainingContent, extras); }
    public ModelCard withLicense(Licensing v) { return new ModelCard(details, v, intendedUse, misuse, bias, factors, metrics, data, evaluation, training, environment, more, euForm, trainingContent, extras); }
    public ModelCard withIntendedUse(IntendedUse v) { return new ModelCard(details, license, v, misuse, bias, factors, metrics, data, evaluation, training, environment, more, euForm, trainingContent, extras); }
    public ModelCard withMisuse(Misuse v) { return new ModelCard(details, license, intendedUse, v, bias, factors, metrics, data, evaluation, training, environment, more, euForm, trainingContent, extras); }
    public ModelCard withBias(Considerations v) { return new ModelCard(details, license, intendedUse, misuse, v, factors, metrics, data, evaluation, training, environment, more, euForm, trainingContent, extras); }
    public ModelCard withFactors(Factors v) { return new ModelCard(details, license, intendedUse, misuse, bias, v, metrics, data, evaluation, training, environment, more, euForm, trainingContent, extras); }
    public ModelCard withMetrics(Metrics v) { return new ModelCard(details, license, intendedUse, misuse, bias, factors, v, data, evaluation, training, environment, more, euForm, trainingContent, extras); }
    public ModelCard withData(DataSources v) { return new ModelCard(details, license, intendedUse, misuse, bias, factors, metrics, v, evaluation, training, environment, more, euForm, trainingContent, extras); }
    public ModelCard withEvaluation(Evaluation v) { return new ModelCard(details, license, intendedUse, misuse, bias, factors, metrics, data, v, training, environment, more, euForm, trainingContent, extras); }
    public ModelCard withTraining(Training v) { return new ModelCard(details, license, intendedUse, misuse, bias, factors, metrics, data, evaluation, v, environment, more, euForm, trainingContent, extras); }
    public ModelCard withEnvironment(Environment v) { return new ModelCard(details, license, intendedUse, misuse, bias, factors, metrics, data, evaluation, training, v, more, euForm, trainingContent, extras); }
    public ModelCard withMore(MoreInfo v) { return new ModelCard(details, license, intendedUse, misuse, bias, factors, metrics, data, evaluation, training, environment, v, euForm, trainingContent, extras); }
    public ModelCard withEuForm(EuDocumentation v) { return new ModelCard(details, license, intendedUse, misuse, bias, factors, metrics, data, evaluation, training, environment, more, v, trainingContent, extras); }
    public ModelCard withTrainingContent(TrainingContent v) { return new ModelCard(details, license, intendedUse, misuse, bias, factors, metrics, data, evaluation, training, environment, more, euForm, v, extras); }
    public ModelCard withExtras(Extras v) { return new ModelCard(details, license, intendedUse, misuse, bias, factors, metrics, data, evaluation, training, environment, more, euForm, trainingContent, v); }
}
