package io.charter.training.service;

import io.charter.scheduler.job.JobState;
import io.charter.scheduler.job.JobType;
import io.charter.training.domain.TrainingJob;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A job as clients see it.
 *
 * @param progress      epochs or rounds done of the total, when the worker reported them
 * @param queue         while QUEUED or SCHEDULED: its place in its tenant's line and why it waits
 * @param preemptions   times the executor took its worker away; each added a free attempt
 * @param executor      where the current attempt runs (the executor's handle), or null
 */
public record TrainingJobView(UUID id, UUID projectId, UUID experimentId, UUID runId, JobType type, String algorithm,
                              String task, Map<String, Object> hyperparameters, String evaluateOn, UUID datasetId,
                              String versionSha256, UUID splitId, UUID pipelineFitId, UUID sourceRunId, long seed,
                              ResourcesView resources, JobState state, int attempt, int maxAttempts, String reason,
                              Progress progress, boolean resumable, Instant createdAt, String createdBy,
                              Instant startedAt, Instant finishedAt, Instant stateSince, Instant lastHeartbeat,
                              QueueView queue, int preemptions, Long maxRuntimeSeconds, String executor) {

    /** @param position 1-based in the tenant's line, null once handed to the executor; @param reason why it waits */
    public record QueueView(Integer position, String reason) {
    }

    /** @param cpu cores; @param memoryMb MiB; @param gpus devices */
    public record ResourcesView(double cpu, long memoryMb, int gpus) {
    }

    /** @param unit EPOCH, ROUND or ITERATION; @param total null when unknown; @param fraction 0–1 or null */
    public record Progress(String unit, int completed, Integer total, Double fraction) {
    }

    static TrainingJobView of(TrainingJob j, StoredSpec spec, Integer position) {
        int completed = j.progressCompleted == null ? 0 : j.progressCompleted;
        Progress progress = j.progressUnit == null ? null : new Progress(j.progressUnit, completed, j.progressTotal,
                j.progressTotal == null || j.progressTotal == 0 ? null
                        : Math.min(1.0, (double) completed / j.progressTotal));
        return new TrainingJobView(j.id, j.projectId, j.experimentId, j.runId, j.type, j.algorithm, j.task,
                spec.hyperparameters(), spec.evaluateOn(), j.datasetId, j.versionSha256, j.splitId, j.pipelineFitId,
                j.sourceRunId, j.seed, new ResourcesView(j.cpuMillis / 1000.0, j.memoryMb, j.gpus), j.state, j.attempt,
                j.maxAttempts, j.reason, progress, j.checkpointKey != null, j.createdAt, j.createdBy, j.startedAt,
                j.finishedAt, j.stateSince, j.lastHeartbeat,
                j.queueReason == null ? null : new QueueView(position, j.queueReason), j.preemptions,
                j.maxRuntimeSeconds, j.executorHandle);
    }
}
