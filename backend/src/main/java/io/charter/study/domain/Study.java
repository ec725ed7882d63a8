package io.charter.study.domain;

import io.charter.common.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A tuning study or an architecture search: what it optimises (a run metric and its direction,
 * constraints), how (search space, sampler, pruner), within which budget (trials, parallelism,
 * time), and where it is. Everything the driver needs to go on after a restart is on this row;
 * the trials are {@link StudyTrial} rows.
 */
@Entity
@Table(name = "study")
public class Study extends TenantOwned {

    @Column(name = "project_id", updatable = false)
    public UUID projectId;

    @Column(name = "experiment_id", updatable = false)
    public UUID experimentId;

    public String name;

    /** HPO or NAS. */
    @Enumerated(EnumType.STRING)
    public StudyKind kind;

    /** The study as submitted, resolved ({@code StudySpec} JSON): space, options, trial template. */
    public String spec;

    @Column(name = "objective_metric")
    public String objectiveMetric;

    /** MINIMIZE or MAXIMIZE. */
    public String direction;

    public String sampler;

    public String pruner;

    @Column(name = "max_trials")
    public int maxTrials;

    public int parallelism;

    @Column(name = "time_budget_seconds")
    public Long timeBudgetSeconds;

    public long seed;

    @Enumerated(EnumType.STRING)
    public StudyState state;

    public String reason;

    @Column(name = "best_trial")
    public Integer bestTrial;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "started_at")
    public Instant startedAt;

    /** Since when the study has been RUNNING this time (null while stopped). */
    @Column(name = "running_since")
    public Instant runningSince;

    /** Seconds spent RUNNING before {@link #runningSince}: stopped time does not use the time budget. */
    @Column(name = "elapsed_seconds")
    public long elapsedSeconds;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Version
    public long version;

    /** Seconds of the time budget used at {@code now}. */
    public long elapsed(Instant now) {
        return elapsedSeconds + (runningSince == null ? 0 : Math.max(0, now.getEpochSecond() - runningSince.getEpochSecond()));
    }
}
