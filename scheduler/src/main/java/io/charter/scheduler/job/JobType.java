package io.charter.scheduler.job;

/**
 * What a job does. The scheduler treats every type alike; the type tells the worker which
 * program to run and lets an executor pick an image or command for it.
 */
public enum JobType {
    /** Fit one model on a split's training rows. */
    TRAIN,
    /** Score a trained model on held-out rows. */
    EVALUATE,
    /** One hyperparameter-optimisation trial or study driver. */
    TUNE,
    /** One neural-architecture-search candidate or search driver. */
    NAS
}
