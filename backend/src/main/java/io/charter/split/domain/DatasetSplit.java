package io.charter.split.domain;

import io.charter.jobs.BackgroundJob;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A named split of one dataset version: its spec (JSON), the assignment of every row planned by
 * a job and stored in S3 ({@code s3Key}), and the summary of what was verified.
 */
@Entity
@Table(name = "dataset_split")
public class DatasetSplit extends BackgroundJob {

    @Column(name = "dataset_id", updatable = false)
    public UUID datasetId;

    @Column(name = "version_sha256", updatable = false)
    public String versionSha256;

    public String name;

    public String spec;

    public String summary;

    @Column(name = "s3_key")
    public String s3Key;

    @Column(name = "created_by")
    public String createdBy;
}
