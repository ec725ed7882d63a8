package io.charter.training.domain;

import io.charter.common.persistence.TenantOwned;
import io.charter.scheduler.job.JobSnapshot;
import io.charter.scheduler.job.JobState;
import io.charter.scheduler.job.JobType;
import io.charter.scheduler.job.Resources;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A training or evaluation job: what was asked (the spec, its lineage and resources) and where it
 * is (state, attempt, current launch, liveness, latest checkpoint). The scheduler's decisions are
 * made on {@link #snapshot()}; every change goes through this row's optimistic-lock version, so a
 * decision made on a stale snapshot is not applied.
 */
@Entity
@Table(name = "training_job")
public class TrainingJob extends TenantOwned {

    @Column(name = "project_id", updatable = false)
    public UUID projectId;

    @Column(name = "experiment_id", updatable = false)
    public UUID experimentId;

    @Column(name = "run_id", updatable = false)
    public UUID runId;

    @Enumerated(EnumType.STRING)
    public JobType type;

    public String algorithm;

    public String task;

    /** The submitted job as JSON ({@code JobCommand}), with the resolved hyperparameters. */
    public String spec;

    @Column(name = "dataset_id")
    public UUID datasetId;

    @Column(name = "version_sha256")
    public String versionSha256;

    @Column(name = "split_id")
    public UUID splitId;

    @Column(name = "pipeline_fit_id")
    public UUID pipelineFitId;

    @Column(name = "source_run_id")
    public UUID sourceRunId;

    public long seed;

    @Column(name = "cpu_millis")
    public long cpuMillis;

    @Column(name = "memory_mb")
    public long memoryMb;

    public int gpus;

    public int priority;

    @Enumerated(EnumType.STRING)
    public JobState state;

    public int attempt;

    @Column(name = "max_attempts")
    public int maxAttempts;

    @Column(name = "launch_id")
    public String launchId;

    @Column(name = "executor_handle")
    public String executorHandle;

    @Column(name = "state_since")
    public Instant stateSince;

    @Column(name = "last_heartbeat")
    public Instant lastHeartbeat;

    @Column(name = "checkpoint_key")
    public String checkpointKey;

    public String reason;

    @Column(name = "enqueued_at")
    public Instant enqueuedAt;

    @Column(name = "not_before")
    public Instant notBefore;

    @Column(name = "progress_unit")
    public String progressUnit;

    @Column(name = "progress_completed")
    public Integer progressCompleted;

    @Column(name = "progress_total")
    public Integer progressTotal;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Why it waits: the fair-share round's reason while QUEUED, the Kubernetes scheduler's while SCHEDULED. */
    @Column(name = "queue_reason")
    public String queueReason;

    /** Times the executor took the worker away (eviction, preemption); each added one free attempt. */
    public int preemptions;

    /** Longest one attempt may run; null: the executor's default. */
    @Column(name = "max_runtime_seconds")
    public Long maxRuntimeSeconds;

    @Version
    public long version;

    public Resources resources() {
        return new Resources(cpuMillis, memoryMb, gpus);
    }

    /** What the state machine, the attempt fence and the reconciler decide on. */
    public JobSnapshot snapshot() {
        return new JobSnapshot(id.toString(), tenantId, state, attempt, maxAttempts, launchId, executorHandle,
                stateSince, lastHeartbeat, checkpointKey);
    }
}
