package org.modelcards.core.model;

/** One evaluation result: a metric's value for a task on a dataset split, optionally for one slice (group).
 *
 * <p>Mirrors one metric of a Hugging Face {@code model-index} result; {@code value} and the
 * confidence bounds are kept as written (see {@link Numbers}). */
public record EvalResult(
        String taskType,
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
        boolean verified) {

    public static final EvalResult EMPTY = new EvalResult(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, false);

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
    }

    public EvalResult withTaskType(String v) { return new EvalResult(v, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified); }
    public EvalResult withTaskName(String v) { return new EvalResult(taskType, v, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified); }
    public EvalResult withDatasetType(String v) { return new EvalResult(taskType, taskName, v, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified); }
    public EvalResult withDatasetName(String v) { return new EvalResult(taskType, taskName, datasetType, v, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified); }
    public EvalResult withDatasetConfig(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, v, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified); }
    public EvalResult withDatasetSplit(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, v, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified); }
    public EvalResult withDatasetRevision(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, v, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified); }
    public EvalResult withMetricType(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, v, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified); }
    public EvalResult withMetricName(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, v, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified); }
    public EvalResult withValue(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, v, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified); }
    public EvalResult withSlice(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, v, ciLow, ciHigh, threshold, sourceName, sourceUrl, verified); }
    public EvalResult withCiLow(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, v, ciHigh, threshold, sourceName, sourceUrl, verified); }
    public EvalResult withCiHigh(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, v, threshold, sourceName, sourceUrl, verified); }
    public EvalResult withThreshold(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, v, sourceName, sourceUrl, verified); }
    public EvalResult withSourceName(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, v, sourceUrl, verified); }
    public EvalResult withSourceUrl(String v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, v, verified); }
    public EvalResult withVerified(boolean v) { return new EvalResult(taskType, taskName, datasetType, datasetName, datasetConfig, datasetSplit, datasetRevision, metricType, metricName, value, slice, ciLow, ciHigh, threshold, sourceName, sourceUrl, v); }
}
