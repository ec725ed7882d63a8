package io.charter.tracking.domain;

import io.charter.common.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One run of an experiment: its status and times (epoch milliseconds, as MLflow keeps them) and
 * its lineage — the dataset version, split, fitted pipeline and job it came from, when a Charter
 * job created it. Params, tags and metrics live in their own tables (see {@code TrackingStore}).
 */
@Entity
@Table(name = "run")
public class Run extends TenantOwned {

    @Column(name = "experiment_id", updatable = false)
    public UUID experimentId;

    public String name;

    @Enumerated(EnumType.STRING)
    public RunStatus status;

    @Column(name = "lifecycle_stage")
    public String lifecycleStage = Experiment.ACTIVE;

    @Column(name = "start_time")
    public long startTime;

    @Column(name = "end_time")
    public Long endTime;

    @Column(name = "user_id")
    public String userId;

    @Column(name = "dataset_id")
    public UUID datasetId;

    @Column(name = "version_sha256")
    public String versionSha256;

    @Column(name = "split_id")
    public UUID splitId;

    @Column(name = "pipeline_fit_id")
    public UUID pipelineFitId;

    @Column(name = "job_id")
    public UUID jobId;

    @Column(name = "parent_study_id")
    public UUID parentStudyId;
}
