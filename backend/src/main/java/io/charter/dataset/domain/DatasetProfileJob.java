package io.charter.dataset.domain;

import io.charter.common.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * The profiling job of one dataset version. {@code request} is the profiler's input (column types,
 * target, protected groups) frozen as JSON when the job was queued, so the job needs no caller.
 */
@Entity
@Table(name = "dataset_profile")
public class DatasetProfileJob extends TenantOwned {

    @Column(name = "dataset_id", updatable = false)
    public UUID datasetId;

    @Column(name = "version_sha256", updatable = false)
    public String versionSha256;

    @Enumerated(EnumType.STRING)
    public ProfileStatus status;

    public String request;

    @Column(name = "rows_read")
    public long rowsRead;

    @Column(name = "total_rows")
    public long totalRows;

    @Column(name = "s3_key")
    public String s3Key;

    public String error;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
