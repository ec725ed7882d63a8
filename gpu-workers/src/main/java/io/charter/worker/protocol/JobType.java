package io.charter.worker.protocol;

/** What a launch does: train a model and evaluate it, or only evaluate a model trained before. */
public enum JobType {
    TRAIN,
    EVALUATE
}
