package io.charter.worker.training;

/** What the step of a metric or a checkpoint counts. */
public enum StepUnit {
    /** one pass of an iterative solver, or 1 for a one-shot fit */
    ITERATION,
    /** one pass over the training set (neural networks) */
    EPOCH,
    /** one boosting round (one tree per class, or one forest) */
    ROUND
}
