package io.charter.worker.training;

import java.util.Map;

/**
 * A checked training request as a family receives it: the resolved spec, inputs whose shapes and
 * values are known to be valid, the class count and the data hash.
 *
 * @param spec               the resolved spec
 * @param train              valid training samples
 * @param validation         valid validation samples, or null
 * @param seed               the seed
 * @param threads            native threads to use, ≥ 1
 * @param checkpointEvery    epochs or rounds between checkpoints; 0 = the family's default
 * @param listener           receives metrics and checkpoints
 * @param resumeFrom         a checkpoint of this very run (checked), or null
 * @param classCount         classes 0..k-1 for classification, else 0
 * @param trainingDataSha256 hash of the data
 */
public record TrainingJob(ResolvedSpec spec, Samples train, Samples validation, long seed, int threads,
                          int checkpointEvery, TrainingListener listener, Checkpoint resumeFrom, int classCount,
                          String trainingDataSha256) {

    public int features() {
        return train.features();
    }

    public void metric(String name, StepUnit unit, int step, double value) {
        listener.onMetric(new Metric(name, unit, step, value));
    }

    public ModelInfo info(String library, String libraryVersion, Map<String, Object> details) {
        return new ModelInfo(ModelInfo.FORMAT, spec.algorithm(), spec.task(), spec.hyperparameters(), library,
                libraryVersion, features(), classCount, seed, trainingDataSha256, details);
    }

    /** A checkpoint of this run; the family's {@code state} is kept as given. */
    public Checkpoint checkpoint(StepUnit unit, int completed, long optimizerStep, byte[] state) {
        return new Checkpoint(spec.algorithm(), spec.task(), spec.hyperparameters(), seed, trainingDataSha256, unit,
                completed, optimizerStep, state);
    }
}
