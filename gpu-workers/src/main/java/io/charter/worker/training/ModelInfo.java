package io.charter.worker.training;

import io.charter.governance.eval.TaskType;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The provenance a trained model carries (Tribuo's habit: a model says how it was made): the
 * resolved hyperparameters, the library and its version, the shape of its input and output, the seed
 * and a hash of the training data. Written as {@code model.json} beside the model's own files.
 *
 * @param format             version of the saved layout, {@link #FORMAT}
 * @param algorithm          the algorithm's name
 * @param task               the task it was trained for
 * @param hyperparameters    every resolved hyperparameter (see {@link ResolvedSpec})
 * @param library            the family that trained it: {@code smile}, {@code xgboost}, {@code djl}
 * @param libraryVersion     e.g. {@code 2.6.0}, or {@code 0.36.0 (PyTorch 2.7.1)}
 * @param featureCount       columns the model reads
 * @param classCount         classes it predicts (0 for regression; clusters found for clustering)
 * @param seed               the training seed
 * @param trainingDataSha256 SHA-256 of the training (and validation) matrices and labels
 * @param details            what the training decided on its own, e.g. {@code bestIteration},
 *                           {@code epochsRun}, {@code stoppedEarly}, {@code probability}
 */
public record ModelInfo(int format, String algorithm, TaskType task, Map<String, Object> hyperparameters,
                        String library, String libraryVersion, int featureCount, int classCount, long seed,
                        String trainingDataSha256, Map<String, Object> details) {

    public static final int FORMAT = 1;

    public ModelInfo {
        hyperparameters = Collections.unmodifiableMap(new TreeMap<>(hyperparameters));
        details = Collections.unmodifiableMap(new TreeMap<>(details == null ? Map.of() : details));
    }

    /** The same provenance for a model that predicts {@code count} classes or clusters. */
    public ModelInfo withClassCount(int count) {
        return new ModelInfo(format, algorithm, task, hyperparameters, library, libraryVersion, featureCount, count, seed,
                trainingDataSha256, details);
    }

    /** The resolved spec this model was trained with. */
    public ResolvedSpec spec() {
        return new ResolvedSpec(algorithm, task, hyperparameters);
    }
}
