package io.charter.dataset.domain;

import io.charter.jobs.BackgroundJob;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The profiling job of one dataset version. {@code request} is the profiler's input (column types,
 * target, protected groups) frozen as JSON when the job was queued, so the job needs no caller.
 */
@Entity
@Table(name = "dataset_profile")
public class DatasetProfileJob extends BackgroundJob {

    @Column(name = "dataset_id", updatable = false)
    public UUID datasetId;

    @Column(name = "version_sha256", updatable = false)
    public String versionSha256;

    public String request;

    @Column(name = "s3_key")
    public String s3Key;
}
