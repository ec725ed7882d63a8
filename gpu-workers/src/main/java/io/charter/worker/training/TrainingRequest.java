package io.charter.worker.training;

import io.charter.governance.eval.TaskType;

/**
 * Everything one training needs. Build with {@link #of} and the {@code with…} methods.
 *
 * @param spec            the algorithm and chosen hyperparameters
 * @param task            the task to train for
 * @param train           the training samples
 * @param validation      held-out samples for early stopping, validation metrics and SVM probability
 *                        calibration; may be null
 * @param seed            the seed every random choice derives from
 * @param threads         worker threads for the native libraries (XGBoost's {@code nthread}; DJL reads
 *                        {@code ai.djl.pytorch.num_threads} once per process)
 * @param checkpointEvery epochs (MLP) or rounds (XGBoost) between checkpoints; 0 takes the family's
 *                        default (every epoch, every 10 rounds)
 * @param listener        receives metrics and checkpoints
 * @param resumeFrom      a checkpoint of the same run to continue from; may be null
 */
public record TrainingRequest(AlgorithmSpec spec, TaskType task, Samples train, Samples validation, long seed,
                              int threads, int checkpointEvery, TrainingListener listener, Checkpoint resumeFrom) {

    public TrainingRequest {
        listener = listener == null ? TrainingListener.NONE : listener;
    }

    public static TrainingRequest of(AlgorithmSpec spec, TaskType task, Samples train, long seed) {
        return new TrainingRequest(spec, task, train, null, seed, 1, 0, TrainingListener.NONE, null);
    }

    public TrainingRequest withValidation(Samples validationSamples) {
        return new TrainingRequest(spec, task, train, validationSamples, seed, threads, checkpointEvery, listener,
                resumeFrom);
    }

    public TrainingRequest withThreads(int count) {
        return new TrainingRequest(spec, task, train, validation, seed, count, checkpointEvery, listener, resumeFrom);
    }

    public TrainingRequest withCheckpointEvery(int every) {
        return new TrainingRequest(spec, task, train, validation, seed, threads, every, listener, resumeFrom);
    }

    public TrainingRequest withListener(TrainingListener newListener) {
        return new TrainingRequest(spec, task, train, validation, seed, threads, checkpointEvery, newListener,
                resumeFrom);
    }

    public TrainingRequest withResumeFrom(Checkpoint checkpoint) {
        return new TrainingRequest(spec, task, train, validation, seed, threads, checkpointEvery, listener, checkpoint);
    }
}
