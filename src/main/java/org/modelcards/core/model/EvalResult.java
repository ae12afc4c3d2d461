package org.modelcards.core.model;

/** One evaluation result: a metric's value for a task on a dataset split, optionally for one slice (group).
 *
 * <p>Mirrors one metric of a Hugging Face {@code model-index} result, with everything the Hub's
 * evaluation metadata can hold; {@code value} and the confidence bounds are kept as written (see
 * {@link Numbers}), so {@code "286.26 +/- 16.68"} stays that text. {@code model} names the
 * {@code model-index} entry the row belongs to when it is not the card's own model (empty for the
 * card's model); the {@code args} columns and {@code metricConfig} hold their YAML value as JSON text
 * when it is not a plain string.
 *
 * <pre>{@code
 * EvalResult row = EvalResult.EMPTY.withTaskType("translation").withDatasetType("wmt16")
 *         .withDatasetArgs("{\"language_pair\":\"de-en\"}").withMetricType("bleu").withValue("31.4");
 * }</pre>
 */
public record EvalResult(        String taskType,
        String taskName,
        String datasetType,
        String datasetName,
        String datasetConfig,
        String datasetSplit,
        String datasetRevision,
        String metricType,
        String metricName,
        String value,
        String slice,
        String ciLow,
        String ciHigh,
        String threshold,
        String sourceName,
        String sourceUrl,
        boolean verified,
        String model,
        String taskArgs,
        String datasetArgs,
        String metricConfig,
        String metricArgs,
        String verifyToken) {

    public static final EvalResult EMPTY = new EvalResult(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, false, null, null, null, null, null, null);

    public EvalResult {
        taskType = Values.text(taskType);
        taskName = Values.text(taskName);
        datasetType = Values.text(datasetType);
        datasetName = Values.text(datasetName);
        datasetConfig = Values.text(datasetConfig);
        datasetSplit = Values.text(datasetSplit);
        datasetRevision = Values.text(datasetRevision);
        metricType = Values.text(metricType);
        metricName = Values.text(metricName);
        value = Values.text(value);
        slice = Values.text(slice);
        ciLow = Values.text(ciLow);
        ciHigh = Values.text(ciHigh);
        threshold = Values.text(threshold);
        sourceName = Values.text(sourceName);
        sourceUrl = Values.text(sourceUrl);
        model = Values.text(model);
        taskArgs = Values.text(taskArgs);
        datasetArgs = Values.text(datasetArgs);
        metricConfig = Values.text(metricConfig);
        metricArgs = Values.text(metricArgs);
        verifyToken = Values.text(verifyToken);
    }

    public EvalResult withTaskType(String v) { return new EvalResult(v, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified, model, taskArgs, datasetArgs, metricConfig, metricArgs, verifyToken); }
    public EvalResult withTaskName(String v) { return new EvalResult(taskType, v, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified, model, taskArgs, datasetArgs, metricConfig, metricArgs, verifyToken); }
    public EvalResult withDatasetType(String v) { return new EvalResult(taskType, taskName, v, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified, model, taskArgs, datasetArgs, metricConfig, metricArgs, verifyToken); }
    public EvalResult withDatasetName(String v) { return new EvalResult(taskType, taskName, datasetType, v, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified, model, taskArgs, datasetArgs, metricConfig, metricArgs, verifyToken); }
    public EvalResult withDatasetConfig(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, v, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified, model, taskArgs, datasetArgs, metricConfig, metricArgs, verifyToken); }
    public EvalResult withDatasetSplit(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, v, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified, model, taskArgs, datasetArgs, metricConfig, metricArgs, verifyToken); }
    public EvalResult withDatasetRevision(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, v, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified, model, taskArgs, datasetArgs, metricConfig, metricArgs, verifyToken); }
    public EvalResult withMetricType(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, v, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified, model, taskArgs, datasetArgs, metricConfig, metricArgs, verifyToken); }
    public EvalResult withMetricName(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, v, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified, model, taskArgs, datasetArgs, metricConfig, metricArgs, verifyToken); }
    public EvalResult withValue(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, v, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified, model, taskArgs, datasetArgs, metricConfig, metricArgs, verifyToken); }
    public EvalResult withSlice(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, v, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified, model, taskArgs, datasetArgs, metricConfig, metricArgs, verifyToken); }
    public EvalResult withCiLow(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, v, ciHigh, threshold, sourceName, sourceUrl, verified, model, taskArgs, datasetArgs, metricConfig, metricArgs, verifyToken); }
    public EvalResult withCiHigh(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, v, threshold, sourceName, sourceUrl, verified, model, taskArgs, datasetArgs, metricConfig, metricArgs, verifyToken); }
    public EvalResult withThreshold(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, v, sourceName, sourceUrl, verified, model, taskArgs, datasetArgs, metricConfig, metricArgs, verifyToken); }
    public EvalResult withSourceName(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, v, sourceUrl, verified, model, taskArgs, datasetArgs, metricConfig, metricArgs, verifyToken); }
    public EvalResult withSourceUrl(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, v, verified, model, taskArgs, datasetArgs, metricConfig, metricArgs, verifyToken); }
    public EvalResult withVerified(boolean v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, v, model, taskArgs, datasetArgs, metricConfig, metricArgs, verifyToken); }
    public EvalResult withModel(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified, v, taskArgs, datasetArgs, metricConfig, metricArgs, verifyToken); }
    public EvalResult withTaskArgs(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified, model, v, datasetArgs, metricConfig, metricArgs, verifyToken); }
    public EvalResult withDatasetArgs(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified, model, taskArgs, v, metricConfig, metricArgs, verifyToken); }
    public EvalResult withMetricConfig(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified, model, taskArgs, datasetArgs, v, metricArgs, verifyToken); }
    public EvalResult withMetricArgs(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified, model, taskArgs, datasetArgs, metricConfig, v, verifyToken); }
    public EvalResult withVerifyToken(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified, model, taskArgs, datasetArgs, metricConfig, metricArgs, v); }
}
