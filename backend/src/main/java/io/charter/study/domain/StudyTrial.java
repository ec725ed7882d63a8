package io.charter.study.domain;

import io.charter.common.persistence.TenantOwned;
import io.charter.scheduler.tuning.TrialState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One trial of a study: the parameters the sampler suggested, the training job (and run) that
 * evaluates them, and what came back — the objective, further objectives (NAS cost), whether the
 * constraints held, the intermediate values the pruner saw and, when pruned, the rung.
 */
@Entity
@Table(name = "study_trial")
public class StudyTrial extends TenantOwned {

    @Column(name = "study_id", updatable = false)
    public UUID studyId;

    @Column(updatable = false)
    public int number;

    /** The suggested parameters as JSON. */
    @Column(updatable = false)
    public String params;

    @Enumerated(EnumType.STRING)
    public TrialState state;

    @Column(name = "job_id")
    public UUID jobId;

    @Column(name = "run_id")
    public UUID runId;

    public Double value;

    /** Further objectives as a JSON array (NAS: the cost), or null. */
    @Column(name = "extra_values")
    public String extraValues;

    /** Intermediate values the pruner saw, JSON object step → value. */
    public String intermediate;

    public boolean feasible;

    @Column(name = "pruned_rung")
    public Integer prunedRung;

    public String reason;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Version
    public long version;
}
