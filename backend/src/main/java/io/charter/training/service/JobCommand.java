package io.charter.training.service;

import io.charter.scheduler.job.JobType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;

/**
 * A job as a client submits it. The data come from a fitted preprocessing pipeline, which names
 * its dataset version, split, fold and target column; the model from an algorithm and its
 * hyperparameters (TRAIN) or from a finished training run (EVALUATE).
 *
 * @param type          TRAIN or EVALUATE
 * @param pipelineFitId the fitted pipeline whose split and transformation feed the model
 * @param algorithm     TRAIN: what to train
 * @param sourceRunId   EVALUATE: the training run whose model is scored
 * @param evaluateOn    VALIDATION (TRAIN's default) or TEST (EVALUATE's default: the final evaluation)
 * @param positiveClass a binary task's positive label; default: the last label in sorted order
 * @param experimentId  where the run is recorded; default: the project's first experiment
 * @param runName       the run's name; default: algorithm and time
 * @param seed          every random choice derives from it; default 42
 * @param resources     what the worker may use; default 1 CPU, 2 GiB, no GPU
 * @param maxAttempts   attempts in all, 1–5; default 3
 * @param maxRuntimeSeconds longest one attempt may run, 60 s – 7 days; default: the executor's
 *                      (Kubernetes: {@code charter.training.kubernetes.active-deadline}, 24 h)
 */
public record JobCommand(
        @NotNull JobType type,
        @NotNull UUID pipelineFitId,
        @Valid AlgorithmChoice algorithm,
        UUID sourceRunId,
        String evaluateOn,
        @Size(max = 256) String positiveClass,
        UUID experimentId,
        @Size(max = 256) String runName,
        Long seed,
        @Valid ResourceRequest resources,
        @Min(1) @Max(MAX_ATTEMPTS) Integer maxAttempts,
        @Min(60) @Max(MAX_RUNTIME_SECONDS) Long maxRuntimeSeconds) {

    public static final int MAX_ATTEMPTS = 5;
    public static final long MAX_RUNTIME_SECONDS = 7 * 24 * 3600L;

    /** A command with the executor's default runtime limit. */
    public JobCommand(JobType type, UUID pipelineFitId, AlgorithmChoice algorithm, UUID sourceRunId, String evaluateOn,
                      String positiveClass, UUID experimentId, String runName, Long seed, ResourceRequest resources,
                      Integer maxAttempts) {
        this(type, pipelineFitId, algorithm, sourceRunId, evaluateOn, positiveClass, experimentId, runName, seed,
                resources, maxAttempts, null);
    }

    /** @param name the algorithm's name in the catalog; @param hyperparameters chosen values, the rest default */
    public record AlgorithmChoice(@NotNull @Size(max = 64) String name, Map<String, Object> hyperparameters) {
    }

    /**
     * @param cpu      cores, 0.1–64 (fractions allowed, as Kubernetes millicores)
     * @param memoryMb MiB, 256–262144
     * @param gpus     0–8
     */
    public record ResourceRequest(Double cpu, Long memoryMb, Integer gpus) {
    }
}
