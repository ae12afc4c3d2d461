package org.modelcards.core.model;

import java.util.List;

/** The datasets the model was trained and evaluated on. */
public record DataSources(
        List<Dataset> training,
        List<Dataset> evaluation) {

    public static final DataSources EMPTY = new DataSources(null, null);

    public DataSources {
        training = Values.list(training);
        evaluation = Values.list(evaluation);
    }

    public DataSources withTraining(List<Dataset> v) { return new DataSources(v, evaluation); }
    public DataSources withEvaluation(List<Dataset> v) { return new DataSources(training, v); }
}
