package io.charter.pipeline.domain;

import io.charter.jobs.BackgroundJob;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A pipeline revision fitted on the TRAIN rows of one fold of a split, as a job; the fitted
 * pipeline is the JSON artifact at {@code s3Key}.
 */
@Entity
@Table(name = "fitted_pipeline")
public class PipelineFit extends BackgroundJob {

    @Column(name = "pipeline_id", updatable = false)
    public UUID pipelineId;

    @Column(name = "split_id", updatable = false)
    public UUID splitId;

    public int fold;

    @Column(name = "target_column")
    public String targetColumn;

    @Column(name = "s3_key")
    public String s3Key;

    @Column(name = "output_columns")
    public String outputColumns;

    @Column(name = "created_by")
    public String createdBy;
}
