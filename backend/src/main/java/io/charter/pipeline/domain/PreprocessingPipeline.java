package io.charter.pipeline.domain;

import io.charter.common.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One immutable revision of a named pipeline spec of a dataset; saving the name again adds a revision. */
@Entity
@Table(name = "preprocessing_pipeline")
public class PreprocessingPipeline extends TenantOwned {

    @Column(name = "dataset_id", updatable = false)
    public UUID datasetId;

    public String name;

    public int revision;

    public String spec;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
