package io.charter.worker.training;

/**
 * Receives what a training produces while it runs: metric series and checkpoints. The worker
 * forwards both (metrics to the run's series, checkpoints to storage); training code only calls
 * the listener, so progress, persistence and logging stay out of the training loops (as DJL does
 * with its listeners). Called on the training thread: a slow listener slows training.
 */
public interface TrainingListener {

    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() { };

    default void onMetric(Metric metric) {
    }

    /** A resumable state; a later run given it as {@code resumeFrom} continues after {@code checkpoint.completed()}. */
    default void onCheckpoint(Checkpoint checkpoint) {
    }
}
